package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the customer how their closed ticket ended. */
@Component
class NotifyCustomerDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final TicketMailer mailer;

    NotifyCustomerDelegate(TicketService tickets, TicketMailer mailer) {
        this.tickets = tickets;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(text(execution, "ticketNo"));

        mailer.toCustomer(execution, ticket, TicketMails.closure(ticket));
    }
}
