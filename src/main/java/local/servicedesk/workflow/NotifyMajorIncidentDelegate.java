package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A P1 is a major incident: the shift leaders hear of it at once, whatever the hour. */
@Component
class NotifyMajorIncidentDelegate implements JavaDelegate {

    static final String SHIFT_LEADER = "shift-leader";

    private final TicketService tickets;
    private final TicketMailer mailer;

    NotifyMajorIncidentDelegate(TicketService tickets, TicketMailer mailer) {
        this.tickets = tickets;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(text(execution, "ticketNo"));

        mailer.toGroup(
                execution,
                ticket,
                SHIFT_LEADER,
                SlaMails.majorIncident(ticket, ticket.sla().resolutionDueAt()));
    }
}
