package local.servicedesk.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.support.HeadlessChromium;
import local.servicedesk.support.TestDesk;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Community Edition's Cockpit has no history view; our tab "已结束的实例" on the process definition page shows the
 * finished instances. An admin logs in to Cockpit in headless Chromium asking for Chinese pages, opens the process
 * 服务台工单 and finds the demo desk's closed tickets there, as the engine's history knows them. Screenshots go to
 * {@code target/screenshots/cockpit/}.
 */
@DeskIntegrationTest
class FinishedInstancesBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "cockpit");

    private static final DateTimeFormatter BEIJING_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private static final String OUTSIDER = "cockpit-without-history";

    @LocalServerPort
    int port;

    @Autowired
    TestDesk desk;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    private HeadlessChromium chromium;
    private Cockpit cockpit;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && cockpit != null) {
            cockpit.screenshot("failed");
        }
    };

    @BeforeEach
    void openBrowser(TestInfo test) {
        chromium = HeadlessChromium.start(ZoneOffset.UTC);
        String url = "http://127.0.0.1:" + port + "/camunda/app/cockpit/" + desk.engineName() + "/";
        cockpit = new Cockpit(
                chromium,
                url,
                SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName()));
    }

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }

    @AfterEach
    void removeOutsider() {
        authorizations.createAuthorizationQuery().userIdIn(OUTSIDER).list().stream()
                .map(Authorization::getId)
                .forEach(authorizations::deleteAuthorization);
        if (identity.createUserQuery().userId(OUTSIDER).count() > 0) {
            identity.deleteUser(OUTSIDER);
        }
    }

    @Test
    void showsTheClosedDemoTicketsOfTheTicketProcessNewestFirstInBeijingTime() {
        List<HistoricProcessInstance> finished = awaitClosedDemoTickets();

        cockpit.logIn("admin", "admin");
        cockpit.openProcess("服务台工单");
        cockpit.openTab("已结束的实例");
        List<List<String>> rows = cockpit.finishedInstances();
        cockpit.screenshot("finished-instances");

        assertThat(rows).map(row -> row.get(0)).containsExactlyInAnyOrderElementsOf(businessKeys(finished));
        assertThat(rows)
                .map(FinishedInstancesBrowserTest::withoutDuration)
                .containsExactlyInAnyOrderElementsOf(
                        finished.stream().map(this::expectedRow).toList());
        assertThat(rows).map(row -> row.get(2)).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(rows)
                .map(row -> row.get(3))
                .allSatisfy(duration -> assertThat(duration).matches("(\\d+(天|小时|分|秒))+|不足1秒"));
        assertThat(cockpit.pagerText()).isEqualTo("共 " + finished.size() + " 个实例，第 1 / 1 页");
    }

    @Test
    void showsAClosedTicketsActivityHistoryWhenItsRowIsClicked() {
        HistoricProcessInstance ticket = awaitClosedDemoTickets().get(0);
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(ticket.getId())
                .orderPartiallyByOccurrence()
                .asc()
                .list();

        cockpit.logIn("admin", "admin");
        cockpit.openProcess("服务台工单");
        cockpit.openTab("已结束的实例");
        cockpit.finishedInstances();
        List<List<String>> activities = cockpit.activityHistoryOf(ticket.getBusinessKey());
        cockpit.screenshot("activity-history");

        assertThat(activities).map(row -> row.get(0)).containsExactlyElementsOf(names(steps));
        assertThat(activities).map(row -> row.get(2)).containsExactlyElementsOf(startTimes(steps));
        assertThat(activities)
                .filteredOn(row -> row.get(1).equals("用户任务"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(5)).isNotEqualTo("—"));
        assertThat(activities).last().satisfies(row -> assertThat(row.get(1)).isEqualTo("结束事件"));
    }

    @Test
    void tellsACockpitUserWithoutReadHistoryThatTheHistoryIsClosedToThem() {
        awaitClosedDemoTickets();
        ProcessDefinition ticketProcess = ticketProcess();
        createOutsider(ticketProcess);

        cockpit.logIn(OUTSIDER, "demo");
        cockpit.openProcessDefinition(ticketProcess.getId());
        cockpit.openTab("已结束的实例");
        String message = cockpit.message();
        cockpit.screenshot("no-history-permission");

        assertThat(message).contains("没有查看该流程历史数据的权限", "READ_HISTORY");
    }

    /** The demo closes tickets at start; the last step of each closure runs as a job after the desk is up. */
    private List<HistoricProcessInstance> awaitClosedDemoTickets() {
        String processDefinitionId = ticketProcess().getId();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> management.createJobQuery().executable().count() == 0
                        && finishedInstancesOf(processDefinitionId).size() > 0);
        return finishedInstancesOf(processDefinitionId);
    }

    private List<HistoricProcessInstance> finishedInstancesOf(String processDefinitionId) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionId(processDefinitionId)
                .finished()
                .orderByProcessInstanceEndTime()
                .desc()
                .list();
    }

    private ProcessDefinition ticketProcess() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("ticket")
                .latestVersion()
                .singleResult();
    }

    /** Business key, start, end, end event, state: what the row must say, the duration aside. */
    private List<String> expectedRow(HistoricProcessInstance instance) {
        HistoricActivityInstance end = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityType("noneEndEvent")
                .singleResult();
        return List.of(
                instance.getBusinessKey(),
                beijingTime(instance.getStartTime()),
                beijingTime(instance.getEndTime()),
                end.getActivityName(),
                "已完成");
    }

    private static List<String> withoutDuration(List<String> row) {
        return List.of(row.get(0), row.get(1), row.get(2), row.get(4), row.get(5));
    }

    /** May use Cockpit and see the ticket process, but not its history. */
    private void createOutsider(ProcessDefinition ticketProcess) {
        User user = identity.newUser(OUTSIDER);
        user.setFirstName("无历史");
        user.setLastName("权限");
        user.setPassword("demo");
        identity.saveUser(user);
        grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(
                Resources.PROCESS_DEFINITION,
                ticketProcess.getKey(),
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE);
    }

    private void grant(Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(OUTSIDER);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    private static List<String> businessKeys(List<HistoricProcessInstance> instances) {
        return instances.stream().map(HistoricProcessInstance::getBusinessKey).toList();
    }

    private static List<String> names(List<HistoricActivityInstance> steps) {
        // the tab shows an unnamed step by its id
        return steps.stream()
                .map(step -> step.getActivityName() != null ? step.getActivityName() : step.getActivityId())
                .toList();
    }

    private static List<String> startTimes(List<HistoricActivityInstance> steps) {
        return steps.stream().map(step -> beijingTime(step.getStartTime())).toList();
    }

    private static String beijingTime(Date instant) {
        return BEIJING_TIME.format(instant.toInstant());
    }
}
