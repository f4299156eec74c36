package local.servicedesk.intake;

import java.util.HashMap;
import java.util.Map;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketFacts;

/** The variables a ticket's process starts with: the facts of the ticket, flat, under the contract's names. */
public final class ProcessVariables {

    private ProcessVariables() {}

    public static Map<String, Object> of(Ticket ticket) {
        TicketFacts facts = ticket.facts();
        Map<String, Object> variables = new HashMap<>();
        variables.put("ticketNo", ticket.ticketNo());
        variables.put("channel", facts.channel());
        variables.put("company", facts.company());
        variables.put("category", facts.category());
        variables.put("type", facts.type());
        variables.put("impact", facts.impact());
        variables.put("urgency", facts.urgency());
        variables.put("subject", facts.subject());
        variables.put("description", facts.description());
        variables.put("customerName", facts.customer().name());
        variables.put("customerPhone", facts.customer().phone());
        variables.put("customerEmail", facts.customer().email());
        return variables;
    }
}
