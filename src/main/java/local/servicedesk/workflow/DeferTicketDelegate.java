package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import local.servicedesk.calendar.WorkingCalendar;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A normal request out of working time: recorded as deferred until the seats' next working period starts. */
@Component
class DeferTicketDelegate implements JavaDelegate {

    private final WorkingCalendar calendar;
    private final TicketService tickets;
    private final Clock clock;

    DeferTicketDelegate(WorkingCalendar calendar, TicketService tickets, Clock clock) {
        this.calendar = calendar;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant starts = calendar.nextWorkingStart(clock.instant());

        tickets.defer(text(execution, "ticketNo"), starts);
        execution.setVariable("workingTimeStarts", Date.from(starts));
    }
}
