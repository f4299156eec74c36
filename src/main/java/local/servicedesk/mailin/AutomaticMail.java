package local.servicedesk.mailin;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells mail that a machine sent: delivery reports and bounces, out-of-office and other automatic replies, bulk
 * mail. Such mail never opens a ticket, joins one or gets an answer, or two machines would mail each other forever.
 */
final class AutomaticMail {

    private static final List<String> AUTORESPONDER_HEADERS =
            List.of("X-Autoreply", "X-Autorespond", "X-Autoresponder");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");

    private AutomaticMail() {}

    /** Why the mail is automatic, or null when nothing says it is. */
    static String reason(MimeMessage message, String sender, String subject, MailRules rules, String deskAddress)
            throws MessagingException {
        String type = MailParser.baseType(message.getHeader("Content-Type", null));
        if (type.equals("multipart/report")) {
            return "a delivery or read report";
        }
        String autoSubmitted = firstValue(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.equals("no")) {
            return "Auto-Submitted: " + autoSubmitted;
        }
        for (String header : AUTORESPONDER_HEADERS) {
            if (message.getHeader(header) != null) {
                return "header " + header;
            }
        }
        return fromSenderOrSubject(message, sender, subject, rules, deskAddress);
    }

    private static String fromSenderOrSubject(
            MimeMessage message, String sender, String subject, MailRules rules, String deskAddress)
            throws MessagingException {
        String precedence = firstValue(message, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence)) {
            return "Precedence: " + precedence;
        }
        if ("<>".equals(firstValue(message, "Return-Path"))) {
            return "an empty return path";
        }
        if (DAEMONS.contains(localPart(sender))) {
            return "sent by a mail daemon";
        }
        if (sender.equalsIgnoreCase(deskAddress)) {
            return "sent by the desk itself";
        }
        return rules.isAutomaticSubject(subject) ? "an automatic reply's subject" : null;
    }

    private static String localPart(String address) {
        int at = address.indexOf('@');
        return (at < 0 ? address : address.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    /** The header's value up to any parameter, lower case, or null without the header. */
    private static String firstValue(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, null);
        if (value == null) {
            return null;
        }
        int parameters = value.indexOf(';');
        return (parameters >= 0 ? value.substring(0, parameters) : value)
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
