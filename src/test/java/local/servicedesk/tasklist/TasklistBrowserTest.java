package local.servicedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import local.servicedesk.calendar.WorkingCalendar;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.support.HeadlessChromium;
import local.servicedesk.support.TestDesk;
import local.servicedesk.ticket.ResolvedAt;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketStatus;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Seats and engineers at work in a real browser: headless Chromium asking for Chinese pages logs in to Tasklist as
 * users of different groups, sees Tasklist in Chinese and only their own queues, opens a ticket's task, completes it
 * through its form and sees the ticket move on to the next queue. Screenshots of each step go to
 * {@code target/screenshots/tasklist/}.
 */
@DeskIntegrationTest
class TasklistBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "tasklist");

    @LocalServerPort
    int port;

    @Autowired
    TestDesk desk;

    @Autowired
    IntakeService intake;

    @Autowired
    TicketService tickets;

    @Autowired
    TaskService taskService;

    @Autowired
    WorkingCalendar calendar;

    private HeadlessChromium chromium;
    private Tasklist tasklist;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && tasklist != null) {
            tasklist.screenshot("failed");
        }
    };

    @BeforeEach
    void openTasklist(TestInfo test) throws IOException {
        duringWorkingTime();
        chromium = HeadlessChromium.start(ZoneId.of("Asia/Shanghai"));
        String url = "http://127.0.0.1:" + port + desk.tasklistPath();
        Path screenshots =
                SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName());
        FileSystemUtils.deleteRecursively(screenshots);
        tasklist = new Tasklist(chromium.driver(), url, screenshots);
    }

    @AfterEach
    void closeTasklist() {
        ClockUtil.reset();
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void seatEscalatesEngineerFixesAndSeatCallsTheCustomerBack() throws InterruptedException {
        String ticketNo = open("ERP", "报销单无法提交", "提交报销单时提示系统错误 500，已清除浏览器缓存，问题依旧");

        escalateAsBusinessSeat(ticketNo);
        checkThatAnotherSecondLineDoesNotSeeIt(ticketNo);
        fixAsErpEngineer(ticketNo);
        callBackAsBusinessSeat(ticketNo);

        Ticket closed = tickets.get(ticketNo);
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.resolvedAt()).isEqualTo(ResolvedAt.SECOND_LINE);
        assertThat(closed.handlers().firstLine()).isEqualTo("seat-biz2");
        assertThat(closed.handlers().secondLine()).isEqualTo("eng-erp");
        assertThat(closed.callback().satisfaction()).isEqualTo(5);
    }

    @Test
    void desktopSeatResolvesAPhoneRepairAtFirstLine() throws InterruptedException {
        String ticketNo = open("PHONE_REPAIR", "办公电话无拨号音", "本部 3 楼 305 室分机拿起听筒无拨号音");

        tasklist.logIn("seat-desk1");
        assertThat(tasklist.filterNames()).containsExactlyInAnyOrder("我的待办", "桌面终端坐席", "回访");
        tasklist.waitForCard("桌面终端坐席", ticketNo);
        assertThat(tasklist.cardName(ticketNo)).isEqualTo("一线受理 " + ticketNo + " 电话维修 办公电话无拨号音");
        assertThat(tasklist.cardColumns(ticketNo)).containsEntry("业务类别", "电话维修");
        tasklist.openTask(ticketNo);
        tasklist.claim();
        tasklist.choose("outcome", "已解决（一线）");
        tasklist.type("resolution", "指导客户重新插好电话线，已恢复拨号音");
        tasklist.screenshot("first-line-resolved");
        tasklist.complete();
        tasklist.waitUntilCardIsGone(ticketNo);
        tasklist.screenshot("queue-after-resolution");

        Ticket closed = tickets.get(ticketNo);
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.resolvedAt()).isEqualTo(ResolvedAt.FIRST_LINE);
        assertThat(closed.resolution()).isEqualTo("指导客户重新插好电话线，已恢复拨号音");
    }

    private void escalateAsBusinessSeat(String ticketNo) throws InterruptedException {
        tasklist.logIn("seat-biz2");
        assertThat(tasklist.filterNames()).containsExactlyInAnyOrder("我的待办", "业务应用坐席", "回访");
        tasklist.waitForCard("业务应用坐席", ticketNo);
        assertThat(tasklist.cardName(ticketNo)).isEqualTo("一线受理 " + ticketNo + " ERP 报销单无法提交");
        assertThat(tasklist.cardColumns(ticketNo))
                .containsEntry("工单号", ticketNo)
                .containsEntry("优先级", "P3")
                .containsEntry("渠道", "电话")
                .containsEntry("单位", "省公司本部")
                .containsEntry("业务类别", "ERP");
        tasklist.screenshot("seat-queue");

        tasklist.openTask(ticketNo);
        tasklist.screenshot("first-line-form");
        assertThat(tasklist.ownWords()).allSatisfy(word -> assertThat(word).containsPattern("\\p{IsHan}"));
        assertThat(tasklist.formText()).contains("一线受理", "工单信息", "客户", "工单经过", "处理结论");
        assertThat(tasklist.value("customerName")).isEqualTo("张伟");
        assertThat(tasklist.value("historyText")).contains("通过电话渠道受理：报销单无法提交", "进入一线队列");
        tasklist.claim();
        tasklist.complete();
        assertThat(tasklist.error("outcome")).isNotBlank();
        assertThat(openTaskOf(ticketNo)).isEqualTo("first-line");
        tasklist.screenshot("first-line-outcome-missing");
        tasklist.dismissNotifications();

        tasklist.choose("outcome", "派发二线工单");
        tasklist.type("resolution", "报销模块提交时报 500，需 ERP 二线排查");
        tasklist.screenshot("first-line-escalating");
        tasklist.complete();
        tasklist.waitUntilCardIsGone(ticketNo);
    }

    private void checkThatAnotherSecondLineDoesNotSeeIt(String ticketNo) throws InterruptedException {
        await(() -> "second-line".equals(openTaskOf(ticketNo)));

        tasklist.logIn("eng-network");
        assertThat(tasklist.filterNames()).containsExactlyInAnyOrder("我的待办", "二线工单");
        tasklist.openFilter("二线工单");
        assertThat(tasklist.showsCard(ticketNo)).isFalse();
        tasklist.screenshot("other-second-line");
    }

    private void fixAsErpEngineer(String ticketNo) throws InterruptedException {
        tasklist.logIn("eng-erp");
        assertThat(tasklist.filterNames()).containsExactlyInAnyOrder("我的待办", "二线工单");
        tasklist.waitForCard("二线工单", ticketNo);
        assertThat(tasklist.cardName(ticketNo)).isEqualTo("二线处理 " + ticketNo + " ERP 报销单无法提交");
        tasklist.screenshot("second-line-queue");

        tasklist.openTask(ticketNo);
        tasklist.screenshot("second-line-form");
        assertThat(tasklist.formText()).contains("二线处理", "派工单号", "一线处理说明", "工单经过");
        assertThat(tasklist.value("workOrderNo")).isEqualTo(ticketNo + "-01");
        assertThat(tasklist.value("firstLineNote")).isEqualTo("报销模块提交时报 500，需 ERP 二线排查");
        assertThat(tasklist.value("historyText")).contains("seat-biz2：一线无法解决，派发二线工单");
        tasklist.claim();
        tasklist.choose("outcome", "已处理");
        tasklist.type("resolution", "修正了报销单审批流配置，已可提交");
        tasklist.screenshot("second-line-fixing");
        tasklist.complete();
        tasklist.waitUntilCardIsGone(ticketNo);
    }

    private void callBackAsBusinessSeat(String ticketNo) throws InterruptedException {
        tasklist.logIn("seat-biz2");
        tasklist.waitForCard("回访", ticketNo);
        assertThat(tasklist.cardName(ticketNo)).isEqualTo("回访客户 " + ticketNo + " ERP 报销单无法提交");
        tasklist.screenshot("callback-queue");

        tasklist.openTask(ticketNo);
        tasklist.screenshot("callback-form");
        assertThat(tasklist.formText()).contains("客户回访", "处理结果", "已回访次数", "工单经过");
        assertThat(tasklist.value("resolution")).isEqualTo("修正了报销单审批流配置，已可提交");
        assertThat(tasklist.value("callbackAttempts")).isEqualTo("0");
        assertThat(tasklist.value("historyText")).contains("eng-erp：二线处理完成", "进入回访队列");
        tasklist.claim();
        tasklist.choose("customerReached", "已联系上");
        tasklist.choose("satisfied", "满意，结单");
        tasklist.choose("satisfaction", "5 非常满意");
        tasklist.type("comment", "客户确认报销单已提交成功");
        tasklist.screenshot("callback-filled");
        tasklist.complete();
        tasklist.waitUntilCardIsGone(ticketNo);
    }

    private String open(String category, String subject, String description) {
        TicketRequest request = new TicketRequest(
                "PHONE",
                "hq",
                category,
                "FAULT",
                "MEDIUM",
                "NORMAL",
                subject,
                description,
                new TicketRequest.CustomerRequest("张伟", "0731-85551234", "zhangwei@servicedesk.local"));
        return intake.submit(request, null, "seat-biz1").ticket().ticketNo();
    }

    private String openTaskOf(String ticketNo) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(ticketNo)
                .singleResult();
        return task == null ? null : task.getTaskDefinitionKey();
    }

    /**
     * Tickets taken out of working time wait for the next morning, so the engine's clock is set back to the last
     * working hour; it keeps ticking, and the job executor and the ticket record read the same clock.
     */
    private void duringWorkingTime() {
        Instant now = Instant.now();
        if (calendar.isWorkingTime(now)) {
            return;
        }

        Instant workingHour = lastWorkingHourBefore(now);
        ClockUtil.offset(workingHour.toEpochMilli() - now.toEpochMilli());
    }

    private Instant lastWorkingHourBefore(Instant now) {
        for (int daysBack = 1; ; daysBack++) {
            Instant morning = calendar.nextWorkingStart(now.minus(Duration.ofDays(daysBack)));
            if (morning.plus(Duration.ofHours(2)).isBefore(now)) {
                return morning.plus(Duration.ofHours(1));
            }
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s for the process").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
