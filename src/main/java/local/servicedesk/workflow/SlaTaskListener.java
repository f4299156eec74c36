package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import java.util.Date;
import local.servicedesk.sla.SlaService;
import local.servicedesk.ticket.SlaTarget;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the service levels on the ticket's tasks. A task gets the due date of the target it runs against (Tasklist
 * sorts and filters by it), a callback also its follow-up date; completing a task meets the response and resolution
 * targets, and ends a wait for the customer.
 */
@Component("slaTaskListener")
class SlaTaskListener implements TaskListener {

    private final SlaService sla;
    private final TicketService tickets;

    SlaTaskListener(SlaService sla, TicketService tickets) {
        this.sla = sla;
        this.tickets = tickets;
    }

    @Override
    public void notify(DelegateTask task) {
        String ticketNo = text(task, "ticketNo");
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task, ticketNo);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task, ticketNo);
        }
    }

    private void created(DelegateTask task, String ticketNo) {
        switch (task.getTaskDefinitionKey()) {
            case TicketTaskListener.FIRST_LINE ->
                task.setDueDate(
                        sla.dueAt(ticketNo, sla.firstLineTarget(ticketNo).name()));
            case TicketTaskListener.SECOND_LINE -> task.setDueDate(sla.dueAt(ticketNo, SlaTarget.RESOLUTION.name()));
            case TicketTaskListener.CALLBACK -> {
                Date due = Date.from(sla.callbackDue(ticketNo));
                task.setDueDate(due);
                task.setFollowUpDate(Date.from(sla.callbackFollowUp()));
                task.setVariable("callbackDue", due);
            }
            default -> throw new IllegalStateException("no service level for task " + task.getTaskDefinitionKey());
        }
    }

    private void completed(DelegateTask task, String ticketNo) {
        sla.endWaitingAsTaskCompletes(ticketNo);

        String outcome = text(task, "outcome");
        switch (task.getTaskDefinitionKey()) {
            case TicketTaskListener.FIRST_LINE -> {
                tickets.recordResponse(ticketNo);
                if ("RESOLVED".equals(outcome)) {
                    tickets.recordResolution(ticketNo, true);
                }
            }
            case TicketTaskListener.SECOND_LINE -> {
                if ("FIXED".equals(outcome)) {
                    tickets.recordResolution(ticketNo, true);
                }
            }
            case TicketTaskListener.CALLBACK -> {
                if (Boolean.TRUE.equals(Variables.bool(task, "customerReached"))
                        && Boolean.FALSE.equals(Variables.bool(task, "satisfied"))) {
                    tickets.recordResolution(ticketNo, false);
                }
            }
            default -> throw new IllegalStateException("no service level for task " + task.getTaskDefinitionKey());
        }
    }
}
