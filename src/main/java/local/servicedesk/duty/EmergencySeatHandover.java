package local.servicedesk.duty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands open emergency-seat tasks to the information duty officer on duty. Every minute (and so within a minute of
 * each shift change, and after any downtime) each open {@code first-line} task of the {@code emergency-seat} group
 * that a duty officer holds, or nobody, passes to the officer now on duty, and the ticket's timeline records the
 * handover. A task someone else took on (a shift leader, say) stays with them.
 */
@Component
public class EmergencySeatHandover {

    static final String EMERGENCY_SEAT = "emergency-seat";

    private static final Logger log = LoggerFactory.getLogger(EmergencySeatHandover.class);

    private final DutyRosterService roster;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TicketService tickets;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EmergencySeatHandover(
            DutyRosterService roster,
            TaskService tasks,
            RuntimeService runtime,
            TicketService tickets,
            TransactionTemplate transaction,
            Clock clock) {
        this.roster = roster;
        this.tasks = tasks;
        this.runtime = runtime;
        this.tickets = tickets;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${desk.duty.handover-check:PT1M}", initialDelayString = "PT30S")
    public void handOverOpenTasks() {
        handOver(clock.instant());
    }

    /** Hands every open emergency task to the officer on duty at the instant; returns how many changed hands. */
    public int handOver(Instant at) {
        Duty duty = roster.onDuty(at);
        int handed = 0;

        for (Task task : openEmergencyTasks()) {
            if (needsHandover(task, duty) && handOver(task, duty)) {
                handed++;
            }
        }
        return handed;
    }

    private List<Task> openEmergencyTasks() {
        return tasks.createTaskQuery()
                .taskDefinitionKey("first-line")
                .taskCandidateGroup(EMERGENCY_SEAT)
                .includeAssignedTasks()
                .active()
                .list();
    }

    private boolean needsHandover(Task task, Duty duty) {
        String holder = task.getAssignee();
        return !duty.information().equals(holder) && (holder == null || roster.isInformationOfficer(holder));
    }

    /** In one transaction, so that two nodes handing over the same task record it once: the loser's update fails. */
    private boolean handOver(Task task, Duty duty) {
        String ticketNo = (String) runtime.getVariable(task.getExecutionId(), "ticketNo");
        String from = task.getAssignee();
        try {
            transaction.executeWithoutResult(status -> {
                tasks.setAssignee(task.getId(), duty.information());
                tickets.recordNote(ticketNo, TicketService.SYSTEM, message(from, duty));
            });
        } catch (OptimisticLockingException e) {
            log.info("Ticket {}: emergency task already handed over elsewhere", ticketNo);
            return false;
        }
        log.info("Ticket {}: emergency task handed from {} to {} at shift change", ticketNo, from, duty.information());
        return true;
    }

    private static String message(String from, Duty duty) {
        return "交接班：应急工单由 %s 移交%s%s信息值班员 %s"
                .formatted(from == null ? "（无人）" : from, duty.teamName(), duty.shiftName(), duty.information());
    }
}
