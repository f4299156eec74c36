package local.servicedesk.mailin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.support.LoopbackPorts;
import local.servicedesk.support.TestDesk;
import local.servicedesk.ticket.Attachment;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketAttachments;
import local.servicedesk.ticket.TicketQuery;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketStatus;
import local.servicedesk.ticket.TicketView;
import local.servicedesk.ticket.TimelineEntry;
import local.servicedesk.ticket.TimelineKind;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail intake over real SMTP and IMAP, against the desk's embedded mail server. */
@DeskIntegrationTest(
        properties = {
            "desk.mail.intake.polling=false",
            "desk.demo.enabled=false",
            "camunda.bpm.job-execution.enabled=false"
        })
class MailIntakeIT {

    /** Tuesday 8 December 2026, 10:00 in Beijing: the seats are working. */
    static final Instant WORKING_TIME = Instant.parse("2026-12-08T02:00:00Z");

    /** Saturday 12 December 2026, 22:00 in Beijing. */
    static final Instant SATURDAY_NIGHT = Instant.parse("2026-12-12T14:00:00Z");

    static final String DESK = "desk@servicedesk.local";
    static final Charset GBK = Charset.forName("GBK");

    @Autowired
    MailIntake intake;

    @Autowired
    TicketService tickets;

    @Autowired
    TicketAttachments attachments;

    @Autowired
    GreenMail mailServer;

    @Autowired
    TestDesk desk;

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @BeforeEach
    void duringWorkingTime() {
        ClockUtil.setCurrentTime(Date.from(WORKING_TIME));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void opensATicketForANewMailAndAcknowledgesItWithTheTicketTag() throws Exception {
        String customer = customer("changsha");
        send(RawMail.from("张伟 <" + customer + ">").subject("ERP 报销单无法提交").text("提交报销单时提示系统错误。"));

        MailIntake.Reading reading = intake.poll();

        assertThat(reading.tickets()).isEqualTo(1);
        Ticket ticket = onlyTicketOf(customer);
        assertThat(ticket.facts().channel()).isEqualTo("EMAIL");
        assertThat(ticket.facts().company()).isEqualTo("changsha");
        assertThat(ticket.facts().category()).isEqualTo("ERP");
        assertThat(ticket.facts().subject()).isEqualTo("ERP 报销单无法提交");
        assertThat(ticket.facts().description()).isEqualTo("提交报销单时提示系统错误。");
        assertThat(ticket.facts().customer().name()).isEqualTo("张伟");
        MimeMessage ack = onlyMailTo(customer);
        assertThat(ack.getSubject()).startsWith("[工单#" + ticket.ticketNo() + "] ");
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(ack.getMessageID()).contains(ticket.ticketNo());
        assertThat(folderSize("INBOX")).isZero();
    }

    @Test
    void leavesTheAcknowledgementOfAMailOutOfHoursToTheProcessSoTheCustomerGetsOne() throws Exception {
        ClockUtil.setCurrentTime(Date.from(SATURDAY_NIGHT));
        String customer = customer("hq");
        send(RawMail.from(customer).subject("ERP 凭证打印").text("周一处理即可。"));

        intake.poll();
        Ticket ticket = onlyTicketOf(customer);
        List<MimeMessage> beforeTheProcessStep = mailsTo(customer);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(ticket.processInstanceId())
                .singleResult()
                .getId());

        assertThat(ticket.status()).isEqualTo(TicketStatus.DEFERRED);
        assertThat(beforeTheProcessStep).isEmpty();
        assertThat(onlyMailTo(customer).getSubject()).startsWith("[工单#" + ticket.ticketNo() + "] 已受理");
    }

    @Test
    void givesAnUnknownDomainToHeadquartersAndTheDefaultCategory() {
        String customer = "li.na." + UUID.randomUUID() + "@example.test";
        send(RawMail.from(customer).subject("Question").text("请问如何修改密码？"));

        intake.poll();

        Ticket ticket = onlyTicketOf(customer);
        assertThat(ticket.facts().company()).isEqualTo("hq");
        assertThat(ticket.facts().category()).isEqualTo("OTHER_APP");
        assertThat(ticket.facts().customer().name()).startsWith("li.na.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Re: %s 已受理",
                "RE：%s 已受理",
                "回复：%s 已受理",
                "回复: 回复: %s 已受理",
                "答复: %s 已受理",
                "转发：%s 已受理",
                "Fw: %s 已受理",
                "FW：%s 已受理",
                "%s"
            })
    void joinsAReplyToItsTicketByTheSubjectTagWhateverItsPrefix(String subjectForm) {
        String customer = customer("zhuzhou");
        Ticket ticket = ticketByMail(customer);
        String subject = subjectForm.formatted("[工单#" + ticket.ticketNo() + "]");

        send(RawMail.from(customer).subject(subject).text("补充一下：是在提交时报错。"));
        MailIntake.Reading reading = intake.poll();

        assertThat(reading.replies()).isEqualTo(1);
        assertThat(ticketsOf(customer)).hasSize(1);
        assertThat(mailIn(ticket.ticketNo()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message()).contains("补充一下：是在提交时报错。"));
        assertThat(mailsTo(customer)).hasSize(1);
    }

    @Test
    void joinsAReplyToItsTicketByInReplyToWithoutATagInTheSubject() throws Exception {
        String customer = customer("xiangtan");
        Ticket ticket = ticketByMail(customer);
        String ackId = onlyMailTo(customer).getMessageID();

        send(RawMail.from(customer)
                .subject("Re: 您好")
                .header("In-Reply-To: " + ackId)
                .text("已经可以了，谢谢。\n\n-----原始邮件-----\n发件人: desk@servicedesk.local\n已受理"));
        intake.poll();

        assertThat(ticketsOf(customer)).hasSize(1);
        assertThat(mailIn(ticket.ticketNo())).singleElement().satisfies(entry -> {
            assertThat(entry.message()).contains("已经可以了，谢谢。");
            assertThat(entry.message()).doesNotContain("原始邮件");
        });
    }

    @Test
    void joinsAReplyToItsTicketByReferences() throws Exception {
        String customer = customer("hengyang");
        Ticket ticket = ticketByMail(customer);
        String ackId = onlyMailTo(customer).getMessageID();

        send(RawMail.from(customer)
                .subject("新的情况")
                .header("References: <earlier@client.test> " + ackId)
                .text("打印机又卡纸了。"));
        intake.poll();

        assertThat(ticketsOf(customer)).hasSize(1);
        assertThat(mailIn(ticket.ticketNo())).hasSize(1);
    }

    @Test
    void keepsTheFilesOfAReplyOnItsTicket() {
        String customer = customer("yueyang");
        Ticket ticket = ticketByMail(customer);
        byte[] screenshot = "截图内容".getBytes(StandardCharsets.UTF_8);

        send(withAttachment(
                RawMail.from(customer).subject("Re: [工单#" + ticket.ticketNo() + "]"),
                "补充截图",
                "attachment; filename*=UTF-8''" + percent("报错截图.png"),
                screenshot));
        intake.poll();

        assertThat(attachments.list(ticket.ticketNo())).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("报错截图.png");
            assertThat(file.sha256()).isEqualTo(sha256(screenshot));
        });
    }

    @Test
    void opensANewTicketForACustomerWhoWritesOnTheirClosedTicket() {
        String customer = customer("zhangjiajie");
        Ticket closed = ticketByMail(customer);
        String task = tasks.createTaskQuery()
                .processInstanceBusinessKey(closed.ticketNo())
                .singleResult()
                .getId();
        tasks.complete(task, Map.of("outcome", "RESOLVED", "resolution", "已清理浏览器缓存"));

        send(RawMail.from(customer)
                .subject("回复：[工单#" + closed.ticketNo() + "] 已解决")
                .text("问题又出现了。"));
        MailIntake.Reading reading = intake.poll();

        assertThat(reading.tickets()).isEqualTo(1);
        Ticket reopened = ticketsOf(customer).get(0);
        assertThat(reopened.ticketNo()).isNotEqualTo(closed.ticketNo());
        assertThat(reopened.facts().description()).contains(closed.ticketNo()).contains("问题又出现了。");
        assertThat(mailIn(closed.ticketNo()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message()).contains(reopened.ticketNo()));
    }

    @Test
    void opensANewTicketForAStrangerWhoQuotesAnotherCustomersTicket() {
        String customer = customer("changde");
        String stranger = customer("changde");
        Ticket ticket = ticketByMail(customer);

        send(RawMail.from(stranger)
                .subject("回复：[工单#" + ticket.ticketNo() + "] 已受理")
                .text("我这边也一样。"));
        MailIntake.Reading reading = intake.poll();

        assertThat(reading.tickets()).isEqualTo(1);
        assertThat(mailIn(ticket.ticketNo())).isEmpty();
        assertThat(ticketsOf(stranger))
                .singleElement()
                .satisfies(other -> assertThat(other.ticketNo()).isNotEqualTo(ticket.ticketNo()));
        assertThat(mailsTo(stranger)).hasSize(1);
    }

    @Test
    void neitherABounceNorAnOutOfOfficeReplyOpensJoinsOrAnswers() throws Exception {
        String customer = customer("yiyang");
        Ticket ticket = ticketByMail(customer);
        String ackId = onlyMailTo(customer).getMessageID();
        int mailsBefore = mailServer.getReceivedMessages().length;

        send(bounce(ackId, ticket.ticketNo()));
        send(RawMail.from(customer)
                .subject("自动回复: [工单#" + ticket.ticketNo() + "] 已受理")
                .header("Auto-Submitted: auto-replied")
                .header("In-Reply-To: " + ackId)
                .text("我正在休假，12 月 20 日返回。"));
        send(RawMail.from(customer)
                .subject("Out of Office: [工单#" + ticket.ticketNo() + "]")
                .header("X-Autoreply: yes")
                .text("I am away."));
        MailIntake.Reading reading = intake.poll();

        assertThat(reading.automatic()).isEqualTo(3);
        assertThat(ticketsOf(customer)).hasSize(1);
        assertThat(mailIn(ticket.ticketNo())).isEmpty();
        assertThat(tickets.get(ticket.ticketNo()).status()).isEqualTo(ticket.status());
        assertThat(mailServer.getReceivedMessages()).hasSize(mailsBefore + 3);
        assertThat(folderSize("INBOX")).isZero();
    }

    @Test
    void keepsGbkCharactersUnderAGb2312LabelAndASubjectSplitInsideACharacter() {
        String customer = customer("chenzhou");
        byte[] subject = "镕喆的电脑蓝屏".getBytes(StandardCharsets.UTF_8);
        String split = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(Arrays.copyOfRange(subject, 0, 5)) + "?=\r\n"
                + " =?UTF-8?B?" + Base64.getEncoder().encodeToString(Arrays.copyOfRange(subject, 5, subject.length))
                + "?=";

        send(RawMail.from("=?GB2312?B?" + base64("朱镕喆".getBytes(GBK)) + "?= <" + customer + ">")
                .header("Subject: " + split)
                .text("王喆的电脑开机蓝屏，请朱镕协助。", "gb2312", GBK));
        intake.poll();

        Ticket ticket = onlyTicketOf(customer);
        assertThat(ticket.facts().subject()).isEqualTo("镕喆的电脑蓝屏");
        assertThat(ticket.facts().description()).isEqualTo("王喆的电脑开机蓝屏，请朱镕协助。");
        assertThat(ticket.facts().customer().name()).isEqualTo("朱镕喆");
        assertThat(ticket.facts().category()).isEqualTo("DESKTOP");
    }

    @Test
    void keepsAttachmentsWithChineseNamesByteForByte() {
        String customer = customer("yongzhou");
        byte[] report = new byte[3000];
        new Random(7).nextBytes(report);
        byte[] sheet = "表格内容，喆".getBytes(GBK);

        send(RawMail.from(customer)
                .subject("VPN 连不上")
                .header("Content-Type: multipart/mixed; boundary=\"b1\"")
                .body("""
                        --b1
                        Content-Type: text/plain; charset=UTF-8

                        见附件。
                        --b1
                        Content-Type: application/pdf
                        Content-Disposition: attachment; filename*0*=UTF-8''%s; filename*1*=%s
                        Content-Transfer-Encoding: base64

                        %s--b1
                        Content-Type: application/vnd.ms-excel; name="=?GB2312?B?%s?="
                        Content-Disposition: attachment; filename="=?GB2312?B?%s?="
                        Content-Transfer-Encoding: base64

                        %s--b1--
                        """.formatted(
                                percent("网络诊"),
                                percent("断报告.pdf"),
                                RawMail.base64(report),
                                base64("镕喆名单.xls".getBytes(GBK)),
                                base64("镕喆名单.xls".getBytes(GBK)),
                                RawMail.base64(sheet))));
        intake.poll();

        Ticket ticket = onlyTicketOf(customer);
        assertThat(ticket.facts().category()).isEqualTo("NETWORK");
        List<Attachment> files = attachments.list(ticket.ticketNo());
        assertThat(files).extracting(Attachment::name).containsExactly("网络诊断报告.pdf", "镕喆名单.xls");
        assertThat(files).extracting(Attachment::sha256).containsExactly(sha256(report), sha256(sheet));
        assertThat(content(ticket, files.get(0))).isEqualTo(report);
        assertThat(content(ticket, files.get(1))).isEqualTo(sheet);
    }

    @Test
    void readsTheTextOfAnHtmlOnlyMail() {
        String customer = customer("huaihua");

        send(RawMail.from(customer)
                .subject("OA 无法登录")
                .header("Content-Type: text/html; charset=GBK")
                .header("Content-Transfer-Encoding: base64")
                .body(RawMail.base64("""
                        <html><head><style>p{color:red}</style></head><body>
                        <p>您好：</p><div>OA&nbsp;登录后<b>白屏</b>。<br>浏览器：Edge</div>
                        </body></html>""".getBytes(GBK))));
        intake.poll();

        Ticket ticket = onlyTicketOf(customer);
        assertThat(ticket.facts().description()).isEqualTo("您好：\nOA 登录后白屏。\n浏览器：Edge");
        assertThat(ticket.facts().category()).isEqualTo("OA");
    }

    @Test
    void opensOneTicketAndSendsOneAcknowledgementForAMailReadTwice() {
        String customer = customer("loudi");
        RawMail mail = RawMail.from(customer).subject("电话故障").text("座机没有拨号音。");

        send(mail);
        intake.poll();
        send(mail);
        MailIntake.Reading second = intake.poll();

        assertThat(second.handledBefore()).isEqualTo(1);
        assertThat(ticketsOf(customer)).hasSize(1);
        assertThat(mailsTo(customer)).hasSize(1);
    }

    @Test
    void setsAMalformedMailAsideAndReadsTheMailsBehindIt() throws Exception {
        String before = customer("xiangxi");
        String after = customer("xiangxi");

        send(RawMail.from(before).subject("第一封").text("正常邮件"));
        send(RawMail.from(customer("xiangxi"))
                .subject("坏邮件")
                .header("Content-Type: multipart/mixed")
                .body("no boundary anywhere\n"));
        send(RawMail.from(after).subject("第三封").text("正常邮件"));
        MailIntake.Reading reading = intake.poll();

        assertThat(reading.tickets()).isEqualTo(2);
        assertThat(reading.rejected()).isEqualTo(1);
        assertThat(ticketsOf(before)).hasSize(1);
        assertThat(ticketsOf(after)).hasSize(1);
        assertThat(folderSize("Rejected")).isEqualTo(1);
        assertThat(folderSize("INBOX")).isZero();
    }

    @Test
    void keepsAMailWhoseAcknowledgementFailedAndAcknowledgesItOnceTheMailServerTakesMailAgain() throws Exception {
        String customer = customer("shaoyang");
        int smtpPort = sender.getPort();
        send(RawMail.from(customer).subject("门户打不开").text("门户首页一直转圈。"));

        sender.setPort(LoopbackPorts.free(1)[0]);
        MailIntake.Reading whileDown;
        try {
            whileDown = intake.poll();
        } finally {
            sender.setPort(smtpPort);
        }
        MailIntake.Reading afterwards = intake.poll();

        assertThat(whileDown.postponed()).isEqualTo(1);
        assertThat(afterwards.handledBefore()).isEqualTo(1);
        Ticket ticket = onlyTicketOf(customer);
        assertThat(onlyMailTo(customer).getSubject()).startsWith("[工单#" + ticket.ticketNo() + "]");
        assertThat(folderSize("INBOX")).isZero();
    }

    private Ticket ticketByMail(String customer) {
        send(RawMail.from(customer).subject("报销单无法提交").text("提交时报错。"));
        intake.poll();
        return onlyTicketOf(customer);
    }

    private static RawMail bounce(String ackId, String ticketNo) {
        return RawMail.from("MAILER-DAEMON@mail.example.test")
                .subject("Undelivered Mail Returned to Sender")
                .header("Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"")
                .header("In-Reply-To: " + ackId)
                .body("""
                        --r
                        Content-Type: text/plain

                        The mail about ticket %s could not be delivered.
                        --r
                        Content-Type: message/delivery-status

                        Reporting-MTA: dns; mail.example.test
                        Final-Recipient: rfc822; nobody@example.test
                        Action: failed
                        Status: 5.1.1
                        --r--
                        """.formatted(ticketNo));
    }

    private static RawMail withAttachment(RawMail mail, String text, String disposition, byte[] bytes) {
        return mail.header("Content-Type: multipart/mixed; boundary=\"a\"")
                .body("""
                --a
                Content-Type: text/plain; charset=UTF-8

                %s
                --a
                Content-Type: image/png
                Content-Disposition: %s
                Content-Transfer-Encoding: base64

                %s--a--
                """.formatted(text, disposition, RawMail.base64(bytes)));
    }

    private void send(RawMail mail) {
        RawSmtp.send(desk.smtpPort(), "sender@client.test", DESK, mail.bytes());
    }

    private List<Ticket> ticketsOf(String customer) {
        return tickets.search(new TicketQuery("EMAIL", null, customer, null, 0, 100)).items().stream()
                .map(TicketView::ticketNo)
                .map(tickets::get)
                .toList();
    }

    private Ticket onlyTicketOf(String customer) {
        List<Ticket> found = ticketsOf(customer);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<TimelineEntry> mailIn(String ticketNo) {
        return tickets.timeline(ticketNo).stream()
                .filter(entry -> entry.kind() == TimelineKind.MAIL_IN)
                .toList();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .toList();
    }

    private MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
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

    private int folderSize(String name) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", desk.imapPort(), DESK, "demo");
        try {
            Folder folder = store.getFolder(name);
            return folder.exists() ? folder.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }

    private byte[] content(Ticket ticket, Attachment file) {
        return attachments.content(ticket.ticketNo(), file.id()).orElseThrow().bytes();
    }

    private static String customer(String company) {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@" + company + ".servicedesk.local";
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String percent(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b));
        }
        return out.toString();
    }

    private static String sha256(byte[] bytes) {
        return MailParser.sha256(bytes);
    }
}
