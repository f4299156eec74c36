package local.servicedesk.ticket;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A ticket as the ticket API shows it; instants in Beijing time with their offset. */
public record TicketView(
        String ticketNo,
        String channel,
        String company,
        String category,
        String type,
        String impact,
        String urgency,
        String subject,
        String description,
        Customer customer,
        TicketStatus status,
        String statusLabel,
        String priority,
        boolean major,
        String seatGroup,
        String secondLineGroup,
        String workOrderNo,
        String resolution,
        ResolvedAt resolvedAt,
        Closure closure,
        Ticket.Handlers handledBy,
        Ticket.CallbackResult callback,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        List<Attachment> attachments,
        List<Entry> timeline,
        Sla sla) {

    /**
     * The ticket's service levels: due instants, whether each target was met, warned of or breached, and whether
     * the desk waits for the customer (the resolution clock then stands still).
     */
    public record Sla(
            String clock,
            Integer responseMinutes,
            Integer resolutionMinutes,
            OffsetDateTime responseDueAt,
            OffsetDateTime respondedAt,
            OffsetDateTime responseBreachedAt,
            OffsetDateTime resolutionDueAt,
            OffsetDateTime resolutionMetAt,
            OffsetDateTime resolutionBreachedAt,
            OffsetDateTime callbackDueAt,
            OffsetDateTime callbackBreachedAt,
            boolean waiting,
            OffsetDateTime waitingSince,
            int pausedMinutes,
            boolean breached) {

        static Sla of(SlaRecord sla) {
            if (!sla.started()) {
                return null;
            }
            return new Sla(
                    sla.clock(),
                    sla.responseMinutes(),
                    sla.resolutionMinutes(),
                    beijing(sla.responseDueAt()),
                    beijing(sla.respondedAt()),
                    beijing(sla.responseBreachedAt()),
                    beijing(sla.resolutionDueAt()),
                    beijing(sla.resolutionMetAt()),
                    beijing(sla.resolutionBreachedAt()),
                    beijing(sla.callbackDueAt()),
                    beijing(sla.callbackBreachedAt()),
                    sla.waiting(),
                    beijing(sla.waitingSince()),
                    sla.pausedMinutes(),
                    sla.breached());
        }
    }

    /** One timeline entry. */
    public record Entry(OffsetDateTime at, TicketStatus status, TimelineKind kind, String actor, String message) {}

    public static TicketView of(Ticket ticket, List<Attachment> attachments, List<TimelineEntry> timeline) {
        TicketFacts facts = ticket.facts();
        return new TicketView(
                ticket.ticketNo(),
                facts.channel(),
                facts.company(),
                facts.category(),
                facts.type(),
                facts.impact(),
                facts.urgency(),
                facts.subject(),
                facts.description(),
                facts.customer(),
                ticket.status(),
                ticket.status().label(),
                ticket.priority(),
                ticket.major(),
                ticket.seatGroup(),
                ticket.secondLineGroup(),
                ticket.workOrderNo(),
                ticket.resolution(),
                ticket.resolvedAt(),
                ticket.closure(),
                ticket.handlers(),
                ticket.callback(),
                beijing(ticket.steps().createdAt()),
                beijing(ticket.steps().closedAt()),
                attachments,
                timeline.stream().map(TicketView::entry).toList(),
                Sla.of(ticket.sla()));
    }

    /** The ticket alone, as lists show it. */
    public static TicketView of(Ticket ticket) {
        return of(ticket, List.of(), List.of());
    }

    private static Entry entry(TimelineEntry entry) {
        return new Entry(beijing(entry.at()), entry.status(), entry.kind(), entry.actor(), entry.message());
    }

    private static OffsetDateTime beijing(Instant instant) {
        return instant == null ? null : instant.atZone(TicketNumbers.DESK_ZONE).toOffsetDateTime();
    }
}
