package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.sla.SlaService;
import local.servicedesk.ticket.SlaTarget;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A target is near: the ticket is marked and the group that holds it is mailed, once per target. The model says
 * which target through the input parameter {@code slaTarget}.
 */
@Component
class WarnOfSlaDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final SlaService sla;
    private final TicketMailer mailer;

    WarnOfSlaDelegate(TicketService tickets, SlaService sla, TicketMailer mailer) {
        this.tickets = tickets;
        this.sla = sla;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticketNo = text(execution, "ticketNo");
        SlaTarget target = SlaTarget.valueOf((String) execution.getVariableLocal("slaTarget"));
        if (!sla.isOpen(ticketNo, target) || !tickets.markSlaWarned(ticketNo, target)) {
            return;
        }

        Ticket ticket = tickets.get(ticketNo);
        mailer.toGroup(
                execution,
                ticket,
                holdingGroup(execution, ticket),
                SlaMails.warning(ticket, target, ticket.sla().dueAt(target)));
    }

    static String holdingGroup(DelegateExecution execution, Ticket ticket) {
        return switch (ticket.status()) {
            case SECOND_LINE -> ticket.secondLineGroup();
            case CALLBACK -> ticket.seatGroup();
            default -> text(execution, "firstLineGroup");
        };
    }
}
