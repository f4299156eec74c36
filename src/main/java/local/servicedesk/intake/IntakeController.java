package local.servicedesk.intake;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tickets}: a ticket from the API, with an optional idempotency key. */
@RestController
class IntakeController {

    private final IntakeService intake;
    private final TicketService tickets;

    IntakeController(IntakeService intake, TicketService tickets) {
        this.intake = intake;
        this.tickets = tickets;
    }

    @PostMapping("/api/tickets")
    ResponseEntity<TicketView> create(
            @RequestBody TicketRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal user) {
        IntakeService.Intake result = intake.submit(request, idempotencyKey, user.getName());
        String ticketNo = result.ticket().ticketNo();

        HttpStatus status = result.replayed() ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status)
                .location(URI.create("/api/tickets/" + ticketNo))
                .header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .body(TicketView.of(result.ticket(), List.of(), tickets.timeline(ticketNo)));
    }
}
