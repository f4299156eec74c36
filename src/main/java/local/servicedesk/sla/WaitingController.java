package local.servicedesk.sla;

import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Waiting for the customer: a seat or an engineer says the desk waits for the customer's answer, and later that the
 * customer answered. In between the resolution clock stands still; the timeline shows both steps.
 */
@RestController
@RequestMapping("/api/tickets/{ticketNo}")
class WaitingController {

    private final SlaService sla;
    private final TicketService tickets;

    WaitingController(SlaService sla, TicketService tickets) {
        this.sla = sla;
        this.tickets = tickets;
    }

    @PostMapping("/waiting")
    TicketView waiting(@PathVariable String ticketNo, @RequestBody(required = false) Reason body, Authentication user) {
        sla.startWaiting(ticketNo, user.getName(), body == null ? null : body.reason());

        return TicketView.of(tickets.get(ticketNo));
    }

    @PostMapping("/resumed")
    TicketView resumed(@PathVariable String ticketNo, Authentication user) {
        sla.endWaiting(ticketNo, user.getName());

        return TicketView.of(tickets.get(ticketNo));
    }

    /** Why the desk waits, e.g. 「等待用户提供报错截图」. */
    record Reason(String reason) {}
}
