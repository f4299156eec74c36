package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import java.time.Clock;
import local.servicedesk.duty.Duty;
import local.servicedesk.duty.DutyRosterService;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A first-line task for the emergency seat is offered to the {@code emergency-seat} group and assigned to the
 * information duty officer on duty, so that one person is answerable for it at night; at each shift change the
 * handover passes it on (see {@code duty.EmergencySeatHandover}).
 */
@Component("dutyOfficerListener")
class DutyOfficerListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(DutyOfficerListener.class);

    private final DutyRosterService roster;
    private final TicketService tickets;
    private final Clock clock;

    DutyOfficerListener(DutyRosterService roster, TicketService tickets, Clock clock) {
        this.roster = roster;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!RecordTriageDelegate.EMERGENCY_SEAT.equals(text(task, "firstLineGroup"))) {
            return;
        }
        String ticketNo = text(task, "ticketNo");
        Duty duty = roster.onDuty(clock.instant());

        task.setAssignee(duty.information());
        tickets.recordNote(
                ticketNo,
                TicketService.SYSTEM,
                "应急坐席：分派给%s%s信息值班员 %s".formatted(duty.teamName(), duty.shiftName(), duty.information()));
        log.info("Ticket {} assigned to {}, information duty officer of {}", ticketNo, duty.information(), duty.team());
    }
}
