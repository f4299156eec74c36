package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns an escalated ticket into a work order for the second-line group that routing chose. First line may have
 * corrected the category, so the labels that task cards show are written again.
 */
@Component
class DispatchWorkOrderDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final TicketLabels labels;

    DispatchWorkOrderDelegate(TicketService tickets, TicketLabels labels) {
        this.tickets = tickets;
        this.labels = labels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticketNo = text(execution, "ticketNo");
        String workOrderNo =
                tickets.dispatchWorkOrder(ticketNo, text(execution, "seatGroup"), text(execution, "secondLineGroup"));

        execution.setVariable("workOrderNo", workOrderNo);
        labels.record(execution, tickets.get(ticketNo));
    }
}
