package local.servicedesk.workflow;

import local.servicedesk.catalog.Catalog;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketFacts;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The catalogue's Chinese names of a ticket's codes, kept as process variables ({@code channelLabel},
 * {@code companyName}, {@code categoryLabel}, {@code typeLabel}): Tasklist's task cards and Cockpit show variables
 * as they are, and a seat reads 协同办公, not {@code OA}.
 */
@Component
class TicketLabels {

    private final Catalog catalog;

    TicketLabels(Catalog catalog) {
        this.catalog = catalog;
    }

    void record(VariableScope scope, Ticket ticket) {
        TicketFacts facts = ticket.facts();

        scope.setVariable("channelLabel", catalog.channelLabel(facts.channel()));
        scope.setVariable("companyName", catalog.companyName(facts.company()));
        scope.setVariable("categoryLabel", catalog.categoryLabel(facts.category()));
        scope.setVariable("typeLabel", catalog.typeLabel(facts.type()));
    }
}
