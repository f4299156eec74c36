package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import java.util.Date;
import local.servicedesk.sla.SlaService;
import local.servicedesk.ticket.SlaPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts the ticket's response and resolution clocks from the priority's targets. */
@Component
class StartSlaClockDelegate implements JavaDelegate {

    private final SlaService sla;

    StartSlaClockDelegate(SlaService sla) {
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SlaPlan plan = sla.start(
                text(execution, "ticketNo"),
                text(execution, "priority"),
                minutes(execution, "responseMinutes"),
                minutes(execution, "resolutionMinutes"),
                "DEFER".equals(text(execution, "handling")));

        execution.setVariable("responseDue", Date.from(plan.responseDueAt()));
        execution.setVariable("resolutionDue", Date.from(plan.resolutionDueAt()));
    }

    private static int minutes(DelegateExecution execution, String name) {
        Integer minutes = Variables.asInteger(execution.getVariable(name));
        if (minutes == null || minutes < 0) {
            throw new IllegalStateException(
                    "The priority decision gave no " + name + ": " + execution.getVariable(name));
        }
        return minutes;
    }
}
