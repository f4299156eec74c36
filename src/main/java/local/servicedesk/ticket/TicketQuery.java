package local.servicedesk.ticket;

import java.time.Instant;

/** Which tickets to list, newest first, one page at a time; null criteria match everything. */
public record TicketQuery(
        String channel, TicketStatus status, String customerEmail, Instant since, int page, int size) {}
