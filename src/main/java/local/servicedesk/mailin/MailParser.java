package local.servicedesk.mailin;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import local.servicedesk.notification.DeskMailProperties;
import org.springframework.stereotype.Component;

/** Reads a raw mail into what intake needs: sender, subject, text, attachments, and whether a machine sent it. */
@Component
class MailParser {

    static final int KEY_MAX = 200;

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    private static final int NAME_MAX = 255;
    private static final int MAX_DEPTH = 10;

    private final MailRules rules;
    private final DeskMailProperties desk;

    MailParser(MailRules rules, DeskMailProperties desk) {
        this.rules = rules;
        this.desk = desk;
    }

    /** @throws MalformedMail when the mail cannot be read */
    InboundMail parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            InternetAddress from = sender(message);
            String subject =
                    MimeText.decodeHeader(message.getHeader("Subject", null)).strip();
            String automatic = AutomaticMail.reason(message, from.getAddress(), subject, rules, desk.deskAddress());
            Body body = new Body();
            if (automatic == null) {
                collect(message, body, 0);
            }

            return new InboundMail(
                    key(message, raw),
                    from.getAddress(),
                    senderName(message, from),
                    subject,
                    body.text(),
                    references(message),
                    body.attachments,
                    automatic);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof MalformedMail malformed) {
                throw malformed;
            }
            throw new MalformedMail("unreadable mail", e);
        }
    }

    /** The media type of a raw Content-Type header, lower case, {@code text/plain} when there is none. */
    static String baseType(String rawContentType) {
        if (rawContentType == null || rawContentType.isBlank()) {
            return "text/plain";
        }
        int parameters = rawContentType.indexOf(';');
        String type = parameters >= 0 ? rawContentType.substring(0, parameters) : rawContentType;
        return type.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException {
        String raw = message.getHeader("From", ",");
        if (raw == null || raw.isBlank()) {
            throw new MalformedMail("no sender");
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(raw, false);
            if (addresses.length == 0
                    || addresses[0].getAddress() == null
                    || addresses[0].getAddress().isBlank()) {
                throw new MalformedMail("no sender address in " + raw);
            }
            return addresses[0];
        } catch (AddressException e) {
            throw new MalformedMail("unreadable sender " + raw, e);
        }
    }

    /** The display name before the address, decoded here because the mail library reads GB2312 too narrowly. */
    private static String senderName(MimeMessage message, InternetAddress from) throws MessagingException {
        String raw = message.getHeader("From", ",");
        int bracket = raw.indexOf('<');
        String name = bracket > 0 ? MimeText.decodeHeader(raw.substring(0, bracket)) : "";
        name = name.strip().replaceAll("^\"|\"$", "").strip();
        if (!name.isEmpty()) {
            return name;
        }
        String address = from.getAddress();
        return address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
    }

    private static String key(MimeMessage message, byte[] raw) throws MessagingException {
        String messageId = message.getHeader("Message-ID", null);
        if (messageId != null && !messageId.isBlank() && messageId.strip().length() <= KEY_MAX) {
            return messageId.strip();
        }
        return "sha256:"
                + sha256(messageId == null || messageId.isBlank() ? raw : messageId.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> references(MimeMessage message) throws MessagingException {
        List<String> ids = new ArrayList<>(messageIds(message.getHeader("In-Reply-To", " ")));
        List<String> references = messageIds(message.getHeader("References", " "));
        for (int i = references.size() - 1; i >= 0; i--) {
            ids.add(references.get(i));
        }
        return ids.stream().distinct().toList();
    }

    private static List<String> messageIds(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher id = MESSAGE_ID.matcher(header);
            while (id.find()) {
                ids.add(id.group());
            }
        }
        return ids;
    }

    /** The texts and files of a part and of the parts inside it. */
    private static final class Body {

        private final List<String> plain = new ArrayList<>();
        private final List<String> html = new ArrayList<>();
        private final List<InboundMail.Attachment> attachments = new ArrayList<>();

        /** The plain text parts; only when there are none, the text of the HTML parts. */
        String text() {
            List<String> texts = plain.isEmpty() ? html : plain;
            return MailBody.tidy(String.join("\n\n", texts));
        }
    }

    private void collect(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new MalformedMail("parts nested deeper than " + MAX_DEPTH);
        }
        String contentType = part.getHeader("Content-Type") == null ? null : part.getHeader("Content-Type")[0];
        String type = baseType(contentType);
        if (type.startsWith("multipart/")) {
            collectParts(part, body, depth);
            return;
        }
        String disposition =
                part.getHeader("Content-Disposition") == null ? null : part.getHeader("Content-Disposition")[0];
        String name = fileName(disposition, contentType);
        boolean inline = name == null && !baseType(disposition).equals("attachment");
        if (inline && type.equals("text/plain")) {
            body.plain.add(MimeText.decode(bytes(part), MimeText.parameter(contentType, "charset")));
        } else if (inline && type.equals("text/html")) {
            body.html.add(HtmlText.of(MimeText.decode(bytes(part), MimeText.parameter(contentType, "charset"))));
        } else {
            body.attachments.add(new InboundMail.Attachment(
                    name == null ? unnamed(type, body.attachments.size() + 1) : name, mediaType(type), bytes(part)));
        }
    }

    private void collectParts(Part part, Body body, int depth) throws MessagingException, IOException {
        if (!(part.getContent() instanceof Multipart multipart)) {
            throw new MalformedMail("a multipart without parts");
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            collect(multipart.getBodyPart(i), body, depth + 1);
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The file name, from Content-Disposition or else Content-Type, without any folder, cut to fit the desk. */
    private static String fileName(String disposition, String contentType) {
        String name = MimeText.parameter(disposition, "filename");
        if (name == null || name.isBlank()) {
            name = MimeText.parameter(contentType, "name");
        }
        if (name == null) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() <= NAME_MAX ? name : shortened(name);
    }

    private static String shortened(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        return name.substring(0, NAME_MAX - extension.length()) + extension;
    }

    private static String unnamed(String type, int number) {
        String extension = switch (type) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            case "message/rfc822" -> ".eml";
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            default -> ".bin";
        };
        return "附件" + number + extension;
    }

    private static String mediaType(String type) {
        return type.length() <= 127 && MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
