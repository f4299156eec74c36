package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import java.util.List;
import local.servicedesk.sla.SlaService;
import local.servicedesk.ticket.SlaTarget;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A target passed unmet: the ticket gets its breach mark, the process a {@code <target>Breached} variable for
 * history, and the shift leaders and the desk supervisors a mail. The model says which target through the input
 * parameter {@code slaTarget}.
 */
@Component
class EscalateSlaBreachDelegate implements JavaDelegate {

    static final String DESK_SUPERVISOR = "desk-supervisor";

    /** Above every priority's own task priority (P1 = 90). */
    static final int BREACHED_TASK_PRIORITY = 100;

    private final TicketService tickets;
    private final SlaService sla;
    private final TicketMailer mailer;

    EscalateSlaBreachDelegate(TicketService tickets, SlaService sla, TicketMailer mailer) {
        this.tickets = tickets;
        this.sla = sla;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticketNo = text(execution, "ticketNo");
        SlaTarget target = SlaTarget.valueOf((String) execution.getVariableLocal("slaTarget"));
        if (!sla.isBreached(ticketNo, target) || !tickets.markSlaBreached(ticketNo, target)) {
            return;
        }

        execution.setVariable(target.name().toLowerCase() + "Breached", true);
        raiseOpenTasks(execution);
        Ticket ticket = tickets.get(ticketNo);
        TicketMails.Mail mail = SlaMails.breach(
                ticket, target, ticket.sla().dueAt(target), WarnOfSlaDelegate.holdingGroup(execution, ticket));
        mailer.toGroups(execution, ticket, List.of(NotifyMajorIncidentDelegate.SHIFT_LEADER, DESK_SUPERVISOR), mail);
    }

    /** Tasklist sorts by priority: an overdue ticket's task goes to the top of its queue. */
    private static void raiseOpenTasks(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .list()
                .forEach(task -> tasks.setPriority(task.getId(), BREACHED_TASK_PRIORITY));
    }
}
