package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.bool;
import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.Triage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the three decisions onto the ticket, names the group that takes the request at first line and gives the
 * process the Chinese names of the ticket's codes for task cards and Cockpit.
 */
@Component
class RecordTriageDelegate implements JavaDelegate {

    static final String EMERGENCY_SEAT = "emergency-seat";

    private final TicketService tickets;
    private final TicketLabels labels;

    RecordTriageDelegate(TicketService tickets, TicketLabels labels) {
        this.tickets = tickets;
        this.labels = labels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String handling = text(execution, "handling");
        String seatGroup = text(execution, "seatGroup");
        Triage triage = new Triage(
                text(execution, "priority"),
                Boolean.TRUE.equals(bool(execution, "major")),
                seatGroup,
                text(execution, "secondLineGroup"),
                handling);

        tickets.triage(text(execution, "ticketNo"), triage);
        execution.setVariable("firstLineGroup", "EMERGENCY".equals(handling) ? EMERGENCY_SEAT : seatGroup);
        labels.record(execution, tickets.get(text(execution, "ticketNo")));
    }
}
