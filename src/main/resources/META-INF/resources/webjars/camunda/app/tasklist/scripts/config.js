// Tasklist of the service desk. It replaces the webjar's config.js, so the webjar's shortcuts are kept here.
// The browser's language picks the locale by its first part (zh-CN -> zh); any other language gets English.
export default {
  // the header, the login page and the browser tab show "Camunda 任务列表"
  app: {
    name: '任务列表'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开启动流程对话框'
    }
  }
};
