package local.servicedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;
import local.servicedesk.RunningDesk;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeskDirectoryTest extends RunningDesk {

    @Autowired
    DeskDirectory directory;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void createsEveryGroupOfTheDirectoryWithItsChineseName() {
        List<DeskGroup> wanted = DirectoryFiles.groups();

        assertThat(wanted).hasSize(31);
        for (DeskGroup group : wanted) {
            Group created =
                    identityService.createGroupQuery().groupId(group.id()).singleResult();
            assertThat(created).as(group.id()).isNotNull();
            assertThat(created.getName()).isEqualTo(group.name());
        }
        assertThat(group("remote-seat-changsha").getName()).isEqualTo("长沙远程坐席");
        assertThat(group("second-line-erp").getName()).isEqualTo("二线-ERP");
    }

    @Test
    void givesEveryDeskGroupAtLeastOneDemoUser() {
        for (DeskGroup group : DirectoryFiles.groups()) {
            assertThat(identityService
                            .createUserQuery()
                            .memberOfGroup(group.id())
                            .count())
                    .as(group.id())
                    .isPositive();
        }
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup("seat-business")
                        .count())
                .isEqualTo(6);
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup("seat-desktop")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void createsTheCtiAccountWithItsDefaultPasswordInItsGroupOnly() {
        User cti = identityService.createUserQuery().userId("cti").singleResult();

        assertThat(cti).isNotNull();
        assertThat(identityService.checkPassword("cti", "cti")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("cti").list())
                .extracting(Group::getId)
                .containsExactly("cti");
    }

    @Test
    void createsDemoUsersWithChineseNamesAndDeskAddresses() {
        User seat = identityService.createUserQuery().userId("remote-xiangxi").singleResult();

        assertThat(seat.getFirstName() + seat.getLastName()).isEqualTo("宋杰");
        assertThat(seat.getEmail()).isEqualTo("remote-xiangxi@servicedesk.local");
        assertThat(identityService.checkPassword("remote-xiangxi", "demo")).isTrue();
    }

    @Test
    void changesNothingWhenAppliedAgain() {
        Map<String, Long> before = counts();

        directory.apply();

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void restoresAGroupNameChangedByHand() {
        Group group = group("shift-leader");
        group.setName("renamed");
        identityService.saveGroup(group);

        directory.apply();

        assertThat(group("shift-leader").getName()).isEqualTo("值长");
    }

    @Test
    void updatesAFilterInPlace() {
        Filter filter = filter("回访");
        filter.setQuery(taskService.createTaskQuery().taskDefinitionKey("changed"));
        filterService.saveFilter(filter);

        directory.apply();

        Filter restored = filter("回访");
        assertThat(restored.getId()).isEqualTo(filter.getId());
        assertThat(restored.<TaskQueryImpl>getQuery().getKey()).isEqualTo("callback");
        assertThat(restored.getProperties()).containsEntry("refresh", true).containsKey("description");
    }

    @Test
    void letsEveryDeskGroupButTheTelephonySystemIntoTasklist() {
        for (DeskGroup group : DirectoryFiles.groups()) {
            if (group.is(GroupKind.TELEPHONY)) {
                assertThat(groupMay(group.id(), Permissions.ACCESS, APPLICATION, "tasklist"))
                        .as(group.id())
                        .isFalse();
                continue;
            }
            assertThat(groupMay(group.id(), Permissions.ACCESS, APPLICATION, "tasklist"))
                    .as(group.id())
                    .isTrue();
        }
        assertThat(groupMay("seat-business", Permissions.ACCESS, APPLICATION, "cockpit"))
                .isFalse();
        assertThat(groupMay("shift-leader", Permissions.ACCESS, APPLICATION, "cockpit"))
                .isTrue();
    }

    @Test
    void letsSeatsStartTicketsButNotSecondLine() {
        assertThat(groupMay(
                        "remote-seat-loudi",
                        ProcessDefinitionPermissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        "ticket"))
                .isTrue();
        assertThat(groupMay(
                        "emergency-seat",
                        ProcessDefinitionPermissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        "ticket"))
                .isTrue();
        assertThat(groupMay(
                        "second-line-oa",
                        ProcessDefinitionPermissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        "ticket"))
                .isFalse();
        assertThat(groupMay(
                        "second-line-oa", ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION, "ticket"))
                .isTrue();
    }

    @Test
    void letsTheGroupsThatWorkTicketsReadTheColumnsOfTheirTaskCards() {
        for (String group : List.of("seat-business", "remote-seat-loudi", "emergency-seat", "second-line-network")) {
            assertThat(groupMay(
                            group, ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "ticket"))
                    .as(group)
                    .isTrue();
            assertThat(groupMay(group, ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, "ticket"))
                    .as(group)
                    .isFalse();
        }
        assertThat(groupMay(
                        "monitoring",
                        ProcessDefinitionPermissions.READ_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        "ticket"))
                .isFalse();
    }

    @Test
    void showsTicketNumberPriorityChannelCompanyAndCategoryOnEveryTaskCard() {
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            assertThat(filter.getProperties().get("variables"))
                    .as(filter.getName())
                    .isEqualTo(List.of(
                            Map.of("name", "priority", "label", "优先级"),
                            Map.of("name", "companyName", "label", "单位"),
                            Map.of("name", "channelLabel", "label", "渠道"),
                            Map.of("name", "categoryLabel", "label", "业务类别"),
                            Map.of("name", "ticketNo", "label", "工单号")));
        }
    }

    @Test
    void grantsEachFilterToTheGroupsOfItsQueue() {
        String queue = filter("业务应用坐席").getId();
        String secondLine = filter("二线工单").getId();

        assertThat(groupMay("seat-business", Permissions.READ, FILTER, queue)).isTrue();
        assertThat(groupMay("seat-desktop", Permissions.READ, FILTER, queue)).isFalse();
        assertThat(groupMay("second-line-network", Permissions.READ, FILTER, secondLine))
                .isTrue();
        assertThat(groupMay("seat-business", Permissions.READ, FILTER, secondLine))
                .isFalse();
    }

    @Test
    void showsBusinessSeatItsOwnFiltersOnly() {
        identityService.setAuthentication("seat-biz1", List.of("seat-business"));

        List<String> names = filterService.createFilterQuery().list().stream()
                .map(Filter::getName)
                .toList();

        assertThat(names).containsExactlyInAnyOrder("我的待办", "业务应用坐席", "回访");
    }

    @Test
    void showsShiftLeaderAllOpenTasks() {
        identityService.setAuthentication("leader1", List.of("shift-leader"));

        List<String> names = filterService.createFilterQuery().list().stream()
                .map(Filter::getName)
                .toList();

        assertThat(names).containsExactlyInAnyOrder("我的待办", "全部待办");
    }

    @Test
    void showsRemoteSeatTheRemoteQueueOnly() {
        identityService.setAuthentication("remote-yiyang", List.of("remote-seat-yiyang"));

        List<String> names = filterService.createFilterQuery().list().stream()
                .map(Filter::getName)
                .toList();

        assertThat(names).containsExactlyInAnyOrder("我的待办", "远程坐席", "回访");
    }

    @Test
    void listsQueueTasksForTheSeatsOfTheQueue() {
        String instanceId = startVisibilityTest();
        identityService.setAuthentication("seat-biz2", List.of("seat-business"));

        List<Task> queue = filterService.list(filter("业务应用坐席").getId());

        assertThat(queue).extracting(Task::getProcessInstanceId).contains(instanceId);
    }

    @Test
    void refusesQueueFilterToOtherGroups() {
        String queueId = filter("业务应用坐席").getId();
        identityService.setAuthentication("eng-erp", List.of("second-line-erp"));

        assertThatThrownBy(() -> filterService.list(queueId)).isInstanceOf(AuthorizationException.class);
    }

    private long memberships() {
        return identityService.createGroupQuery().list().stream()
                .mapToLong(group -> identityService
                        .createUserQuery()
                        .memberOfGroup(group.getId())
                        .count())
                .sum();
    }

    private String startVisibilityTest() {
        repositoryService
                .createDeployment()
                .name("visibility-test")
                .enableDuplicateFiltering(false)
                .addClasspathResource("visibility-test.bpmn")
                .addClasspathResource("visibility-test.form")
                .deploy();
        return runtimeService.startProcessInstanceByKey("visibility-test").getId();
    }

    private Group group(String id) {
        return identityService.createGroupQuery().groupId(id).singleResult();
    }

    private Filter filter(String name) {
        return filterService.createTaskFilterQuery().filterName(name).singleResult();
    }

    private boolean groupMay(String groupId, Permission permission, Resources resource, String resourceId) {
        return authorizationService.isUserAuthorized("someone", List.of(groupId), permission, resource, resourceId);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "groups", identityService.createGroupQuery().count(),
                "users", identityService.createUserQuery().count(),
                "memberships", memberships(),
                "authorizations",
                        authorizationService.createAuthorizationQuery().count(),
                "filters", filterService.createFilterQuery().count());
    }
}
