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
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.ticket.Closure;
import local.servicedesk.ticket.ResolvedAt;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketStatus;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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

    @Autowired
    ProcessEngine engine;

    @Autowired
    IntakeService intake;

    @Autowired
    TicketService tickets;

    @Autowired
    RuntimeService runtime;

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
        assertThat(task(instance)).hasCandidateGroup("emergency-seat");
        assertThat(ticketOf(instance).seatGroup()).isEqualTo("seat-business");
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

    private ProcessInstance open(String category, String company, String urgency) {
        var request = new TicketRequest(
                "PHONE",
                company,
                category,
                "FAULT",
                "MEDIUM",
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

    private Ticket ticketOf(ProcessInstance instance) {
        return tickets.get(instance.getBusinessKey());
    }

    private static void setClock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
