package local.servicedesk.mailin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import local.servicedesk.catalog.Catalog;
import local.servicedesk.notification.DeskMailProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

class MailParserTest {

    static final MailRules RULES = new MailRules(
            new MailIntakeProperties(
                    false,
                    Duration.ofSeconds(30),
                    "127.0.0.1",
                    3143,
                    false,
                    "desk@servicedesk.local",
                    "demo",
                    "INBOX",
                    "Processed",
                    "Rejected",
                    50,
                    new ClassPathResource("mail-intake.yaml")),
            new Catalog(new ClassPathResource("catalog.yaml")));

    private final MailParser parser =
            new MailParser(RULES, new DeskMailProperties(false, 0, 0, "desk@servicedesk.local", "IT 服务台"));

    @Test
    void prefersThePlainTextOfAnAlternativeAndKeepsItsInlineImage() {
        byte[] mail = RawMail.from("wang@hq.servicedesk.local")
                .subject("截图")
                .header("Content-Type: multipart/alternative; boundary=\"alt\"")
                .body("""
                        --alt
                        Content-Type: text/plain; charset=UTF-8

                        纯文本正文
                        --alt
                        Content-Type: multipart/related; boundary="rel"

                        --rel
                        Content-Type: text/html; charset=UTF-8

                        <p>网页正文</p><img src="cid:shot">
                        --rel
                        Content-Type: image/png
                        Content-ID: <shot>
                        Content-Transfer-Encoding: base64

                        iVBORw0K
                        --rel--
                        --alt--
                        """)
                .bytes();

        InboundMail parsed = parser.parse(mail);

        assertThat(parsed.text()).isEqualTo("纯文本正文");
        assertThat(parsed.attachments()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("附件1.png");
            assertThat(file.contentType()).isEqualTo("image/png");
        });
    }

    @Test
    void listsTheMailsItAnswersInReplyToFirstThenReferencesFromTheNewest() {
        byte[] mail = RawMail.from("wang@hq.servicedesk.local")
                .subject("Re: x")
                .header("In-Reply-To: <c@x>")
                .header("References: <a@x>\r\n <b@x> <c@x>")
                .text("好的")
                .bytes();

        assertThat(parser.parse(mail).references()).containsExactly("<c@x>", "<b@x>", "<a@x>");
    }

    @Test
    void keysAMailByItsMessageIdOrElseByItsDigest() {
        RawMail mail = RawMail.from("wang@hq.servicedesk.local").subject("x").text("y");

        assertThat(parser.parse(mail.bytes()).key()).isEqualTo(mail.messageId());
        assertThat(parser.parse(mail.messageId(" ").bytes()).key()).startsWith("sha256:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Auto-Submitted: auto-replied",
                "Auto-Submitted: auto-generated; owner-email=\"x@y\"",
                "X-Autoreply: yes",
                "X-Autorespond: 1",
                "Precedence: bulk",
                "Precedence: junk",
                "Precedence: list",
                "Return-Path: <>",
                "Subject: 自动回复：工单已受理",
                "Subject: Automatic reply: ERP",
                "Subject: OUT OF OFFICE",
                "Subject: Undeliverable: 已受理"
            })
    void tellsAnAutomaticMailByItsHeaders(String header) {
        byte[] mail = RawMail.from("wang@hq.servicedesk.local")
                .header(header)
                .text("I am away.")
                .bytes();

        assertThat(parser.parse(mail).automatic()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAILER-DAEMON@mx.example.test", "postmaster@example.test", "desk@servicedesk.local"})
    void tellsAnAutomaticMailByItsSender(String sender) {
        byte[] mail = RawMail.from(sender).subject("Mail delivery").text("x").bytes();

        assertThat(parser.parse(mail).automatic()).isNotNull();
    }

    @Test
    void takesAMailMarkedAsNotAutomaticAsWrittenByAPerson() {
        byte[] mail = RawMail.from("wang@hq.servicedesk.local")
                .header("Auto-Submitted: no")
                .subject("关于自动回复功能的问题")
                .text("邮箱的自动回复怎么设置？")
                .bytes();

        assertThat(parser.parse(mail).automatic()).isNull();
    }

    @Test
    void refusesAMailWithoutSender() {
        byte[] mail = "Subject: x\r\nMessage-ID: <1@x>\r\n\r\nbody\r\n".getBytes();

        assertThatThrownBy(() -> parser.parse(mail)).isInstanceOf(MalformedMail.class);
    }

    @Test
    void refusesAMultipartWithoutBoundary() {
        byte[] mail = RawMail.from("wang@hq.servicedesk.local")
                .subject("x")
                .header("Content-Type: multipart/mixed")
                .body("nothing to split\n")
                .bytes();

        assertThatThrownBy(() -> parser.parse(mail)).isInstanceOf(MalformedMail.class);
    }
}
