package local.servicedesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the desk's mail about a ticket: from the desk's address, the subject tagged {@code [工单#<ticketNo>]},
 * plain UTF-8 text, marked as automatic (RFC 3834) so that mail clients do not answer it with out-of-office
 * notes, and with a Message-ID that carries the ticket number so a reply can be matched to its ticket.
 */
@Service
public class Mailer {

    /** The header that marks the desk's mail as sent by a machine (RFC 3834). */
    public static final String AUTO_SUBMITTED = "Auto-Submitted";

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender mailSender;
    private final DeskMailProperties mail;
    private final IdentityService identityService;
    private final SentMailLog sentMails;

    Mailer(JavaMailSender mailSender, DeskMailProperties mail, IdentityService identityService, SentMailLog sentMails) {
        this.mailSender = mailSender;
        this.mail = mail;
        this.identityService = identityService;
        this.sentMails = sentMails;
    }

    /**
     * What {@link #sendOnce} did.
     *
     * @param messageId the Message-ID of the mail, sent now or before
     * @param sentNow   false when a mail with the same key had gone out before and nothing was sent
     */
    public record Delivery(String messageId, boolean sentNow) {}

    /** The subject as the desk sends it: {@code [工单#2026120400017] } and the given subject. */
    public static String taggedSubject(String ticketNo, String subject) {
        return "[工单#" + ticketNo + "] " + subject;
    }

    /**
     * Sends one mail about a ticket to the given addresses.
     *
     * @return the Message-ID of the mail, angle brackets included, e.g.
     *     {@code <ticket-2026120400017-0f1e...@servicedesk.local>}
     * @throws MailNotSent when the mail server does not take the mail
     * @throws IllegalArgumentException without a ticket number or a recipient
     */
    public String send(String ticketNo, Collection<String> to, String subject, String body) {
        if (ticketNo == null || ticketNo.isBlank() || to == null || to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs a ticket number and at least one recipient");
        }

        String messageId = "<ticket-" + ticketNo + "-" + UUID.randomUUID() + "@" + mail.deskDomain() + ">";
        try {
            mailSender.send(compose(messageId, ticketNo, to, subject, body));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            throw new MailNotSent(ticketNo, e);
        }

        log.info("Mail {} on ticket {} sent to {} recipient(s)", messageId, ticketNo, to.size());
        return messageId;
    }

    /**
     * Sends one mail about a ticket unless a mail with the same delivery key went out before. A step that is
     * retried after its mail was sent (its transaction failed later) passes the same key and sends nothing again.
     * The key names the delivery, not the attempt: a process job's id, or {@code ack:<ticketNo>}.
     *
     * <p>A crash between the mail server's answer and the record of the mail may still send a mail twice: the mail
     * server and the database share no transaction.
     *
     * @throws MailNotSent when the mail server does not take the mail
     */
    public Delivery sendOnce(String key, String ticketNo, Collection<String> to, String subject, String body) {
        var earlier = sentMails.messageIdOf(key);
        if (earlier.isPresent()) {
            log.info("Mail {} on ticket {} went out before under key {}: not sent again", earlier.get(), ticketNo, key);
            return new Delivery(earlier.get(), false);
        }

        String messageId = send(ticketNo, to, subject, body);
        sentMails.record(key, ticketNo, messageId, String.join(", ", to), taggedSubject(ticketNo, subject));
        return new Delivery(messageId, true);
    }

    /**
     * The e-mail addresses of a Camunda group's members, for mail to a second-line group or the shift leaders.
     * Members without an address are left out.
     */
    public List<String> addressesOfGroup(String groupId) {
        // the desk mails a group on its own behalf: the engine user who triggered it need not see the members
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                    .map(User::getEmail)
                    .filter(Objects::nonNull)
                    .filter(address -> !address.isBlank())
                    .distinct()
                    .toList();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    private MimeMessage compose(String messageId, String ticketNo, Collection<String> to, String subject, String body)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(mail.deskAddress(), mail.deskName(), StandardCharsets.UTF_8.name()));
        helper.setTo(to.toArray(String[]::new));
        helper.setSubject(taggedSubject(ticketNo, subject));
        helper.setText(body);
        message.setHeader(AUTO_SUBMITTED, "auto-generated");
        // kept by JavaMailSenderImpl through saveChanges(), which would otherwise put a random one
        message.setHeader("Message-ID", messageId);
        return message;
    }
}
