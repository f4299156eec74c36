package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import java.util.List;
import java.util.Map;
import local.servicedesk.catalog.Catalog;
import local.servicedesk.ticket.CallbackAnswer;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Keeps the ticket in step with its user tasks. When a task is created the ticket enters that queue, the task gets
 * a name and priority a seat can sort by and the form gets the story so far ({@code historyText}); when it is
 * completed the input is checked (a refusal leaves the task open) and the outcome is recorded.
 */
@Component("ticketTaskListener")
class TicketTaskListener implements TaskListener {

    static final String FIRST_LINE = "first-line";
    static final String SECOND_LINE = "second-line";
    static final String CALLBACK = "callback";

    /** What each task produces: cleared when the task starts, so an earlier round's answer cannot slip through. */
    private static final Map<String, List<String>> OUTPUTS = Map.of(
            FIRST_LINE, List.of("outcome", "resolution"),
            SECOND_LINE, List.of("outcome", "resolution"),
            CALLBACK, List.of("customerReached", "satisfied", "satisfaction", "complaint", "comment"));

    private static final Map<String, Integer> TASK_PRIORITY = Map.of("P1", 90, "P2", 70, "P3", 50, "P4", 30);

    private final TicketService tickets;
    private final TaskInput input;
    private final Catalog catalog;

    TicketTaskListener(TicketService tickets, TaskInput input, Catalog catalog) {
        this.tickets = tickets;
        this.input = input;
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task);
        }
    }

    private void created(DelegateTask task) {
        String ticketNo = text(task, "ticketNo");
        switch (task.getTaskDefinitionKey()) {
            case FIRST_LINE -> tickets.enterFirstLine(ticketNo, text(task, "firstLineGroup"));
            case SECOND_LINE -> tickets.enterSecondLine(ticketNo, text(task, "secondLineGroup"));
            case CALLBACK -> tickets.enterCallback(ticketNo, text(task, "seatGroup"));
            default -> throw new IllegalStateException("no ticket step for task " + task.getTaskDefinitionKey());
        }
        OUTPUTS.get(task.getTaskDefinitionKey()).forEach(task.getExecution()::removeVariable);
        Ticket ticket = tickets.get(ticketNo);
        describe(task, ticket);
        tellStorySoFar(task, ticket);
    }

    /** What the form shows of the past: the timeline, and at a callback how often the seats tried before. */
    private void tellStorySoFar(DelegateTask task, Ticket ticket) {
        task.getExecution().setVariable("historyText", TicketHistory.of(tickets.timeline(ticket.ticketNo())));
        if (CALLBACK.equals(task.getTaskDefinitionKey())) {
            task.getExecution()
                    .setVariable("callbackAttempts", ticket.callback().attempts());
        }
    }

    private void describe(DelegateTask task, Ticket ticket) {
        task.setName("%s %s %s %s"
                .formatted(
                        task.getName(),
                        ticket.ticketNo(),
                        catalog.categoryLabel(ticket.facts().category()),
                        ticket.facts().subject()));
        task.setPriority(TASK_PRIORITY.getOrDefault(ticket.priority(), Task.PRIORITY_NORMAL));
    }

    private void completed(DelegateTask task) {
        String ticketNo = text(task, "ticketNo");
        String actor = actor(task);
        switch (task.getTaskDefinitionKey()) {
            case FIRST_LINE -> firstLineDone(task, ticketNo, actor);
            case SECOND_LINE -> secondLineDone(task, ticketNo, actor);
            case CALLBACK -> callbackDone(task, ticketNo, actor);
            default -> throw new IllegalStateException("no ticket step for task " + task.getTaskDefinitionKey());
        }
    }

    private void firstLineDone(DelegateTask task, String ticketNo, String actor) {
        TaskInput.FirstLine done = input.firstLine(task::getVariable);

        tickets.reclassify(ticketNo, actor, done.category(), done.type());
        if (done.resolved()) {
            tickets.resolveAtFirstLine(ticketNo, actor, done.resolution());
        } else {
            tickets.escalate(ticketNo, actor, done.resolution());
            task.setVariable("firstLineNote", done.resolution());
        }
    }

    private void secondLineDone(DelegateTask task, String ticketNo, String actor) {
        TaskInput.SecondLine done = input.secondLine(task::getVariable);

        if (done.fixed()) {
            tickets.fix(ticketNo, actor, done.resolution());
        } else {
            tickets.returnToFirstLine(ticketNo, actor, done.resolution());
            task.setVariable("firstLineGroup", text(task, "seatGroup"));
            task.setVariable("returnReason", done.resolution());
        }
    }

    private void callbackDone(DelegateTask task, String ticketNo, String actor) {
        CallbackAnswer answer = input.callback(task::getVariable);

        tickets.recordCallback(ticketNo, actor, answer);
        // the gateways read typed values, whatever representation the form or client sent
        task.setVariable("customerReached", answer.customerReached());
        task.setVariable("satisfied", Boolean.TRUE.equals(answer.satisfied()));
        task.setVariable("satisfaction", answer.satisfaction());
        task.setVariable("complaint", answer.complaint());
        task.setVariable("callbackAttempts", tickets.get(ticketNo).callback().attempts());
    }

    private static String actor(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}
