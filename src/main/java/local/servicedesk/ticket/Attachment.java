package local.servicedesk.ticket;

import java.time.Instant;

/** A file that came with a ticket, without its bytes. */
public record Attachment(
        long id, String name, String contentType, long size, String sha256, String source, Instant createdAt) {}
