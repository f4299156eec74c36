package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.catalog.Catalog;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the members of the second-line group that a work order waits for them. */
@Component
class NotifySecondLineDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final TicketMailer mailer;
    private final Catalog catalog;

    NotifySecondLineDelegate(TicketService tickets, TicketMailer mailer, Catalog catalog) {
        this.tickets = tickets;
        this.mailer = mailer;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(text(execution, "ticketNo"));

        TicketMails.Mail mail = TicketMails.workOrder(
                ticket,
                catalog.companyName(ticket.facts().company()),
                catalog.categoryLabel(ticket.facts().category()));

        mailer.toGroup(execution, ticket, ticket.secondLineGroup(), mail);
    }
}
