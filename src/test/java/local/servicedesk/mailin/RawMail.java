package local.servicedesk.mailin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A mail written out as raw MIME bytes, the way a test needs it, with CRLF line ends. */
final class RawMail {

    private final List<String> headers = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private String messageId = "<" + UUID.randomUUID() + "@client.test>";

    private RawMail() {}

    static RawMail from(String from) {
        RawMail mail = new RawMail();
        mail.headers.add("From: " + from);
        mail.headers.add("To: desk@servicedesk.local");
        mail.headers.add("Date: Tue, 08 Dec 2026 10:00:00 +0800");
        mail.headers.add("MIME-Version: 1.0");
        return mail;
    }

    String messageId() {
        return messageId;
    }

    RawMail messageId(String id) {
        this.messageId = id;
        return this;
    }

    /** A header line as given: a test writes encoded words itself; other non-ASCII text goes out as raw UTF-8. */
    RawMail header(String line) {
        headers.add(line);
        return this;
    }

    /** The subject as UTF-8 encoded words, or as is when it is ASCII. */
    RawMail subject(String subject) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(subject);
        return header("Subject: " + (ascii ? subject : encodedWord(subject, StandardCharsets.UTF_8)));
    }

    /** A single-part plain text body in the given charset, base64 encoded. */
    RawMail text(String text, String charsetLabel, Charset charset) {
        header("Content-Type: text/plain; charset=" + charsetLabel);
        header("Content-Transfer-Encoding: base64");
        return body(base64(text.getBytes(charset)));
    }

    RawMail text(String text) {
        return text(text, "UTF-8", StandardCharsets.UTF_8);
    }

    /** A raw body after the headers, 8-bit text as UTF-8, with any Content-Type header the test wrote itself. */
    RawMail body(String raw) {
        body.writeBytes(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(headers);
        all.add("Message-ID: " + messageId);
        for (String header : all) {
            out.writeBytes((header + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    static String encodedWord(String text, Charset charset) {
        return "=?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(charset)) + "?=";
    }

    /** Base64 in lines of 76 characters, as MIME wants it. */
    static String base64(byte[] bytes) {
        return Base64.getMimeEncoder().encodeToString(bytes) + "\r\n";
    }
}
