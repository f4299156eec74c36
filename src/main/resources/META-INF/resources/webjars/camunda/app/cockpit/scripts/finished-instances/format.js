// How the finished-instances tab writes instants, durations, states and activity types: in Chinese, and every
// instant in Beijing time whatever the zone of the server or of the admin's browser.

const NONE = '—';

const BEIJING_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
});

const STATES = {
  COMPLETED: '已完成',
  EXTERNALLY_TERMINATED: '外部终止',
  INTERNALLY_TERMINATED: '内部终止',
  ACTIVE: '运行中',
  SUSPENDED: '已挂起'
};

const ACTIVITY_TYPES = {
  startEvent: '开始事件',
  messageStartEvent: '消息开始事件',
  timerStartEvent: '定时开始事件',
  noneEndEvent: '结束事件',
  terminateEndEvent: '终止结束事件',
  errorEndEvent: '错误结束事件',
  userTask: '用户任务',
  serviceTask: '服务任务',
  sendTask: '发送任务',
  scriptTask: '脚本任务',
  businessRuleTask: '业务规则任务',
  manualTask: '人工任务',
  receiveTask: '接收任务',
  task: '任务',
  exclusiveGateway: '排他网关',
  parallelGateway: '并行网关',
  inclusiveGateway: '包容网关',
  eventBasedGateway: '事件网关',
  intermediateTimer: '定时中间事件',
  intermediateMessageCatch: '消息中间事件',
  intermediateNoneThrowEvent: '中间事件',
  boundaryTimer: '定时边界事件',
  boundaryMessage: '消息边界事件',
  boundaryError: '错误边界事件',
  subProcess: '子流程',
  callActivity: '调用活动',
  multiInstanceBody: '多实例'
};

/** The engine writes offsets without a colon (+0800), which Date does not promise to read. */
export function parseInstant(text) {
  if (!text) {
    return null;
  }
  const date = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The engine's own query format, for instants sent back to it. */
export function engineInstant(date) {
  return date.toISOString().replace('Z', '+0000');
}

export function formatInstant(text) {
  const date = parseInstant(text);
  if (!date) {
    return NONE;
  }
  const part = {};
  BEIJING_TIME.formatToParts(date).forEach(({ type, value }) => {
    part[type] = value;
  });
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

/** The two largest units are enough to compare instances at a glance: 2天3小时, 5分12秒. */
export function formatDuration(millis) {
  if (millis === null || millis === undefined || millis < 0) {
    return NONE;
  }
  const seconds = Math.floor(millis / 1000);
  const units = [
    [Math.floor(seconds / 86400), '天'],
    [Math.floor(seconds / 3600) % 24, '小时'],
    [Math.floor(seconds / 60) % 60, '分'],
    [seconds % 60, '秒']
  ];
  const first = units.findIndex(([amount]) => amount > 0);
  if (first < 0) {
    return millis > 0 ? '不足1秒' : '0秒';
  }
  return units
    .slice(first, first + 2)
    .filter(([amount]) => amount > 0)
    .map(([amount, unit]) => amount + unit)
    .join('');
}

export function stateLabel(state) {
  return STATES[state] || state || NONE;
}

export function activityTypeLabel(type) {
  return ACTIVITY_TYPES[type] || type || NONE;
}

export function orNone(text) {
  return text === null || text === undefined || text === '' ? NONE : String(text);
}
