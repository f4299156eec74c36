package local.servicedesk.portal;

import java.util.List;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.notification.MailNotSent;
import local.servicedesk.notification.Mailer;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketAttachments;
import local.servicedesk.ticket.TicketService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a portal form into a ticket through intake, with its access code and files, in one transaction: a
 * customer never gets a number without the code and files that belong to it. The code is mailed afterwards; a
 * mail server that is down costs only the mail, as the page shows the code anyway.
 */
@Service
class PortalSubmissions {

    /** Who opened tickets from the portal, as the ticket's record names it. */
    static final String ACTOR = "portal";

    static final String SOURCE = "PORTAL";
    static final String MAIL_SUBJECT = "您的服务请求已受理";

    private static final Logger log = LoggerFactory.getLogger(PortalSubmissions.class);

    private final IntakeService intake;
    private final AccessCodes codes;
    private final TicketAttachments attachments;
    private final TicketService tickets;
    private final Mailer mailer;
    private final PortalProperties properties;
    private final TransactionTemplate transaction;

    PortalSubmissions(
            IntakeService intake,
            AccessCodes codes,
            TicketAttachments attachments,
            TicketService tickets,
            Mailer mailer,
            PortalProperties properties,
            PlatformTransactionManager transactions) {
        this.intake = intake;
        this.codes = codes;
        this.attachments = attachments;
        this.tickets = tickets;
        this.mailer = mailer;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A ticket made from the form and its code; no code when the same form had already made the ticket. */
    record Submission(Ticket ticket, String accessCode) {

        boolean replayed() {
            return accessCode == null;
        }
    }

    /**
     * @throws local.servicedesk.intake.InvalidTicket naming the form's bad fields
     * @throws local.servicedesk.intake.IdempotencyConflict when the same form comes back changed
     */
    Submission submit(RequestForm form, List<Upload> files) {
        Submission submission = transaction.execute(status -> open(form, files));

        if (!submission.replayed()) {
            mailCode(submission.ticket(), submission.accessCode());
        }
        return submission;
    }

    private Submission open(RequestForm form, List<Upload> files) {
        IntakeService.Intake taken = intake.submit(form.toRequest(), form.idempotencyKey(), ACTOR);
        String ticketNo = taken.ticket().ticketNo();
        if (taken.replayed()) {
            log.info("Ticket {} was already made from this portal form", ticketNo);
            return new Submission(taken.ticket(), null);
        }

        String code = codes.issue(ticketNo);
        files.forEach(file -> attachments.attach(ticketNo, file.name(), file.contentType(), file.bytes(), SOURCE));
        log.info("Ticket {} submitted on the portal with {} attachment(s)", ticketNo, files.size());
        return new Submission(taken.ticket(), code);
    }

    private void mailCode(Ticket ticket, String code) {
        String email = ticket.facts().customer().email();
        if (email == null) {
            return;
        }

        try {
            mailer.send(ticket.ticketNo(), List.of(email), MAIL_SUBJECT, body(ticket, code));
            tickets.recordMailSent(ticket.ticketNo(), email, MAIL_SUBJECT);
        } catch (MailNotSent e) {
            log.warn(
                    "Ticket {}: access code not mailed, the customer saw it on the page: {}",
                    ticket.ticketNo(),
                    e.getMessage());
        }
    }

    private String body(Ticket ticket, String code) {
        String where = properties.publicUrl() == null
                ? "服务台自助服务门户的“查询工单”页面"
                : properties.publicUrl().replaceAll("/+$", "") + "/tickets";
        return """
                %s，您好：

                您通过自助服务门户提交的服务请求已受理。

                工单号：%s
                查询码：%s
                标题：%s

                凭工单号和查询码，可在 %s 查看处理进度。请妥善保管查询码，不要转告他人；服务台工作人员不会向您索要查询码。

                如需补充说明，可直接回复本邮件，回复前请删去查询码。
                """.formatted(
                        ticket.facts().customer().name(),
                        ticket.ticketNo(),
                        code,
                        ticket.facts().subject(),
                        where);
    }
}
