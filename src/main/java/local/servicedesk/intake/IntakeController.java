package local.servicedesk.intake;

import java.net.URI;
import java.security.Principal;
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

    IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping("/api/tickets")
    ResponseEntity<TicketView> create(
            @RequestBody TicketRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal user) {
        IntakeService.Intake result = intake.submit(request, idempotencyKey, user.getName());

        HttpStatus status = result.replayed() ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status)
                .location(URI.create("/api/tickets/" + result.ticket().ticketNo()))
                .header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .body(TicketView.of(result.ticket()));
    }
}
