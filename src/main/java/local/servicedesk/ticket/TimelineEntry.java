package local.servicedesk.ticket;

import java.time.Instant;

/** One thing that happened to a ticket. */
public record TimelineEntry(Instant at, TicketStatus status, TimelineKind kind, String actor, String message) {}
