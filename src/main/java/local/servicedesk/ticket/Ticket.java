package local.servicedesk.ticket;

import java.time.Instant;

/** A ticket as the desk knows it now. */
public record Ticket(
        String ticketNo,
        String processInstanceId,
        TicketFacts facts,
        TicketStatus status,
        String priority,
        boolean major,
        String seatGroup,
        String secondLineGroup,
        String workOrderNo,
        String resolution,
        ResolvedAt resolvedAt,
        Closure closure,
        Handlers handlers,
        CallbackResult callback,
        Steps steps,
        SlaRecord sla) {

    /** Who handled each step. */
    public record Handlers(String createdBy, String firstLine, String secondLine, String callback) {}

    /** What the customer said at the callback; null fields until the callback happened. */
    public record CallbackResult(
            Boolean customerReached,
            Boolean satisfied,
            Integer satisfaction,
            boolean complaint,
            String comment,
            int attempts) {}

    /** When the ticket reached each step; null until it did. */
    public record Steps(
            Instant createdAt,
            Instant deferredAt,
            Instant firstLineAt,
            Instant secondLineAt,
            Instant callbackAt,
            Instant closedAt,
            Instant updatedAt) {}
}
