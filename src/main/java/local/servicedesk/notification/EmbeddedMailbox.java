package local.servicedesk.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mailbox?address=...}: the mails the embedded mail server holds for one address, decoded, oldest
 * first, each mail once. For admins of a desk that runs its own mail server, to read what the desk sent without a
 * mail client.
 */
@RestController
@ConditionalOnProperty(prefix = "desk.mail", name = "embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedMailbox {

    static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final GreenMail server;

    EmbeddedMailbox(GreenMail server) {
        this.server = server;
    }

    /** One mail as a person reads it. */
    record Mail(String messageId, String from, List<String> to, String subject, OffsetDateTime sent, String text) {}

    @GetMapping("/api/mailbox")
    List<Mail> mails(@RequestParam String address, Authentication user) throws MessagingException, IOException {
        if (user.getAuthorities().stream().noneMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()))) {
            throw new AccessDeniedException("只有系统管理员可以查看内置邮件服务器的邮箱");
        }
        String wanted = address.strip().toLowerCase(Locale.ROOT);
        // the server keeps a copy per recipient: one mail to two people is listed once
        Map<String, Mail> mails = new LinkedHashMap<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            List<String> to = addresses(message.getRecipients(Message.RecipientType.TO));
            if (to.contains(wanted)) {
                Mail mail = mail(message, to);
                mails.putIfAbsent(mail.messageId() == null ? String.valueOf(mails.size()) : mail.messageId(), mail);
            }
        }
        return mails.values().stream()
                .sorted(Comparator.comparing(Mail::sent, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static Mail mail(MimeMessage message, List<String> to) throws MessagingException, IOException {
        OffsetDateTime sent = message.getSentDate() == null
                ? null
                : message.getSentDate().toInstant().atZone(BEIJING).toOffsetDateTime();
        return new Mail(
                message.getMessageID(),
                String.join(", ", addresses(message.getFrom())),
                to,
                message.getSubject(),
                sent,
                text(message));
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses)
                        .map(a -> a instanceof InternetAddress ia ? ia.getAddress() : a.toString())
                        .map(a -> a.toLowerCase(Locale.ROOT))
                        .toList();
    }

    /** The first text part, decoded from its transfer encoding and charset. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = text(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
