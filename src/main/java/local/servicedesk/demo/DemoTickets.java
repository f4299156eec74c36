package local.servicedesk.demo;

import java.util.List;
import java.util.Map;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.ticket.TicketQuery;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
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

    private final IntakeService intake;
    private final TicketService tickets;
    private final TaskService tasks;
    private final IdentityService identity;

    DemoTickets(IntakeService intake, TicketService tickets, TaskService tasks, IdentityService identity) {
        this.intake = intake;
        this.tickets = tickets;
        this.tasks = tasks;
        this.identity = identity;
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
        demos.forEach(this::carry);
        log.info("Demo desk filled with {} tickets", demos.size());
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
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(ticketNo)
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            // out of working time a normal request waits for the seats: leave it where the process put it
            return ticketNo;
        }
        tasks.claim(task.getId(), memberOfCandidateGroup(task));
        tasks.complete(task.getId(), variables);
        return ticketNo;
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
