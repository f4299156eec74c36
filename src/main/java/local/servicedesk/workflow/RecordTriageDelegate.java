package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.bool;
import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.Triage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the three decisions onto the ticket and names the group that takes the request at first line. */
@Component
class RecordTriageDelegate implements JavaDelegate {

    static final String EMERGENCY_SEAT = "emergency-seat";

    private final TicketService tickets;

    RecordTriageDelegate(TicketService tickets) {
        this.tickets = tickets;
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
    }
}
