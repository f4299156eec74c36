package local.servicedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketStatus;
import local.servicedesk.ticket.TimelineKind;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The process's mail steps: a mail server outage delays a mail, never a user's action, and never doubles it. */
@DeskIntegrationTest(
        properties = {
            "camunda.bpm.job-execution.enabled=false",
            "desk.mail.intake.polling=false",
            "desk.demo.enabled=false"
        })
class MailStepRetryIT {

    /** Tuesday 8 December 2026, 10:00 in Beijing: the seats are working. */
    static final Instant WORKING_TIME = Instant.parse("2026-12-08T02:00:00Z");

    @Autowired
    IntakeService intake;

    @MockitoSpyBean
    TicketService tickets;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    GreenMail mailServer;

    @BeforeEach
    void duringWorkingTime() {
        ClockUtil.setCurrentTime(Date.from(WORKING_TIME));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void resolvesWhileTheMailServerIsDownAndMailsTheCustomerOnceItIsBack() {
        String customer = customer();
        Ticket ticket = ticketOf(customer);

        mailServer.stop();
        Job failed;
        try {
            resolveAtFirstLine(ticket);
            assertThat(tickets.get(ticket.ticketNo()).status()).isEqualTo(TicketStatus.CLOSED);
            Job job = mailJob(ticket);
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining(ticket.ticketNo());
            failed = mailJob(ticket);
        } finally {
            mailServer.start();
        }
        management.executeJob(failed.getId());

        assertThat(failed.getExceptionMessage()).contains(ticket.ticketNo());
        assertThat(failed.getDuedate()).isAfter(Date.from(WORKING_TIME));
        assertThat(mailsTo(customer))
                .singleElement()
                .satisfies(
                        mail -> assertThat(mail.getSubject()).isEqualTo("[工单#" + ticket.ticketNo() + "] 已解决：密码过期无法登录"));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(ticket.ticketNo())
                        .count())
                .isZero();
        assertThat(mailsOut(ticket)).isEqualTo(1);
    }

    @Test
    void sendsNoSecondMailWhenTheStepFailsAfterItsMailWentOut() {
        String customer = customer();
        Ticket ticket = ticketOf(customer);
        doThrow(new IllegalStateException("database away for a moment"))
                .doCallRealMethod()
                .when(tickets)
                .recordMailSent(eq(ticket.ticketNo()), any(), any());

        resolveAtFirstLine(ticket);
        Job job = mailJob(ticket);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("database away");
        management.executeJob(job.getId());

        assertThat(mailsTo(customer)).hasSize(1);
        assertThat(mailsOut(ticket)).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(ticket.ticketNo())
                        .count())
                .isZero();
    }

    private Ticket ticketOf(String customer) {
        TicketRequest request = new TicketRequest(
                "EMAIL",
                "hq",
                "OA",
                "FAULT",
                "LOW",
                "NORMAL",
                "密码过期无法登录",
                null,
                new TicketRequest.CustomerRequest("周敏", null, customer));
        return intake.submit(request, null, "seat-biz1").ticket();
    }

    private void resolveAtFirstLine(Ticket ticket) {
        String task = tasks.createTaskQuery()
                .processInstanceBusinessKey(ticket.ticketNo())
                .singleResult()
                .getId();
        tasks.complete(task, Map.of("outcome", "RESOLVED", "resolution", "已重置密码"));
    }

    private Job mailJob(Ticket ticket) {
        return management
                .createJobQuery()
                .processInstanceId(
                        ticket.processInstanceId() == null
                                ? tickets.get(ticket.ticketNo()).processInstanceId()
                                : ticket.processInstanceId())
                .singleResult();
    }

    private long mailsOut(Ticket ticket) {
        return tickets.timeline(ticket.ticketNo()).stream()
                .filter(entry -> entry.kind() == TimelineKind.MAIL_OUT)
                .count();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null
                    ? List.of()
                    : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String customer() {
        return "zhoumin-" + UUID.randomUUID().toString().substring(0, 8) + "@hq.servicedesk.local";
    }
}
