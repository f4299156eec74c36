// Cockpit of the service desk. It replaces the webjar's config.js, which sets nothing but commented-out examples.
// The browser's language picks the locale by its first part (zh-CN -> zh); any other language gets English.
export default {
  // the header, the login page and the browser tab show "Camunda 驾驶舱"
  app: {
    name: '驾驶舱'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // Community Edition's Cockpit shows running instances only: this tab lists a definition's finished ones.
  // Paths are relative to app/cockpit/; Cockpit imports each as an ES module.
  customScripts: ['scripts/finished-instances/plugin.js']
};
