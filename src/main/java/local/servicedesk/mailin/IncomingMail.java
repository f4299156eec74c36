package local.servicedesk.mailin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.notification.Mailer;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketAttachments;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Does what one mail asks: a new ticket, a customer's reply on their ticket, or nothing for an automatic mail.
 * Handling a mail again does no harm, so a mail whose handling failed halfway stays in the mailbox and is simply
 * read again: the mail log, intake's idempotency key (the Message-ID) and the acknowledgement's delivery key each
 * make a repeated step a no-op.
 */
@Component
class IncomingMail {

    static final String CHANNEL = "EMAIL";
    static final String FULL_TEXT_NAME = "邮件正文.txt";

    private static final Logger log = LoggerFactory.getLogger(IncomingMail.class);
    private static final int SUBJECT_MAX = 200;
    private static final int DESCRIPTION_MAX = 4000;
    private static final int NAME_MAX = 100;
    private static final int IDEMPOTENCY_KEY_MAX = 128;

    /** What a mail became. */
    enum Outcome {
        TICKET,
        REPLY,
        AUTOMATIC,
        DUPLICATE
    }

    private final MailParser parser;
    private final MailRules rules;
    private final Replies replies;
    private final ReceivedMailLog received;
    private final IntakeService intake;
    private final TicketService tickets;
    private final TicketAttachments attachments;
    private final Mailer mailer;
    private final TransactionTemplate transaction;

    IncomingMail(
            MailParser parser,
            MailRules rules,
            Replies replies,
            ReceivedMailLog received,
            IntakeService intake,
            TicketService tickets,
            TicketAttachments attachments,
            Mailer mailer,
            PlatformTransactionManager transactions) {
        this.parser = parser;
        this.rules = rules;
        this.replies = replies;
        this.received = received;
        this.intake = intake;
        this.tickets = tickets;
        this.attachments = attachments;
        this.mailer = mailer;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @throws MalformedMail when the mail cannot be read
     * @throws local.servicedesk.notification.MailNotSent when the acknowledgement could not be sent: the ticket
     *     exists, and handling the mail again sends it
     */
    Outcome handle(byte[] raw) {
        InboundMail mail = parser.parse(raw);
        if (mail.isAutomatic()) {
            log.info(
                    "Mail {} from {} is automatic ({}): no ticket, no answer",
                    mail.key(),
                    mail.sender(),
                    mail.automatic());
            return Outcome.AUTOMATIC;
        }
        var earlier = received.find(mail.key());
        if (earlier.isPresent()) {
            return handledBefore(mail, earlier.get());
        }

        Optional<Ticket> answered = replies.ticketAnswered(mail);
        if (answered.isPresent() && answered.get().status() != TicketStatus.CLOSED) {
            join(answered.get(), mail);
            return Outcome.REPLY;
        }
        Ticket ticket = open(mail, answered);
        acknowledge(ticket);
        return Outcome.TICKET;
    }

    private Outcome handledBefore(InboundMail mail, ReceivedMailLog.Entry earlier) {
        log.info("Mail {} was handled before, on ticket {}", mail.key(), earlier.ticketNo());
        if (earlier.disposition() == ReceivedMailLog.Disposition.NEW_TICKET) {
            // the acknowledgement may be what failed last time; if it went out, its delivery key stops a second one
            acknowledge(tickets.get(earlier.ticketNo()));
        }
        return Outcome.DUPLICATE;
    }

    /** A customer's reply joins the timeline of their open ticket, with its files. */
    private void join(Ticket ticket, InboundMail mail) {
        List<String> notes = new ArrayList<>();
        List<InboundMail.Attachment> files = keptFiles(mail, notes);
        String text = "客户来信「%s」：\n%s%s"
                .formatted(mail.subject(), MailBody.withoutQuotedHistory(mail.text()), notesText(notes));
        if (text.length() > TicketService.TIMELINE_TEXT_MAX) {
            files.add(fullText(mail));
        }

        transaction.executeWithoutResult(status -> {
            tickets.recordMailReceived(ticket.ticketNo(), mail.sender(), text);
            attach(ticket.ticketNo(), files);
            received.record(mail.key(), ticket.ticketNo(), ReceivedMailLog.Disposition.REPLY, mail.sender());
        });
        log.info("Mail {} from {} joined ticket {}", mail.key(), mail.sender(), ticket.ticketNo());
    }

    /** A new ticket, through the one intake; a customer writing on a closed ticket gets a new one too. */
    private Ticket open(InboundMail mail, Optional<Ticket> closed) {
        List<String> notes = new ArrayList<>();
        List<InboundMail.Attachment> files = keptFiles(mail, notes);
        String description = description(mail, closed, notes, files);
        TicketRequest request = request(mail, description);

        Ticket ticket = transaction.execute(status -> {
            Ticket opened = intake.submit(request, idempotencyKey(mail), TicketService.SYSTEM)
                    .ticket();
            attach(opened.ticketNo(), files);
            closed.ifPresent(old -> tickets.recordMailReceived(
                    old.ticketNo(),
                    mail.sender(),
                    "工单关闭后客户来信「%s」，已受理为新工单 %s".formatted(mail.subject(), opened.ticketNo())));
            received.record(mail.key(), opened.ticketNo(), ReceivedMailLog.Disposition.NEW_TICKET, mail.sender());
            return opened;
        });
        log.info("Mail {} from {} opened ticket {}", mail.key(), mail.sender(), ticket.ticketNo());
        return ticket;
    }

    private TicketRequest request(InboundMail mail, String description) {
        String subject = mail.subject().isBlank() ? "（无主题）" : cut(mail.subject(), SUBJECT_MAX);
        return new TicketRequest(
                CHANNEL,
                rules.companyOf(mail.sender()),
                rules.categoryOf(mail.subject(), mail.text()),
                rules.type(),
                rules.impact(),
                rules.urgency(),
                subject,
                description,
                new TicketRequest.CustomerRequest(cut(mail.senderName(), NAME_MAX), null, mail.sender()));
    }

    private static String description(
            InboundMail mail, Optional<Ticket> closed, List<String> notes, List<InboundMail.Attachment> files) {
        String prefix = closed.map(old -> "（客户回复已关闭的工单 %s）\n\n".formatted(old.ticketNo()))
                .orElse("");
        String description = prefix + mail.text() + notesText(notes);
        if (description.length() > DESCRIPTION_MAX) {
            String cutNote = "……\n（正文过长，全文见附件「%s」）".formatted(FULL_TEXT_NAME);
            description = description.substring(0, DESCRIPTION_MAX - cutNote.length()) + cutNote;
            files.add(fullText(mail));
        }
        return description.isBlank() ? null : description;
    }

    /** The mail's files that the desk can keep; a note for each that it cannot. */
    private static List<InboundMail.Attachment> keptFiles(InboundMail mail, List<String> notes) {
        List<InboundMail.Attachment> kept = new ArrayList<>();
        for (InboundMail.Attachment file : mail.attachments()) {
            if (file.bytes().length > TicketAttachments.MAX_BYTES) {
                log.warn("Mail {}: attachment {} is too large to keep", mail.key(), file.name());
                notes.add("（附件「%s」超过 %d MB，未能保存）".formatted(file.name(), TicketAttachments.MAX_BYTES >> 20));
            } else {
                kept.add(file);
            }
        }
        return kept;
    }

    private static InboundMail.Attachment fullText(InboundMail mail) {
        return new InboundMail.Attachment(
                FULL_TEXT_NAME, "text/plain;charset=UTF-8", mail.text().getBytes(StandardCharsets.UTF_8));
    }

    private void attach(String ticketNo, List<InboundMail.Attachment> files) {
        files.forEach(file -> attachments.attach(ticketNo, file.name(), file.contentType(), file.bytes(), CHANNEL));
    }

    /**
     * Mail that opened a ticket is answered with its number. Not when the ticket waits for working time: the
     * process acknowledges those itself, naming the hour the seats start, and one acknowledgement is enough.
     */
    private void acknowledge(Ticket ticket) {
        if (ticket.steps().deferredAt() != null) {
            return;
        }
        String customer = ticket.facts().customer().email();
        String subject = MailAcknowledgement.subject(ticket);

        Mailer.Delivery delivery = mailer.sendOnce(
                "ack:" + ticket.ticketNo(),
                ticket.ticketNo(),
                List.of(customer),
                subject,
                MailAcknowledgement.body(ticket));
        if (delivery.sentNow()) {
            tickets.recordMailSent(ticket.ticketNo(), customer, subject);
        }
    }

    private static String idempotencyKey(InboundMail mail) {
        String key = "email:" + mail.key();
        return key.length() <= IDEMPOTENCY_KEY_MAX
                ? key
                : "email:sha256:" + MailParser.sha256(mail.key().getBytes(StandardCharsets.UTF_8));
    }

    private static String notesText(List<String> notes) {
        return notes.isEmpty() ? "" : "\n\n" + String.join("\n", notes);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
