package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import java.util.Date;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells a customer whose request waits for working time that it was received and when it will be handled. */
@Component
class SendAcknowledgementDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final TicketMailer mailer;

    SendAcknowledgementDelegate(TicketService tickets, TicketMailer mailer) {
        this.tickets = tickets;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(text(execution, "ticketNo"));
        Date starts = (Date) execution.getVariable("workingTimeStarts");

        mailer.toCustomer(execution, ticket, TicketMails.acknowledgement(ticket, starts.toInstant()));
    }
}
