package local.servicedesk.mailin;

import java.util.List;

/**
 * A mail as intake reads it.
 *
 * @param key        what tells this mail from every other: its Message-ID, or a digest when it has none
 * @param sender     the From address
 * @param senderName the sender's name as the mail gives it, or the address's local part
 * @param subject    the decoded subject, possibly empty
 * @param text       the body as plain text: text/plain preferred, else the HTML's text; empty for automatic mail
 * @param references the Message-IDs this mail answers: In-Reply-To first, then References from the newest
 * @param automatic  why the mail is automatic (a bounce, an out-of-office reply ...), or null when a person wrote it
 */
record InboundMail(
        String key,
        String sender,
        String senderName,
        String subject,
        String text,
        List<String> references,
        List<Attachment> attachments,
        String automatic) {

    /** A file the mail carried, with its decoded name. */
    record Attachment(String name, String contentType, byte[] bytes) {}

    boolean isAutomatic() {
        return automatic != null;
    }
}
