// "已结束的实例": a tab on Cockpit's process definition page listing the definition's finished instances.
//
// Community Edition's Cockpit shows running instances only (its history view is an Enterprise feature), so a
// closed ticket's instance could not be found there. This tab reads the engine's history through the webapp's
// own engine API (api.engineApi, /camunda/api/engine/engine/{engine}), which the Cockpit login session
// authenticates: no second login, no call to /engine-rest. The engine answers with what the user may read:
// without READ_HISTORY on the definition the tab says so instead of showing an empty list.
import {
  activityTypeLabel,
  engineInstant,
  formatDuration,
  formatInstant,
  orNone,
  parseInstant,
  stateLabel
} from './format.js';

const PAGE_SIZE = 50;

/** Resource type 6 of Camunda's authorizations is the process definition. */
const PROCESS_DEFINITION_RESOURCE = 6;

const COLUMNS = ['工单号', '开始时间', '结束时间', '耗时', '结束节点', '状态'];

const ACTIVITY_COLUMNS = ['活动名称', '类型', '开始时间', '结束时间', '耗时', '办理人'];

const openViews = new Set();

export default {
  id: 'desk-finished-instances',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  // right after Cockpit's own running instances (10), before incidents (9)
  priority: 9.5,
  label: '已结束的实例',
  render(node, { api, processDefinitionId }) {
    addStyleSheet();
    const view = new FinishedInstances(node, new EngineApi(api), processDefinitionId);
    openViews.add(view);
    view.open();
  },
  unmount() {
    openViews.forEach((view) => view.close());
    openViews.clear();
  }
};

class RequestRefused extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/** Read-only calls of the engine's REST API as the logged-in Cockpit user. */
class EngineApi {
  constructor(api) {
    this.base = api.engineApi;
    this.csrfToken = api.CSRFToken;
    this.requests = new AbortController();
  }

  async get(path, query = {}) {
    const params = new URLSearchParams();
    Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .forEach(([name, value]) => params.append(name, String(value)));
    const search = params.toString();

    const response = await fetch(this.base + path + (search ? `?${search}` : ''), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': this.csrfToken || '' },
      signal: this.requests.signal
    });

    if (!response.ok) {
      throw new RequestRefused(response.status);
    }
    return response.json();
  }

  close() {
    this.requests.abort();
  }
}

class FinishedInstances {
  constructor(node, engine, processDefinitionId) {
    this.engine = engine;
    this.processDefinitionId = processDefinitionId;
    this.page = 0;
    this.businessKey = '';
    this.loads = 0;
    this.root = element('div', { className: 'desk-finished' });
    node.appendChild(this.root);
  }

  async open() {
    this.drawToolbar();
    this.message = this.root.appendChild(element('p', { className: 'desk-finished-message' }));
    this.results = this.root.appendChild(element('div'));
    this.say('正在加载……');

    try {
      await this.showPage(0);
    } catch (failure) {
      this.fail(failure);
    }
  }

  close() {
    this.engine.close();
  }

  /**
   * The engine leaves out of a history query what the user may not read, so no history and no READ_HISTORY look
   * the same. Asked only when a page comes back empty: with authorization off, the check would say no to a user
   * who can read everything.
   */
  async mayReadHistory() {
    const definition = await this.engine.get(`/process-definition/${encodeURIComponent(this.processDefinitionId)}`);
    const check = await this.engine.get('/authorization/check', {
      permissionName: 'READ_HISTORY',
      resourceName: 'ProcessDefinition',
      resourceType: PROCESS_DEFINITION_RESOURCE,
      resourceId: definition.key
    });
    // the REST DTO's isAuthorized getter reaches JSON as "authorized"
    return check.authorized === true;
  }

  drawToolbar() {
    const input = element('input', {
      type: 'search',
      className: 'form-control input-sm',
      placeholder: '按工单号查询',
      title: '工单号（业务键）中包含的数字'
    });
    const search = () => {
      this.businessKey = input.value.trim();
      this.showPage(0).catch((failure) => this.fail(failure));
    };
    input.addEventListener('keydown', (event) => event.key === 'Enter' && search());
    const button = element('button', { type: 'button', className: 'btn btn-default btn-sm', textContent: '查询' });
    button.addEventListener('click', search);

    this.toolbar = this.root.appendChild(
      element('div', { className: 'desk-finished-toolbar', hidden: true }, [
        element('span', {
          className: 'desk-finished-hint',
          textContent: '本版本已结束的流程实例，按结束时间从新到旧排列；时间均为北京时间。点击一行查看其活动历史。'
        }),
        input,
        button
      ])
    );
  }

  async showPage(page) {
    // a quick second search or page turn wins over the answer still on its way
    const load = ++this.loads;
    this.say('正在加载……');
    const query = {
      processDefinitionId: this.processDefinitionId,
      finished: true,
      processInstanceBusinessKeyLike: this.businessKey ? `%${this.businessKey}%` : null
    };

    const [count, instances] = await Promise.all([
      this.engine.get('/history/process-instance/count', query),
      this.engine.get('/history/process-instance', {
        ...query,
        sortBy: 'endTime',
        sortOrder: 'desc',
        firstResult: page * PAGE_SIZE,
        maxResults: PAGE_SIZE
      })
    ]);
    const endActivities = await this.endActivitiesOf(instances);
    const refused = instances.length === 0 && !this.businessKey && !(await this.mayReadHistory());
    if (load !== this.loads) {
      return;
    }

    this.page = page;
    this.results.replaceChildren();
    this.toolbar.hidden = refused;
    if (refused) {
      this.say(noHistoryPermission(), 'error');
      return;
    }
    if (instances.length === 0) {
      this.say(this.businessKey ? `没有工单号包含“${this.businessKey}”的已结束实例。` : '本版本还没有已结束的实例。');
      return;
    }
    this.say('');
    this.results.append(this.instanceTable(instances, endActivities), this.pager(count.count));
  }

  /**
   * The end event that completed each instance. One request covers the page: every activity that completed an
   * instance of this definition while the page's instances ended. A completed instance that it misses (the
   * request's page was full) is asked for alone; terminated instances reached no end event.
   */
  async endActivitiesOf(instances) {
    const ends = instances.map((instance) => parseInstant(instance.endTime)).filter(Boolean);
    if (ends.length === 0) {
      return new Map();
    }
    const earliest = Math.min(...ends.map((end) => end.getTime()));
    const latest = Math.max(...ends.map((end) => end.getTime()));

    const activities = await this.engine.get('/history/activity-instance', {
      processDefinitionId: this.processDefinitionId,
      completeScope: true,
      finishedAfter: engineInstant(new Date(earliest - 60000)),
      finishedBefore: engineInstant(new Date(latest + 1000)),
      maxResults: 1000
    });
    const names = endNames(activities);
    const missing = instances.filter((instance) => instance.state === 'COMPLETED' && !names.has(instance.id));
    const alone = await Promise.all(
      missing.map((instance) =>
        this.engine.get('/history/activity-instance', { processInstanceId: instance.id, completeScope: true })
      )
    );
    alone.forEach((found) => endNames(found).forEach((name, id) => names.set(id, name)));
    return names;
  }

  instanceTable(instances, endActivities) {
    const body = element('tbody');
    instances.forEach((instance) => {
      const row = element('tr', { className: 'desk-finished-instance', tabIndex: 0, title: '点击查看活动历史' }, [
        cell(instance.businessKey, 'desk-finished-key'),
        cell(formatInstant(instance.startTime)),
        cell(formatInstant(instance.endTime)),
        cell(formatDuration(instance.durationInMillis)),
        cell(endActivities.get(instance.id)),
        cell(stateOf(instance))
      ]);
      row.setAttribute('aria-expanded', 'false');
      row.dataset.instanceId = instance.id;
      const toggle = () => this.toggleHistory(row, instance);
      row.addEventListener('click', toggle);
      row.addEventListener('keydown', (event) => event.key === 'Enter' && toggle());
      body.appendChild(row);
    });
    return element('table', { className: 'cam-table desk-finished-table' }, [headings(COLUMNS), body]);
  }

  async toggleHistory(row, instance) {
    const shown = row.nextElementSibling;
    if (shown && shown.classList.contains('desk-finished-history')) {
      shown.remove();
      row.setAttribute('aria-expanded', 'false');
      return;
    }

    const holder = element('td', { colSpan: COLUMNS.length, textContent: '正在加载活动历史……' });
    row.after(element('tr', { className: 'desk-finished-history' }, [holder]));
    row.setAttribute('aria-expanded', 'true');
    try {
      const activities = await this.engine.get('/history/activity-instance', {
        processInstanceId: instance.id,
        sortBy: 'occurrence',
        sortOrder: 'asc'
      });
      holder.replaceChildren(activityTable(instance, activities));
    } catch (failure) {
      if (failure.name !== 'AbortError') {
        holder.replaceChildren(element('span', { className: 'text-danger', textContent: failureText(failure) }));
      }
    }
  }

  pager(total) {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const go = (page) =>
      this.showPage(page)
        .then(() => this.root.scrollIntoView({ block: 'start' }))
        .catch((failure) => this.fail(failure));
    const previous = element('button', {
      type: 'button',
      className: 'btn btn-default btn-sm',
      textContent: '上一页',
      disabled: this.page === 0
    });
    previous.addEventListener('click', () => go(this.page - 1));
    const next = element('button', {
      type: 'button',
      className: 'btn btn-default btn-sm',
      textContent: '下一页',
      disabled: this.page + 1 >= pages
    });
    next.addEventListener('click', () => go(this.page + 1));

    return element('div', { className: 'desk-finished-pager' }, [
      element('span', { textContent: `共 ${total} 个实例，第 ${this.page + 1} / ${pages} 页` }),
      previous,
      next
    ]);
  }

  say(text, kind = 'info') {
    this.message.textContent = text;
    this.message.className = `desk-finished-message ${kind === 'error' ? 'text-danger' : 'text-muted'}`;
    this.message.hidden = !text;
  }

  fail(failure) {
    if (failure.name === 'AbortError') {
      return;
    }
    if (!(failure instanceof RequestRefused)) {
      console.error('Finished instances could not be shown', failure);
    }
    this.results.replaceChildren();
    this.say(failureText(failure), 'error');
  }
}

function endNames(activities) {
  const names = new Map();
  activities
    // an end event of the process itself, not of a sub-process
    .filter((activity) => activity.parentActivityInstanceId === activity.processInstanceId)
    .forEach((activity) => names.set(activity.processInstanceId, activity.activityName || activity.activityId));
  return names;
}

function stateOf(instance) {
  const state = stateLabel(instance.state);
  return instance.deleteReason ? `${state}（${instance.deleteReason}）` : state;
}

function activityTable(instance, activities) {
  if (activities.length === 0) {
    return element('span', { className: 'text-muted', textContent: `工单 ${orNone(instance.businessKey)} 没有活动记录。` });
  }
  const rows = activities.map((activity) =>
    element('tr', {}, [
      cell(activity.activityName || activity.activityId),
      cell(activityTypeLabel(activity.activityType)),
      cell(formatInstant(activity.startTime)),
      cell(activity.canceled ? `${formatInstant(activity.endTime)}（已取消）` : formatInstant(activity.endTime)),
      cell(formatDuration(activity.durationInMillis)),
      cell(activity.assignee)
    ])
  );
  return element('div', {}, [
    element('h5', { textContent: `工单 ${orNone(instance.businessKey)} 的活动历史` }),
    element('table', { className: 'cam-table desk-finished-activities' }, [
      headings(ACTIVITY_COLUMNS),
      element('tbody', {}, rows)
    ])
  ]);
}

function noHistoryPermission() {
  return '您没有查看该流程历史数据的权限（需要流程定义的“读取历史”权限 READ_HISTORY）。如需查看，请联系系统管理员。';
}

function failureText(failure) {
  switch (failure.status) {
    case 401:
      return '登录已失效，请刷新页面后重新登录。';
    case 403:
      return noHistoryPermission();
    case undefined:
      return '无法连接服务器，请检查网络后刷新页面。';
    default:
      return `读取历史数据失败（HTTP ${failure.status}），请稍后刷新页面重试。`;
  }
}

function headings(titles) {
  return element('thead', {}, [element('tr', {}, titles.map((title) => element('th', { textContent: title })))]);
}

function cell(text, className) {
  return element('td', { className: className || '', textContent: orNone(text) });
}

/** Text goes in as textContent only: business keys and names are user input. */
function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function addStyleSheet() {
  if (document.getElementById('desk-finished-styles')) {
    return;
  }
  const link = element('link', {
    id: 'desk-finished-styles',
    rel: 'stylesheet',
    href: new URL('./plugin.css', import.meta.url).href
  });
  document.head.appendChild(link);
}
