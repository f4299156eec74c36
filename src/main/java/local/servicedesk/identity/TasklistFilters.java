package local.servicedesk.identity;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The desk's Tasklist filters: created at start-up, found again by name and updated in place, each readable by
 * the groups that work its queue. With authorization on, a filter nobody was granted READ on shows to no one.
 *
 * <p>Queue filters include tasks already claimed: a callback claimed by a seat who has gone off shift must stay
 * in sight of the colleagues who take over.
 */
@Component
class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    /**
     * What each task card shows under the task's name; Tasklist shows the task's due date by itself. A folded card
     * shows the first two, so those are what the name (step, ticket number, category, subject) does not say. The
     * labels are process variables that the process keeps in Chinese (see the workflow's {@code TicketLabels}), so
     * a card reads 协同办公, not {@code OA}.
     */
    static final List<Map<String, String>> COLUMNS = List.of(
            column("priority", "优先级"),
            column("companyName", "单位"),
            column("channelLabel", "渠道"),
            column("categoryLabel", "业务类别"),
            column("ticketNo", "工单号"));

    private static final String CURRENT_USER = "${currentUser()}";
    private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    void ensure(List<DeskGroup> groups) {
        for (Spec spec : specs()) {
            Filter filter = save(spec);
            groups.stream()
                    .filter(spec.readers())
                    .forEach(group -> grants.grant(group.id(), FILTER, filter.getId(), Permissions.READ));
        }
    }

    private List<Spec> specs() {
        return List.of(
                new Spec(
                        "我的待办",
                        10,
                        "分配给我、由我处理的任务",
                        () -> query().taskAssigneeExpression(CURRENT_USER),
                        group -> !group.is(GroupKind.ADMIN)),
                new Spec(
                        "业务应用坐席",
                        20,
                        "业务应用坐席的一线任务：ERP、门户目录、协同办公、生产管理、营销及其他信息系统（回访见「回访」）",
                        () -> query().taskDefinitionKey("first-line")
                                .taskCandidateGroup("seat-business")
                                .includeAssignedTasks(),
                        group -> group.id().equals("seat-business")),
                new Spec(
                        "桌面终端坐席",
                        30,
                        "桌面终端坐席的一线任务：行政电话、本部的桌面终端与网络（回访见「回访」）",
                        () -> query().taskDefinitionKey("first-line")
                                .taskCandidateGroup("seat-desktop")
                                .includeAssignedTasks(),
                        group -> group.id().equals("seat-desktop")),
                new Spec(
                        "远程坐席",
                        40,
                        "本市公司远程坐席的一线任务：桌面终端与网络（回访见「回访」）",
                        () -> query().taskDefinitionKey("first-line")
                                .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                                .includeAssignedTasks(),
                        group -> group.is(GroupKind.REMOTE_SEAT)),
                new Spec(
                        "应急坐席",
                        50,
                        "非工作时间的紧急请求，由信息值班员受理",
                        () -> query().taskDefinitionKey("first-line")
                                .taskCandidateGroup("emergency-seat")
                                .includeAssignedTasks(),
                        group -> group.is(GroupKind.EMERGENCY_SEAT)),
                new Spec(
                        "二线工单",
                        60,
                        "派给本组的二线工单",
                        () -> query().taskDefinitionKey("second-line")
                                .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                                .includeAssignedTasks(),
                        group -> group.is(GroupKind.SECOND_LINE)),
                new Spec(
                        "回访",
                        70,
                        "已处理工单的客户回访",
                        () -> query().taskDefinitionKey("callback")
                                .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                                .includeAssignedTasks(),
                        group -> group.kind().callsBack()),
                new Spec("全部待办", 80, "服务台全部未完成任务，供值长和主管掌握全局", this::query, group -> group.is(GroupKind.SUPERVISION)));
    }

    private TaskQuery query() {
        return taskService.createTaskQuery();
    }

    private Filter save(Spec spec) {
        List<Filter> existing = filterService
                .createTaskFilterQuery()
                .filterName(spec.name())
                .orderByFilterId()
                .asc()
                .list();
        removeDuplicates(existing);

        Filter filter = existing.isEmpty() ? filterService.newTaskFilter(spec.name()) : existing.get(0);
        filter.setQuery(spec.query().get());
        filter.setProperties(properties(spec));
        if (existing.isEmpty()) {
            log.info("Creating Tasklist filter {}", spec.name());
        }
        return filterService.saveFilter(filter);
    }

    /** Two nodes starting at once may both create a filter; every node keeps the same one, the lowest id. */
    private void removeDuplicates(List<Filter> sameName) {
        sameName.stream().skip(1).forEach(duplicate -> {
            log.warn("Removing duplicate Tasklist filter {} ({})", duplicate.getName(), duplicate.getId());
            filterService.deleteFilter(duplicate.getId());
        });
    }

    private static Map<String, Object> properties(Spec spec) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", spec.priority());
        properties.put("description", spec.description());
        properties.put("refresh", true);
        properties.put("variables", COLUMNS);
        return properties;
    }

    private static Map<String, String> column(String name, String label) {
        return Map.of("name", name, "label", label);
    }

    private record Spec(
            String name, int priority, String description, Supplier<TaskQuery> query, Predicate<DeskGroup> readers) {}
}
