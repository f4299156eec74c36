package local.servicedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import local.servicedesk.duty.EmergencySeatHandover;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.sla.SlaService;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.ticket.Closure;
import local.servicedesk.ticket.ResolvedAt;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketStatus;
import local.servicedesk.ticket.TimelineEntry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code ticket.bpmn}, driven through the real engine with the job executor off. */
@DeskIntegrationTest(properties = "camunda.bpm.job-execution.enabled=false")
class TicketProcessTest {

    /** Wednesday 2 December 2026, 10:00 in Beijing: the seats are working. */
    static final Instant WORKING_TIME = Instant.parse("2026-12-02T02:00:00Z");
    /** Saturday 5 December 2026, 22:00 in Beijing. */
    static final Instant SATURDAY_NIGHT = Instant.parse("2026-12-05T14:00:00Z");
    /** Friday 4 December 2026, 20:00 in Beijing. */
    static final Instant FRIDAY_EVENING = Instant.parse("2026-12-04T12:00:00Z");
    /** Monday 7 December 2026, 08:30 in Beijing. */
    static final Instant MONDAY_START = Instant.parse("2026-12-07T00:30:00Z");
    /** Sunday 6 December 2026, 08:00 in Beijing: the day shift (丁班) takes over from the night shift (乙班). */
    static final Instant SUNDAY_DAY_SHIFT = Instant.parse("2026-12-06T00:00:00Z");
    /** Thursday 3 December 2026, 15:24 in Beijing: 864 working minutes (80 % of 1080) after WORKING_TIME. */
    static final Instant THURSDAY_1524 = Instant.parse("2026-12-03T07:24:00Z");
    /** Thursday 3 December 2026, 10:00 in Beijing: one working day after WORKING_TIME. */
    static final Instant THURSDAY_TEN = Instant.parse("2026-12-03T02:00:00Z");
    /** Thursday 3 December 2026, 11:00 in Beijing. */
    static final Instant THURSDAY_ELEVEN = Instant.parse("2026-12-03T03:00:00Z");
    /** Friday 4 December 2026, 10:00 in Beijing: 1080 working minutes after WORKING_TIME. */
    static final Instant FRIDAY_TEN = Instant.parse("2026-12-04T02:00:00Z");
    /** Monday 7 December 2026, 10:00 in Beijing: FRIDAY_TEN moved by 540 paused working minutes. */
    static final Instant MONDAY_TEN = Instant.parse("2026-12-07T02:00:00Z");

    @Autowired
    ProcessEngine engine;

    @Autowired
    IntakeService intake;

    @Autowired
    TicketService tickets;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService taskService;

    @Autowired
    SlaService sla;

    @Autowired
    EmergencySeatHandover handover;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        setClock(WORKING_TIME);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void closesARequestResolvedAtFirstLine() {
        ProcessInstance instance = open("ERP", "hq", "URGENT");

        assertThat(instance).isWaitingAt("first-line");
        assertThat(task(instance)).hasCandidateGroup("seat-business");
        complete(task(instance), withVariables("outcome", "RESOLVED", "resolution", "已指导用户清除浏览器缓存后重新提交报销单"));
        execute(job(instance));

        assertThat(instance)
                .isEnded()
                .hasPassed("close-at-first-line", "notify-first-line-resolution")
                .hasNotPassed("second-line");
        Ticket ticket = ticketOf(instance);
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.resolvedAt()).isEqualTo(ResolvedAt.FIRST_LINE);
        assertThat(ticket.closure()).isEqualTo(Closure.RESOLVED);
        assertThat(ticket.resolution()).isEqualTo("已指导用户清除浏览器缓存后重新提交报销单");
    }

    @Test
    void escalatedRequestIsFixedBySecondLineAndClosedAfterASatisfiedCallback() {
        ProcessInstance instance = open("PMS", "hq", "NORMAL");

        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "PMS 工作票无法流转，需二线排查"));
        execute(job(instance));
        assertThat(instance).isWaitingAt("second-line");
        assertThat(task(instance)).hasCandidateGroup("second-line-pms");
        assertThat(ticketOf(instance).workOrderNo())
                .isEqualTo(ticketOf(instance).ticketNo() + "-01");
        complete(task(instance), withVariables("outcome", "FIXED", "resolution", "修复流程配置，工作票已可流转"));
        assertThat(instance).isWaitingAt("callback");
        assertThat(task(instance)).hasCandidateGroup("seat-business");
        complete(task(instance), withVariables("customerReached", true, "satisfied", true, "satisfaction", 5));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("close-after-callback", "notify-closure");
        Ticket ticket = ticketOf(instance);
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.resolvedAt()).isEqualTo(ResolvedAt.SECOND_LINE);
        assertThat(ticket.closure()).isEqualTo(Closure.RESOLVED);
        assertThat(ticket.callback().satisfaction()).isEqualTo(5);
    }

    @Test
    void reopensTheWorkOrderWhenTheCustomerIsNotSatisfied() {
        ProcessInstance instance = atCallback(open("OA", "hq", "NORMAL"));

        complete(
                task(instance),
                withVariables(
                        "customerReached",
                        true,
                        "satisfied",
                        false,
                        "satisfaction",
                        2,
                        "complaint",
                        true,
                        "comment",
                        "公文仍无法签批"));
        execute(job(instance));

        assertThat(instance).isWaitingAt("second-line");
        Ticket ticket = ticketOf(instance);
        assertThat(ticket.status()).isEqualTo(TicketStatus.SECOND_LINE);
        assertThat(ticket.callback().complaint()).isTrue();
        assertThat(tickets.timeline(ticket.ticketNo()))
                .anySatisfy(entry -> assertThat(entry.message()).contains("重新打开"));
    }

    @Test
    void closesAsUnreachableAfterTheLastCallbackAttempt() {
        ProcessInstance instance = atCallback(open("MARKETING", "hq", "NORMAL"));

        for (int attempt = 1; attempt < 3; attempt++) {
            complete(task(instance), withVariables("customerReached", false));
            assertThat(instance).isWaitingAt("wait-before-callback-retry");
            execute(job(instance));
            assertThat(instance).isWaitingAt("callback");
        }
        complete(task(instance), withVariables("customerReached", false));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("close-unreachable", "notify-unreachable");
        Ticket ticket = ticketOf(instance);
        assertThat(ticket.closure()).isEqualTo(Closure.UNREACHABLE);
        assertThat(ticket.resolvedAt()).isEqualTo(ResolvedAt.SECOND_LINE);
        assertThat(ticket.callback().attempts()).isEqualTo(3);
    }

    @Test
    void callsAnUnreachedCustomerAgainInWorkingTimeNotAtNight() {
        ProcessInstance instance = atCallback(open("MARKETING", "hq", "NORMAL"));
        setClock(Instant.parse("2026-12-04T09:00:00Z")); // Friday 17:00 in Beijing

        complete(task(instance), withVariables("customerReached", false));

        // two working hours: half an hour on Friday, then Monday from 08:30 to 10:00 in Beijing
        assertThat(instance).isWaitingAt("wait-before-callback-retry");
        assertThat(job(instance).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-07T02:00:00Z")));
    }

    @Test
    void secondLineReturnsAWrongDispatchToFirstLine() {
        ProcessInstance instance = open("NETWORK", "changsha", "NORMAL");
        assertThat(task(instance)).hasCandidateGroup("remote-seat-changsha");
        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "办公室无法上网"));
        execute(job(instance));

        complete(task(instance), withVariables("outcome", "RETURNED", "resolution", "为单机故障，非网络问题，请桌面处理"));

        assertThat(instance).isWaitingAt("first-line");
        assertThat(task(instance)).hasCandidateGroup("remote-seat-changsha");
        assertThat(ticketOf(instance).status()).isEqualTo(TicketStatus.FIRST_LINE);
    }

    @Test
    void firstLineCorrectionOfTheCategoryRoutesTheWorkOrderAgain() {
        ProcessInstance instance = open("OTHER_APP", "hq", "NORMAL");

        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "实为 ERP 凭证问题", "category", "ERP"));
        execute(job(instance));

        assertThat(task(instance)).hasCandidateGroup("second-line-erp");
        assertThat(ticketOf(instance).facts().category()).isEqualTo("ERP");
    }

    @Test
    void urgentRequestOutOfHoursGoesToTheEmergencySeat() {
        setClock(SATURDAY_NIGHT);

        ProcessInstance instance = open("ERP", "hq", "URGENT");

        assertThat(instance).isWaitingAt("first-line");
        assertThat(emergencyTasks(instance)).isEqualTo(1);
        assertThat(task(instance)).isAssignedTo("duty-b-info");
        assertThat(ticketOf(instance).seatGroup()).isEqualTo("seat-business");
    }

    @Test
    void handsAnOpenEmergencyTaskToTheNextInformationOfficerAtShiftChange() {
        setClock(SATURDAY_NIGHT);
        ProcessInstance instance = open("ERP", "hq", "URGENT");

        setClock(SUNDAY_DAY_SHIFT);
        handover.handOver(SUNDAY_DAY_SHIFT);
        int again = handover.handOver(SUNDAY_DAY_SHIFT);

        assertThat(task(instance)).isAssignedTo("duty-d-info");
        assertThat(again).isZero();
        assertThat(tickets.timeline(instance.getBusinessKey()))
                .filteredOn(entry -> entry.message().startsWith("交接班"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message()).contains("duty-b-info", "duty-d-info", "丁班白班"));
    }

    @Test
    void startsTheClocksOfAP2OnTheWallClockAndDatesTheFirstLineTask() {
        ProcessInstance instance = open("ERP", "hq", "URGENT");

        Ticket ticket = ticketOf(instance);
        assertThat(ticket.priority()).isEqualTo("P2");
        assertThat(ticket.sla().clock()).isEqualTo("WALL");
        assertThat(ticket.sla().responseDueAt()).isEqualTo(WORKING_TIME.plusSeconds(30 * 60));
        assertThat(ticket.sla().resolutionDueAt()).isEqualTo(WORKING_TIME.plusSeconds(480 * 60));
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(WORKING_TIME.plusSeconds(30 * 60)));
        assertThat(timerDue(instance, "first-line-response-warning")).isEqualTo(WORKING_TIME.plusSeconds(24 * 60));
        assertThat(timerDue(instance, "first-line-response-breach")).isEqualTo(WORKING_TIME.plusSeconds(30 * 60));
        assertThat(runtime.getVariable(instance.getId(), "resolutionDue"))
                .isEqualTo(Date.from(WORKING_TIME.plusSeconds(480 * 60)));
    }

    @Test
    void escalatesAMissedResponseToTheShiftLeaderAndTheSupervisorWithTheEngineClockMoved() {
        ProcessInstance instance = open("ERP", "hq", "URGENT");
        setClock(WORKING_TIME.plusSeconds(24 * 60));
        execute(job("first-line-response-warning", instance));
        execute(job("warn-first-line-response", instance));

        setClock(WORKING_TIME.plusSeconds(30 * 60));
        execute(job("first-line-response-breach", instance));
        execute(job("escalate-first-line-response", instance));

        Ticket ticket = ticketOf(instance);
        assertThat(ticket.sla().responseWarnedAt()).isEqualTo(WORKING_TIME.plusSeconds(24 * 60));
        assertThat(ticket.sla().responseBreachedAt()).isEqualTo(WORKING_TIME.plusSeconds(30 * 60));
        assertThat(ticket.sla().breached()).isTrue();
        assertThat(runtime.getVariable(instance.getId(), "responseBreached")).isEqualTo(true);
        assertThat(task(instance).getPriority()).isEqualTo(100);
        assertThat(tickets.timeline(ticket.ticketNo()))
                .extracting(TimelineEntry::message)
                .anySatisfy(message -> assertThat(message).startsWith("响应时限预警"))
                .anySatisfy(message -> assertThat(message).startsWith("响应超时"))
                .anySatisfy(message -> assertThat(message).contains("leader1@", "supervisor1@", "【升级】"))
                .anySatisfy(message -> assertThat(message).contains("seat-biz1@", "响应时限即将到期"));
        assertThat(instance).isWaitingAt("first-line");
    }

    @Test
    void doesNotEscalateAResponseGivenInTime() {
        ProcessInstance instance = open("PMS", "hq", "URGENT");
        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "需二线处理"));

        setClock(WORKING_TIME.plusSeconds(60 * 60));

        Ticket ticket = ticketOf(instance);
        assertThat(ticket.sla().respondedAt()).isEqualTo(WORKING_TIME);
        assertThat(ticket.sla().responseBreachedAt()).isNull();
        assertThat(timerJobs(instance, "first-line-response-breach")).isZero();
    }

    @Test
    void countsTheResolutionOfAP3InWorkingMinutesAcrossTheNight() {
        ProcessInstance instance = open("PMS", "hq", "NORMAL");

        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "需二线处理"));
        execute(job(instance));

        Ticket ticket = ticketOf(instance);
        assertThat(ticket.sla().clock()).isEqualTo("WORKING");
        assertThat(ticket.sla().resolutionDueAt()).isEqualTo(FRIDAY_TEN);
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(FRIDAY_TEN));
        assertThat(timerDue(instance, "second-line-resolution-warning")).isEqualTo(THURSDAY_1524);
        assertThat(timerDue(instance, "second-line-resolution-breach")).isEqualTo(FRIDAY_TEN);
    }

    @Test
    void waitingForTheCustomerPausesTheResolutionClockAndMovesEveryDueDate() {
        ProcessInstance instance = open("PMS", "hq", "NORMAL");
        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "需二线处理"));
        execute(job(instance));
        setClock(WORKING_TIME.plusSeconds(60 * 60));

        sla.startWaiting(instance.getBusinessKey(), "eng-pms", "等待用户提供报错截图");
        boolean suspended = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("second-line-resolution-breach")
                .singleResult()
                .isSuspended();
        setClock(THURSDAY_ELEVEN);
        sla.endWaiting(instance.getBusinessKey(), "eng-pms");

        Ticket ticket = ticketOf(instance);
        assertThat(suspended).isTrue();
        assertThat(ticket.sla().waiting()).isFalse();
        assertThat(ticket.sla().pausedMinutes()).isEqualTo(540);
        assertThat(ticket.sla().resolutionDueAt()).isEqualTo(MONDAY_TEN);
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(MONDAY_TEN));
        assertThat(timerDue(instance, "second-line-resolution-breach")).isEqualTo(MONDAY_TEN);
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .activityId("second-line-resolution-breach")
                        .singleResult()
                        .isSuspended())
                .isFalse();
        assertThat(tickets.timeline(ticket.ticketNo()))
                .extracting(TimelineEntry::message)
                .anySatisfy(message -> assertThat(message).contains("暂停计时", "等待用户提供报错截图"))
                .anySatisfy(message -> assertThat(message).contains("恢复计时", "暂停 540 分钟", "2026-12-07 10:00"));
    }

    @Test
    void aMajorIncidentNotifiesTheShiftLeaderAtOnce() {
        ProcessInstance instance = openWithImpact("ERP", "HIGH", "URGENT");

        execute(job("notify-major-incident", instance));

        assertThat(ticketOf(instance).major()).isTrue();
        assertThat(instance).isWaitingAt("first-line").hasPassed("notify-major-incident");
        assertThat(tickets.timeline(instance.getBusinessKey()))
                .anySatisfy(entry -> assertThat(entry.message()).contains("leader1@", "【重要事件】"));
    }

    @Test
    void givesTheCallbackItsDueAndFollowUpDates() {
        ProcessInstance instance = atCallback(open("OA", "hq", "NORMAL"));

        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(THURSDAY_TEN));
        assertThat(task(instance).getFollowUpDate()).isEqualTo(Date.from(WORKING_TIME));
        assertThat(ticketOf(instance).sla().callbackDueAt()).isEqualTo(THURSDAY_TEN);
        assertThat(ticketOf(instance).sla().resolutionMetAt()).isEqualTo(WORKING_TIME);
    }

    @Test
    void normalRequestOutOfHoursWaitsForWorkingTimeAndThenReachesItsSeat() {
        setClock(FRIDAY_EVENING);
        ProcessInstance instance = open("DESKTOP", "hq", "NORMAL");
        assertThat(ticketOf(instance).status()).isEqualTo(TicketStatus.DEFERRED);
        execute(job(instance));
        assertThat(instance).isWaitingAt("wait-for-working-time");
        assertThat(job(instance).getDuedate()).isEqualTo(Date.from(MONDAY_START));

        setClock(MONDAY_START);
        execute(job(instance));

        assertThat(instance).isWaitingAt("first-line");
        assertThat(task(instance)).hasCandidateGroup("seat-desktop");
        assertThat(ticketOf(instance).status()).isEqualTo(TicketStatus.FIRST_LINE);
        assertThat(ticketOf(instance).sla().startedAt()).isEqualTo(MONDAY_START);
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(MONDAY_START.plusSeconds(60 * 60)));
    }

    @Test
    void refusesAFirstLineCompletionWithoutAResolutionAndKeepsTheTaskOpen() {
        ProcessInstance instance = open("ERP", "hq", "NORMAL");
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> complete(task(instance), withVariables("outcome", "RESOLVED")))
                .isInstanceOf(InvalidTaskInput.class)
                .hasMessageContaining("resolution");

        assertThat(instance).isWaitingAt("first-line");
        assertThat(task(instance).getId()).isEqualTo(taskId);
        assertThat(ticketOf(instance).status()).isEqualTo(TicketStatus.FIRST_LINE);
    }

    @Test
    void aSeatLogsACallThroughTheStartForm() {
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                "ticket",
                Map.of(
                        "channel",
                        "PHONE",
                        "company",
                        "zhuzhou",
                        "category",
                        "PHONE_REPAIR",
                        "type",
                        "FAULT",
                        "impact",
                        "LOW",
                        "urgency",
                        "NORMAL",
                        "subject",
                        "办公电话无拨号音",
                        "customerName",
                        "李红",
                        "customerPhone",
                        "0731-22334455"));

        assertThat(instance).isWaitingAt("first-line");
        Ticket ticket = tickets.get(instance.getBusinessKey());
        assertThat(ticket.facts().subject()).isEqualTo("办公电话无拨号音");
        assertThat(ticket.seatGroup()).isEqualTo("seat-desktop");
        assertThat(ticket.priority()).isEqualTo("P4");
    }

    @Test
    void refusesAStartFormWithoutACategory() {
        Map<String, Object> variables = Map.of(
                "channel",
                "PHONE",
                "company",
                "hq",
                "type",
                "FAULT",
                "impact",
                "LOW",
                "urgency",
                "NORMAL",
                "subject",
                "无法登录",
                "customerName",
                "王强",
                "customerPhone",
                "13800000000");

        long running = runtime.createProcessInstanceQuery()
                .processDefinitionKey("ticket")
                .count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("ticket", variables))
                .isInstanceOf(InvalidTaskInput.class)
                .hasMessageContaining("category");

        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("ticket")
                        .count())
                .isEqualTo(running);
    }

    private ProcessInstance openWithImpact(String category, String impact, String urgency) {
        return open(category, "hq", impact, urgency);
    }

    private ProcessInstance open(String category, String company, String urgency) {
        return open(category, company, "MEDIUM", urgency);
    }

    private ProcessInstance open(String category, String company, String impact, String urgency) {
        var request = new TicketRequest(
                "PHONE",
                company,
                category,
                "FAULT",
                impact,
                urgency,
                "测试请求：" + category,
                "流程测试",
                new TicketRequest.CustomerRequest("张伟", "13900000000", "zhangwei@servicedesk.local"));
        String ticketNo = intake.submit(request, null, "seat-biz1").ticket().ticketNo();
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ticketNo)
                .singleResult();
    }

    private ProcessInstance atCallback(ProcessInstance instance) {
        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "需二线处理"));
        execute(job(instance));
        complete(task(instance), withVariables("outcome", "FIXED", "resolution", "已处理"));
        assertThat(instance).isWaitingAt("callback");
        return instance;
    }

    private long emergencyTasks(ProcessInstance instance) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskCandidateGroup("emergency-seat")
                .includeAssignedTasks()
                .count();
    }

    private Instant timerDue(ProcessInstance instance, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult()
                .getDuedate()
                .toInstant();
    }

    private long timerJobs(ProcessInstance instance, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .count();
    }

    private Ticket ticketOf(ProcessInstance instance) {
        return tickets.get(instance.getBusinessKey());
    }

    private static void setClock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
