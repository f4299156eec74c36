package local.servicedesk.im;

/**
 * A message as the messaging platform posts it. {@code senderPhone}, {@code senderEmail} and {@code company}
 * (a company code of the catalogue) are optional: a platform that knows its users' profiles sends them along.
 */
public record ImMessage(
        String messageId,
        String conversationId,
        String senderId,
        String senderName,
        String senderPhone,
        String senderEmail,
        String company,
        String text) {}
