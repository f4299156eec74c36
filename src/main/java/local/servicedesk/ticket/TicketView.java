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
        List<Entry> timeline) {

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
                timeline.stream().map(TicketView::entry).toList());
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
