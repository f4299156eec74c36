package local.servicedesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import local.servicedesk.calendar.WorkingCalendar;
import local.servicedesk.ticket.SlaPlan;
import local.servicedesk.ticket.SlaRecord;
import local.servicedesk.ticket.SlaTarget;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketStatus;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's service levels. The targets come from the {@code ticket-priority} decision; P1 and P2 run on the wall
 * clock, P3 and P4 in the seats' working minutes. The SLA timers of {@code ticket.bpmn} read their instants here
 * (bean {@code sla}); while the desk waits for the customer, the resolution timers are suspended, and on resumption
 * every resolution due instant moves by the paused time.
 */
@Service("sla")
@EnableConfigurationProperties(SlaProperties.class)
public class SlaService {

    /** The boundary timers that watch the resolution target, paused while the desk waits for the customer. */
    static final Map<String, Boolean> RESOLUTION_TIMERS = Map.of(
            "first-line-resolution-warning", true,
            "first-line-resolution-breach", false,
            "second-line-resolution-warning", true,
            "second-line-resolution-breach", false);

    private final TicketService tickets;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final SlaProperties properties;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;

    SlaService(
            TicketService tickets,
            WorkingCalendar calendar,
            Clock clock,
            SlaProperties properties,
            ManagementService management,
            RuntimeService runtime,
            TaskService tasks) {
        this.tickets = tickets;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Starts the clocks of a triaged ticket: now, or for a request that waits for working time when working time
     * starts, since the customer was told so.
     */
    public SlaPlan start(
            String ticketNo, String priority, int responseMinutes, int resolutionMinutes, boolean deferred) {
        Instant now = clock.instant();
        Instant start = deferred ? calendar.nextWorkingStart(now) : now;
        SlaClock slaClock = SlaClock.of(priority);
        SlaPlan plan = new SlaPlan(
                slaClock.name(),
                start,
                responseMinutes,
                resolutionMinutes,
                slaClock.add(calendar, start, responseMinutes),
                slaClock.add(calendar, start, resolutionMinutes));

        tickets.startSla(ticketNo, plan);
        return plan;
    }

    /** When the handling group is warned that the target is near; read by the warning timers. */
    public Date warningAt(String ticketNo, String target) {
        Ticket ticket = tickets.get(ticketNo);
        SlaRecord sla = ticket.sla();
        SlaClock slaClock = SlaClock.valueOf(sla.clock());

        return Date.from(
                switch (SlaTarget.valueOf(target)) {
                    case RESPONSE -> slaClock.add(calendar, sla.startedAt(), share(sla.responseMinutes()));
                    case RESOLUTION ->
                        slaClock.add(calendar, sla.startedAt(), share(sla.resolutionMinutes()) + sla.pausedMinutes());
                    case CALLBACK ->
                        SlaClock.WORKING.add(calendar, callbackStart(ticket), share(properties.callbackMinutes()));
                });
    }

    /** When the target is due; read by the breach timers and written on the tasks. */
    public Date dueAt(String ticketNo, String target) {
        return Date.from(due(ticketNo, SlaTarget.valueOf(target)));
    }

    /** The target the first-line task runs against: the response, or once first line responded, the resolution. */
    public SlaTarget firstLineTarget(String ticketNo) {
        return tickets.get(ticketNo).sla().respondedAt() == null ? SlaTarget.RESPONSE : SlaTarget.RESOLUTION;
    }

    /** When the callback is due, fixed when the ticket first enters the callback queue. */
    public Instant callbackDue(String ticketNo) {
        Ticket ticket = tickets.get(ticketNo);
        if (ticket.sla().callbackDueAt() != null) {
            return ticket.sla().callbackDueAt();
        }
        Instant due = SlaClock.WORKING.add(calendar, callbackStart(ticket), properties.callbackMinutes());

        tickets.setCallbackDue(ticketNo, due);
        return due;
    }

    /** When a seat should make the callback: now in working time, else when working time starts. */
    public Instant callbackFollowUp() {
        Instant now = clock.instant();
        return calendar.isWorkingTime(now) ? now : calendar.nextWorkingStart(now);
    }

    /** Whether the target still needs watching: not met, and not standing still while the desk waits. */
    public boolean isOpen(String ticketNo, SlaTarget target) {
        Ticket ticket = tickets.get(ticketNo);
        if (ticket.sla().waiting() && target == SlaTarget.RESOLUTION) {
            return false;
        }
        if (target == SlaTarget.CALLBACK) {
            return ticket.status() == TicketStatus.CALLBACK;
        }
        return !ticket.sla().met(target) && ticket.status() != TicketStatus.CLOSED;
    }

    /** Whether the target is open and its due instant has passed: a breach to escalate. */
    public boolean isBreached(String ticketNo, SlaTarget target) {
        return isOpen(ticketNo, target) && !clock.instant().isBefore(due(ticketNo, target));
    }

    /** The desk waits for the customer: the resolution clock and its timers stand still. */
    @Transactional
    public void startWaiting(String ticketNo, String actor, String reason) {
        Ticket ticket = tickets.get(ticketNo);

        tickets.startWaiting(ticketNo, actor, reason);
        resolutionTimers(ticket).forEach(job -> management.suspendJobById(job.getId()));
    }

    /** The customer answered: the resolution due instant, its timers and the task's due date move by the pause. */
    @Transactional
    public void endWaiting(String ticketNo, String actor) {
        endWaiting(ticketNo, actor, true);
    }

    /**
     * Ends a wait because its task is being completed: the task's timers and due date go with the task, so only the
     * ticket and the process learn the new due instant.
     */
    @Transactional
    public void endWaitingAsTaskCompletes(String ticketNo) {
        endWaiting(ticketNo, TicketService.SYSTEM, false);
    }

    private void endWaiting(String ticketNo, String actor, boolean moveTimers) {
        Ticket ticket = tickets.get(ticketNo);
        SlaRecord sla = ticket.sla();
        if (!sla.waiting()) {
            return;
        }
        SlaClock slaClock = SlaClock.valueOf(sla.clock());
        long paused = Math.max(0, slaClock.between(calendar, sla.waitingSince(), clock.instant()));
        Instant due = slaClock.add(calendar, sla.startedAt(), sla.resolutionMinutes() + sla.pausedMinutes() + paused);

        tickets.endWaiting(ticketNo, actor, paused, due);
        if (moveTimers) {
            reschedule(ticket, due);
        } else if (ticket.processInstanceId() != null) {
            runtime.setVariable(ticket.processInstanceId(), "resolutionDue", Date.from(due));
        }
    }

    private void reschedule(Ticket ticket, Instant due) {
        String ticketNo = ticket.ticketNo();
        Date warning = warningAt(ticketNo, SlaTarget.RESOLUTION.name());
        for (Job job : resolutionTimers(ticket)) {
            management.setJobDuedate(job.getId(), warningJob(job) ? warning : Date.from(due));
            management.activateJobById(job.getId());
        }
        for (Task task : openTasks(ticket)) {
            task.setDueDate(Date.from(due));
            tasks.saveTask(task);
        }
        if (ticket.processInstanceId() != null) {
            runtime.setVariable(ticket.processInstanceId(), "resolutionDue", Date.from(due));
        }
    }

    private boolean warningJob(Job job) {
        String activity = management
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult()
                .getActivityId();
        return Boolean.TRUE.equals(RESOLUTION_TIMERS.get(activity));
    }

    private List<Job> resolutionTimers(Ticket ticket) {
        if (ticket.processInstanceId() == null) {
            return List.of();
        }
        return RESOLUTION_TIMERS.keySet().stream()
                .flatMap(activity -> management
                        .createJobQuery()
                        .processInstanceId(ticket.processInstanceId())
                        .activityId(activity)
                        .timers()
                        .list()
                        .stream())
                .toList();
    }

    private List<Task> openTasks(Ticket ticket) {
        if (ticket.processInstanceId() == null) {
            return List.of();
        }
        return tasks.createTaskQuery()
                .processInstanceId(ticket.processInstanceId())
                .taskDefinitionKeyIn("first-line", "second-line")
                .list();
    }

    private Instant due(String ticketNo, SlaTarget target) {
        if (target == SlaTarget.CALLBACK) {
            return callbackDue(ticketNo);
        }
        return tickets.get(ticketNo).sla().dueAt(target);
    }

    private Instant callbackStart(Ticket ticket) {
        Instant entered = ticket.steps().callbackAt();
        return entered == null ? clock.instant() : entered;
    }

    private long share(Integer minutes) {
        return (long) Math.floor(minutes * properties.warningShare());
    }
}
