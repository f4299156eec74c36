package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.catalog.Catalog;
import local.servicedesk.ticket.GroupNames;
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
    private final GroupNames groups;

    NotifySecondLineDelegate(TicketService tickets, TicketMailer mailer, Catalog catalog, GroupNames groups) {
        this.tickets = tickets;
        this.mailer = mailer;
        this.catalog = catalog;
        this.groups = groups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(text(execution, "ticketNo"));

        TicketMails.Mail mail = TicketMails.workOrder(
                ticket,
                new TicketMails.WorkOrderLabels(
                        catalog.companyName(ticket.facts().company()),
                        catalog.categoryLabel(ticket.facts().category()),
                        groups.nameOf(ticket.secondLineGroup()),
                        text(execution, "firstLineNote")));

        mailer.toGroup(execution, ticket, ticket.secondLineGroup(), mail);
    }
}
