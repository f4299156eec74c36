package local.servicedesk.ticket;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ticket API's reading side: one ticket with its timeline, and lists of tickets. */
@RestController
class TicketController {

    static final int MAX_PAGE_SIZE = 100;

    private final TicketService tickets;
    private final TicketAttachments attachments;

    TicketController(TicketService tickets, TicketAttachments attachments) {
        this.tickets = tickets;
        this.attachments = attachments;
    }

    @GetMapping("/api/tickets/{ticketNo}")
    TicketView get(@PathVariable String ticketNo) {
        return TicketView.of(tickets.get(ticketNo), attachments.list(ticketNo), tickets.timeline(ticketNo));
    }

    @GetMapping("/api/tickets/{ticketNo}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String ticketNo, @PathVariable long id) {
        TicketAttachments.Content content =
                attachments.content(ticketNo, id).orElseThrow(() -> new AttachmentNotFound(ticketNo, id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.attachment().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content.bytes());
    }

    @GetMapping("/api/tickets")
    TicketPage list(
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) String customerEmail,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidPage(page, size, MAX_PAGE_SIZE);
        }
        return tickets.search(new TicketQuery(channel, status, customerEmail, since, page, size));
    }
}
