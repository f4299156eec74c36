package local.servicedesk.workflow;

import java.time.Clock;
import local.servicedesk.calendar.WorkingCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the emergency-seat decision whether the seats are working now. Computed here, in Beijing time, because a
 * date reaching FEEL is read in the server's zone.
 */
@Component
class CheckWorkingTimeDelegate implements JavaDelegate {

    private final WorkingCalendar calendar;
    private final Clock clock;

    CheckWorkingTimeDelegate(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("workingTime", calendar.isWorkingTime(clock.instant()));
    }
}
