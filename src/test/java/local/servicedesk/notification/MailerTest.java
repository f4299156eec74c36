package local.servicedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import local.servicedesk.support.LoopbackPorts;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailerTest {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final DeskMailProperties MAIL =
            new DeskMailProperties(false, 0, 0, "desk@servicedesk.local", "IT 服务台");

    private final SentMailLog sentMails = mock(SentMailLog.class);

    @Test
    void tagsSubjectWithTicketNumber() throws Exception {
        mailer(smtp.getSmtp().getPort()).send("2026120400017", List.of("zhang@hq.local"), "故障已受理", "您好");

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("[工单#2026120400017] 故障已受理");
    }

    @Test
    void keepsChineseBodyIntact() throws Exception {
        String body = "您好，您报告的ERP登录故障已由二线工程师处理完毕。\n如仍有问题请直接回复本邮件。";

        mailer(smtp.getSmtp().getPort()).send("2026120400018", List.of("li@hq.local"), "处理完毕", body);

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(body);
    }

    @Test
    void marksMailAsAutomaticFromTheDesk() throws Exception {
        mailer(smtp.getSmtp().getPort()).send("2026120400019", List.of("wang@changsha.local"), "回访", "内容");

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received.getFrom()).containsExactly(new InternetAddress("desk@servicedesk.local"));
    }

    @Test
    void returnsTheMessageIdThatCarriesTheTicketNumber() throws Exception {
        String messageId =
                mailer(smtp.getSmtp().getPort()).send("2026120400020", List.of("zhao@hq.local"), "已派单", "内容");

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(messageId);
        assertThat(messageId).startsWith("<ticket-2026120400020-").endsWith("@servicedesk.local>");
    }

    @Test
    void sendsOneMailToEveryRecipient() throws Exception {
        mailer(smtp.getSmtp().getPort()).send("2026120400021", List.of("a@hq.local", "b@hq.local"), "重要事件", "P1");

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(GreenMailUtil.getAddressList(smtp.getReceivedMessages()[0].getAllRecipients()))
                .contains("a@hq.local", "b@hq.local");
    }

    @Test
    void throwsWhenTheMailServerIsUnreachable() {
        int closedPort = LoopbackPorts.free(1)[0];

        assertThatThrownBy(() -> mailer(closedPort).send("2026120400022", List.of("a@hq.local"), "主题", "内容"))
                .isInstanceOf(MailNotSent.class)
                .hasMessageContaining("2026120400022");
    }

    @Test
    void sendsAndRecordsAMailWhoseKeyIsNew() throws Exception {
        given(sentMails.messageIdOf("job:1")).willReturn(Optional.empty());

        Mailer.Delivery delivery =
                mailer(smtp.getSmtp().getPort()).sendOnce("job:1", "2026120400024", List.of("a@hq.local"), "已解决", "内容");

        assertThat(delivery.sentNow()).isTrue();
        assertThat(smtp.getReceivedMessages())
                .singleElement()
                .satisfies(received -> assertThat(received.getMessageID()).isEqualTo(delivery.messageId()));
        then(sentMails)
                .should()
                .record("job:1", "2026120400024", delivery.messageId(), "a@hq.local", "[工单#2026120400024] 已解决");
    }

    @Test
    void sendsNothingAgainUnderAKeyThatWasSentBefore() {
        given(sentMails.messageIdOf("job:2")).willReturn(Optional.of("<ticket-2026120400025-x@servicedesk.local>"));

        Mailer.Delivery delivery =
                mailer(smtp.getSmtp().getPort()).sendOnce("job:2", "2026120400025", List.of("a@hq.local"), "已解决", "内容");

        assertThat(delivery.sentNow()).isFalse();
        assertThat(delivery.messageId()).isEqualTo("<ticket-2026120400025-x@servicedesk.local>");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesMailWithoutRecipients() {
        assertThatThrownBy(() -> mailer(smtp.getSmtp().getPort()).send("2026120400023", List.of(), "主题", "内容"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Mailer mailer(int smtpPort) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        sender.setDefaultEncoding("UTF-8");
        return new Mailer(sender, MAIL, mock(IdentityService.class), sentMails);
    }
}
