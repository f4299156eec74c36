// Welcome of the service desk. It replaces the webjar's config.js, which sets nothing but commented-out examples.
// The browser's language picks the locale by its first part (zh-CN -> zh); any other language gets English.
export default {
  // the header, the login page and the browser tab show "Camunda 欢迎页"
  app: {
    name: '欢迎页'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
