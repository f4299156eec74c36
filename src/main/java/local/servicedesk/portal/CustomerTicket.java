package local.servicedesk.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import local.servicedesk.catalog.Catalog;
import local.servicedesk.ticket.Attachment;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketFacts;
import local.servicedesk.ticket.TimelineEntry;
import local.servicedesk.ticket.TimelineKind;

/**
 * A ticket as its customer sees it on the portal: labels instead of codes, Beijing time, and a timeline without
 * the desk's internal notes.
 */
record CustomerTicket(
        String ticketNo,
        String subject,
        String description,
        String status,
        String statusLabel,
        String category,
        String company,
        String type,
        String createdAt,
        String resolution,
        List<File> attachments,
        List<Entry> timeline) {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** A file of the ticket, with its size as people read it. */
    record File(long id, String name, String size) {}

    /** One thing that happened, in the customer's words. */
    record Entry(String at, String status, String message) {}

    static CustomerTicket of(
            Ticket ticket, List<Attachment> attachments, List<TimelineEntry> timeline, Catalog catalog) {
        TicketFacts facts = ticket.facts();
        return new CustomerTicket(
                ticket.ticketNo(),
                facts.subject(),
                facts.description(),
                ticket.status().name(),
                ticket.status().label(),
                catalog.categoryLabel(facts.category()),
                catalog.companyName(facts.company()),
                catalog.typeLabel(facts.type()),
                format(ticket.steps().createdAt()),
                ticket.resolution(),
                attachments.stream()
                        .map(a -> new File(a.id(), a.name(), size(a.size())))
                        .toList(),
                timeline.stream()
                        .filter(entry -> entry.kind() != TimelineKind.NOTE)
                        .map(entry ->
                                new Entry(format(entry.at()), entry.status().label(), entry.message()))
                        .toList());
    }

    private static String format(Instant instant) {
        return READABLE.format(instant);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return "%.1f KB".formatted(bytes / 1024.0);
        }
        return "%.1f MB".formatted(bytes / (1024.0 * 1024));
    }
}
