package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.ticket.Closure;
import local.servicedesk.ticket.ResolvedAt;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the ticket; the model says how it ended through the input parameters {@code resolvedAt} and
 * {@code closure}.
 */
@Component
class CloseTicketDelegate implements JavaDelegate {

    private final TicketService tickets;

    CloseTicketDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ResolvedAt resolvedAt = ResolvedAt.valueOf((String) execution.getVariableLocal("resolvedAt"));
        Closure closure = Closure.valueOf((String) execution.getVariableLocal("closure"));

        tickets.close(text(execution, "ticketNo"), resolvedAt, closure);
    }
}
