package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns an escalated ticket into a work order for the second-line group that routing chose. */
@Component
class DispatchWorkOrderDelegate implements JavaDelegate {

    private final TicketService tickets;

    DispatchWorkOrderDelegate(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String workOrderNo = tickets.dispatchWorkOrder(
                text(execution, "ticketNo"), text(execution, "seatGroup"), text(execution, "secondLineGroup"));

        execution.setVariable("workOrderNo", workOrderNo);
    }
}
