package local.servicedesk.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import local.servicedesk.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** The process's configurable rules, read by expressions in {@code ticket.bpmn} as {@code ticketRules}. */
@Component("ticketRules")
public class TicketRules {

    private final WorkflowProperties properties;
    private final WorkingCalendar calendar;
    private final Clock clock;

    TicketRules(WorkflowProperties properties, WorkingCalendar calendar, Clock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    public boolean mayCallAgain(Object attemptsSoFar) {
        int attempts = attemptsSoFar instanceof Number number ? number.intValue() : 0;
        return attempts < properties.callbackAttempts();
    }

    /**
     * When the seats call the customer again: the retry delay counted in working time, so that a customer not
     * reached in the evening is called again during the next working hours, not in the night.
     */
    public Date nextCallbackAttempt() {
        Instant next = calendar.addWorkingMinutes(
                clock.instant(), properties.callbackRetryDelay().toMinutes());
        return Date.from(next);
    }
}
