package local.servicedesk.workflow;

import org.springframework.stereotype.Component;

/** The process's configurable rules, read by expressions in {@code ticket.bpmn} as {@code ticketRules}. */
@Component("ticketRules")
public class TicketRules {

    private final WorkflowProperties properties;

    TicketRules(WorkflowProperties properties) {
        this.properties = properties;
    }

    public boolean mayCallAgain(Object attemptsSoFar) {
        int attempts = attemptsSoFar instanceof Number number ? number.intValue() : 0;
        return attempts < properties.callbackAttempts();
    }

    /** ISO-8601 duration, as a BPMN timer wants it. */
    public String callbackRetryDelay() {
        return properties.callbackRetryDelay().toString();
    }
}
