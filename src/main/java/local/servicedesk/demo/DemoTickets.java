package local.servicedesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import local.servicedesk.calendar.WorkingCalendar;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.ticket.TicketQuery;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty desk with the requests of a believable morning, each carried to its own step by the demo users,
 * so that every queue of Tasklist has something in it. Does nothing when the desk already has tickets.
 */
@Component
@ConditionalOnProperty(name = "desk.demo.enabled", havingValue = "true")
class DemoTickets {

    private static final Logger log = LoggerFactory.getLogger(DemoTickets.class);
    private static final Duration STEP = Duration.ofMinutes(18);

    private final IntakeService intake;
    private final TicketService tickets;
    private final TaskService tasks;
    private final IdentityService identity;
    private final WorkingCalendar calendar;
    private final ManagementService management;

    DemoTickets(
            IntakeService intake,
            TicketService tickets,
            TaskService tasks,
            IdentityService identity,
            WorkingCalendar calendar,
            ManagementService management) {
        this.intake = intake;
        this.tickets = tickets;
        this.tasks = tasks;
        this.identity = identity;
        this.calendar = calendar;
        this.management = management;
    }

    /** How far the demo users carry a ticket. */
    enum Stage {
        FIRST_LINE,
        RESOLVED_AT_FIRST_LINE,
        SECOND_LINE,
        CALLBACK,
        CLOSED_AFTER_CALLBACK
    }

    record Demo(Stage stage, TicketRequest request) {}

    @EventListener(ApplicationReadyEvent.class)
    void fillAnEmptyDesk() {
        if (!tickets.search(new TicketQuery(null, null, null, null, 0, 1))
                .items()
                .isEmpty()) {
            return;
        }
        List<Demo> demos = DemoRequests.all();
        Instant morning = lastWorkingMorning(Instant.now());
        try {
            for (int i = 0; i < demos.size(); i++) {
                // the demo tells of the last working morning, whatever the hour the desk starts at
                ClockUtil.setCurrentTime(Date.from(morning.plus(Duration.ofMinutes(7L * i))));
                carry(demos.get(i));
            }
        } finally {
            ClockUtil.reset();
        }
        log.info("Demo desk filled with {} tickets of {}", demos.size(), morning);
    }

    private Instant lastWorkingMorning(Instant now) {
        LocalDate day = now.atZone(calendar.zone()).toLocalDate();
        for (int back = 0; back < 30; back++) {
            Instant nine =
                    day.minusDays(back).atTime(9, 0).atZone(calendar.zone()).toInstant();
            if (nine.isBefore(now) && calendar.isWorkingTime(nine)) {
                return nine;
            }
        }
        return now;
    }

    private void carry(Demo demo) {
        String ticketNo = intake.submit(demo.request(), null, "demo").ticket().ticketNo();
        switch (demo.stage()) {
            case FIRST_LINE -> {}
            case RESOLVED_AT_FIRST_LINE ->
                complete(ticketNo, "first-line", Map.of("outcome", "RESOLVED", "resolution", "已电话指导客户完成操作，客户确认问题解决"));
            case SECOND_LINE -> escalate(ticketNo);
            case CALLBACK -> fix(escalate(ticketNo));
            case CLOSED_AFTER_CALLBACK ->
                complete(
                        fix(escalate(ticketNo)),
                        "callback",
                        Map.of(
                                "customerReached",
                                true,
                                "satisfied",
                                true,
                                "satisfaction",
                                5,
                                "complaint",
                                false,
                                "comment",
                                "处理及时，谢谢"));
        }
    }

    private String escalate(String ticketNo) {
        return complete(ticketNo, "first-line", Map.of("outcome", "ESCALATE", "resolution", "远程查看后确认非操作问题，需二线排查"));
    }

    private String fix(String ticketNo) {
        return complete(ticketNo, "second-line", Map.of("outcome", "FIXED", "resolution", "已定位原因并修复，经验证恢复正常"));
    }

    private String complete(String ticketNo, String taskKey, Map<String, Object> variables) {
        Task task = awaitTask(ticketNo, taskKey);
        if (task == null) {
            // out of working time a normal request waits for the seats: leave it where the process put it
            return ticketNo;
        }
        // a seat or an engineer takes a while: each step of the story happens a little later
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(STEP)));
        tasks.claim(task.getId(), memberOfCandidateGroup(task));
        tasks.complete(task.getId(), variables);
        return ticketNo;
    }

    /** The task, once the asynchronous steps before it (a mail, say) have run; null if it does not come. */
    private Task awaitTask(String ticketNo, String taskKey) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Task task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(ticketNo)
                    .taskDefinitionKey(taskKey)
                    .singleResult();
            if (task != null || !runPendingJobs(ticketNo)) {
                return task;
            }
        }
        return null;
    }

    private boolean runPendingJobs(String ticketNo) {
        String processInstanceId = tickets.get(ticketNo).processInstanceId();
        List<Job> jobs = management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .executable()
                .list();
        for (Job job : jobs) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException takenByTheJobExecutor) {
                log.debug("Demo ticket {}: job {} ran elsewhere", ticketNo, job.getId());
            }
        }
        return !jobs.isEmpty();
    }

    private String memberOfCandidateGroup(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .flatMap(link -> identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream())
                .map(User::getId)
                .findFirst()
                .orElse("admin");
    }
}
