package local.servicedesk.ticket;

import static local.servicedesk.ticket.TicketStatus.CALLBACK;
import static local.servicedesk.ticket.TicketStatus.CLOSED;
import static local.servicedesk.ticket.TicketStatus.DEFERRED;
import static local.servicedesk.ticket.TicketStatus.FIRST_LINE;
import static local.servicedesk.ticket.TicketStatus.SECOND_LINE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import local.servicedesk.catalog.Catalog;
import local.servicedesk.ticket.TicketRepository.Column;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket's life as the desk records it. Every step checks that the ticket's status allows it, writes the
 * step's facts and appends to the timeline, in the caller's transaction (the engine's, when a process step calls).
 */
@Service
@Transactional
public class TicketService {

    /** The actor of steps that nobody performed by hand. */
    public static final String SYSTEM = "system";

    /** The longest text a timeline entry keeps; longer text is cut. */
    public static final int TIMELINE_TEXT_MAX = 2000;

    private static final int ACTOR_MAX = 64;

    private static final Logger log = LoggerFactory.getLogger(TicketService.class);

    private final TicketRepository tickets;
    private final TicketNumbers numbers;
    private final Clock clock;
    private final Catalog catalog;
    private final GroupNames groups;

    TicketService(TicketRepository tickets, TicketNumbers numbers, Clock clock, Catalog catalog, GroupNames groups) {
        this.tickets = tickets;
        this.numbers = numbers;
        this.clock = clock;
        this.catalog = catalog;
        this.groups = groups;
    }

    public Ticket open(TicketFacts facts, String createdBy, String idempotencyKey, String requestHash) {
        Instant now = clock.instant();
        String ticketNo = numbers.next(now);

        tickets.insert(ticketNo, facts, now, createdBy, idempotencyKey, requestHash);
        note(
                ticketNo,
                TicketStatus.NEW,
                createdBy,
                "通过%s渠道受理：%s".formatted(catalog.channelLabel(facts.channel()), facts.subject()));
        log.info("Ticket {} opened from channel {}", ticketNo, facts.channel());
        return get(ticketNo);
    }

    @Transactional(readOnly = true)
    public Optional<Ticket> find(String ticketNo) {
        return tickets.find(ticketNo);
    }

    @Transactional(readOnly = true)
    public Ticket get(String ticketNo) {
        return tickets.find(ticketNo).orElseThrow(() -> new TicketNotFound(ticketNo));
    }

    @Transactional(readOnly = true)
    public Optional<IdempotentRequest> findByIdempotencyKey(String key) {
        return tickets.findByIdempotencyKey(key).map(k -> new IdempotentRequest(k.ticketNo(), k.requestHash()));
    }

    @Transactional(readOnly = true)
    public TicketPage search(TicketQuery query) {
        List<Ticket> found = tickets.search(query);
        boolean hasMore = found.size() > query.size();
        List<TicketView> items =
                found.stream().limit(query.size()).map(TicketView::of).toList();
        return new TicketPage(items, query.page(), query.size(), hasMore);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(String ticketNo) {
        return tickets.timeline(ticketNo);
    }

    public void linkProcess(String ticketNo, String processInstanceId) {
        tickets.update(ticketNo, clock.instant(), new Column("process_instance_id", processInstanceId));
    }

    public void triage(String ticketNo, Triage triage) {
        Ticket ticket = lock(ticketNo);

        tickets.update(
                ticketNo,
                clock.instant(),
                new Column("priority", triage.priority()),
                new Column("major", triage.major()),
                new Column("seat_group", triage.seatGroup()),
                new Column("second_line_group", triage.secondLineGroup()));
        String major = triage.major() ? "（重要事件）" : "";
        note(
                ticketNo,
                ticket.status(),
                SYSTEM,
                "定级 %s%s，分派至%s".formatted(triage.priority(), major, groups.nameOf(triage.seatGroup())));
    }

    public void defer(String ticketNo, Instant workingTimeStarts) {
        move(
                ticketNo,
                DEFERRED,
                SYSTEM,
                "非工作时间的一般请求，已确认受理，将于 %s 起处理".formatted(DeskTime.format(workingTimeStarts)),
                new Column("deferred_at", clock.instant()));
    }

    public void enterFirstLine(String ticketNo, String group) {
        Ticket ticket = lock(ticketNo);
        String message = ticket.status() == SECOND_LINE
                ? "二线退回，重新进入一线队列：" + groups.nameOf(group)
                : "进入一线队列：" + groups.nameOf(group);

        moveFrom(
                ticket,
                FIRST_LINE,
                SYSTEM,
                message,
                ticket.steps().firstLineAt() == null
                        ? new Column[] {new Column("first_line_at", clock.instant())}
                        : new Column[0]);
    }

    public void resolveAtFirstLine(String ticketNo, String actor, String resolution) {
        requireStatus(lock(ticketNo), FIRST_LINE);

        tickets.update(
                ticketNo, clock.instant(), new Column("resolution", resolution), new Column("first_line_by", actor));
        note(ticketNo, FIRST_LINE, actor, "一线解决：" + resolution);
    }

    public void escalate(String ticketNo, String actor, String note) {
        requireStatus(lock(ticketNo), FIRST_LINE);

        tickets.update(ticketNo, clock.instant(), new Column("first_line_by", actor));
        note(ticketNo, FIRST_LINE, actor, blank(note) ? "一线无法解决，派发二线工单" : "一线无法解决，派发二线工单：" + note);
    }

    public void reclassify(String ticketNo, String actor, String category, String type) {
        Ticket ticket = lock(ticketNo);
        TicketFacts facts = ticket.facts();
        if (facts.category().equals(category) && facts.type().equals(type)) {
            return;
        }

        tickets.update(ticketNo, clock.instant(), new Column("category", category), new Column("type", type));
        note(
                ticketNo,
                ticket.status(),
                actor,
                "更正业务类别 %s → %s，请求类型 %s → %s".formatted(facts.category(), category, facts.type(), type));
    }

    /** Gives the ticket its next work-order number: the ticket number and the count of dispatches. */
    public String dispatchWorkOrder(String ticketNo, String seatGroup, String secondLineGroup) {
        Ticket ticket = lock(ticketNo);
        int dispatches = ticket.workOrderNo() == null
                ? 0
                : Integer.parseInt(
                        ticket.workOrderNo().substring(ticket.workOrderNo().lastIndexOf('-') + 1));
        String workOrderNo = "%s-%02d".formatted(ticketNo, dispatches + 1);

        tickets.update(
                ticketNo,
                clock.instant(),
                new Column("work_order_no", workOrderNo),
                new Column("seat_group", seatGroup),
                new Column("second_line_group", secondLineGroup));
        note(ticketNo, ticket.status(), SYSTEM, "生成工单 %s，派往%s".formatted(workOrderNo, groups.nameOf(secondLineGroup)));
        log.info("Ticket {} dispatched as work order {} to {}", ticketNo, workOrderNo, secondLineGroup);
        return workOrderNo;
    }

    public void enterSecondLine(String ticketNo, String group) {
        Ticket ticket = lock(ticketNo);
        String message = ticket.status() == CALLBACK
                ? "客户不满意，工单重新打开，回到二线：" + groups.nameOf(group)
                : "进入二线队列：" + groups.nameOf(group);

        moveFrom(
                ticket,
                SECOND_LINE,
                SYSTEM,
                message,
                ticket.steps().secondLineAt() == null
                        ? new Column[] {new Column("second_line_at", clock.instant())}
                        : new Column[0]);
    }

    public void fix(String ticketNo, String actor, String resolution) {
        requireStatus(lock(ticketNo), SECOND_LINE);

        tickets.update(
                ticketNo, clock.instant(), new Column("resolution", resolution), new Column("second_line_by", actor));
        note(ticketNo, SECOND_LINE, actor, "二线处理完成：" + resolution);
    }

    public void returnToFirstLine(String ticketNo, String actor, String reason) {
        requireStatus(lock(ticketNo), SECOND_LINE);

        tickets.update(ticketNo, clock.instant(), new Column("second_line_by", actor));
        note(ticketNo, SECOND_LINE, actor, "派单错误，退回一线：" + reason);
    }

    public void enterCallback(String ticketNo, String group) {
        Ticket ticket = lock(ticketNo);
        String message = ticket.status() == CALLBACK
                ? "第 %d 次回访未联系上客户，再次回访（%s）".formatted(ticket.callback().attempts(), groups.nameOf(group))
                : "进入回访队列：" + groups.nameOf(group);

        moveFrom(
                ticket,
                CALLBACK,
                SYSTEM,
                message,
                ticket.steps().callbackAt() == null
                        ? new Column[] {new Column("callback_at", clock.instant())}
                        : new Column[0]);
    }

    public void recordCallback(String ticketNo, String actor, CallbackAnswer answer) {
        Ticket ticket = requireStatus(lock(ticketNo), CALLBACK);
        int attempts = ticket.callback().attempts() + 1;

        tickets.update(
                ticketNo,
                clock.instant(),
                new Column("callback_by", actor),
                new Column("callback_attempts", attempts),
                new Column("customer_reached", answer.customerReached()),
                new Column("satisfied", answer.satisfied()),
                new Column("satisfaction", answer.satisfaction()),
                new Column("complaint", ticket.callback().complaint() || answer.complaint()),
                new Column("callback_comment", answer.comment()));
        note(ticketNo, CALLBACK, actor, callbackMessage(attempts, answer));
    }

    public void close(String ticketNo, ResolvedAt resolvedAt, Closure closure) {
        String message = closure == Closure.UNREACHABLE ? "多次回访均未联系上客户，工单关闭" : "工单已解决并关闭";

        move(
                ticketNo,
                CLOSED,
                SYSTEM,
                message,
                new Column("resolved_at", resolvedAt.name()),
                new Column("closure", closure.name()),
                new Column("closed_at", clock.instant()));
        log.info("Ticket {} closed: {} at {}", ticketNo, closure, resolvedAt);
    }

    public void recordMailSent(String ticketNo, String recipients, String subject) {
        Ticket ticket = get(ticketNo);

        tickets.appendTimeline(
                ticketNo,
                new TimelineEntry(
                        clock.instant(),
                        ticket.status(),
                        TimelineKind.MAIL_OUT,
                        SYSTEM,
                        "发送邮件至 %s：%s".formatted(recipients, subject)));
    }

    /** A note on the timeline that changes nothing else, e.g. who of the duty officers holds the ticket. */
    public void recordNote(String ticketNo, String actor, String message) {
        appendToTimeline(ticketNo, TimelineKind.NOTE, actor, message);
    }

    public void startSla(String ticketNo, SlaPlan plan) {
        Ticket ticket = lock(ticketNo);

        tickets.update(
                ticketNo,
                clock.instant(),
                new Column("sla_clock", plan.clock()),
                new Column("sla_started_at", plan.startedAt()),
                new Column("response_minutes", plan.responseMinutes()),
                new Column("resolution_minutes", plan.resolutionMinutes()),
                new Column("response_due_at", plan.responseDueAt()),
                new Column("resolution_due_at", plan.resolutionDueAt()));
        note(
                ticketNo,
                ticket.status(),
                SYSTEM,
                "服务时限（%s）：%s 前响应，%s 前解决"
                        .formatted(
                                "WALL".equals(plan.clock()) ? "自然时间" : "工作时间",
                                DeskTime.format(plan.responseDueAt()),
                                DeskTime.format(plan.resolutionDueAt())));
    }

    /** Records that first line took the request up, once. */
    public void recordResponse(String ticketNo) {
        Ticket ticket = lock(ticketNo);
        if (ticket.sla().respondedAt() != null) {
            return;
        }

        tickets.update(ticketNo, clock.instant(), new Column("responded_at", clock.instant()));
    }

    /** Records that the request was resolved; a customer's refusal at the callback opens the target again. */
    public void recordResolution(String ticketNo, boolean resolved) {
        lock(ticketNo);

        tickets.update(ticketNo, clock.instant(), new Column("resolution_met_at", resolved ? clock.instant() : null));
    }

    public void setCallbackDue(String ticketNo, Instant due) {
        Ticket ticket = lock(ticketNo);

        tickets.update(ticketNo, clock.instant(), new Column("callback_due_at", due));
        note(ticketNo, ticket.status(), SYSTEM, "回访时限：%s 前".formatted(DeskTime.format(due)));
    }

    /** Marks the warning before a target; false when it was marked before. */
    public boolean markSlaWarned(String ticketNo, SlaTarget target) {
        Ticket ticket = lock(ticketNo);
        if (ticket.sla().warnedAt(target) != null) {
            return false;
        }

        tickets.update(ticketNo, clock.instant(), new Column(target.column() + "_warned_at", clock.instant()));
        note(
                ticketNo,
                ticket.status(),
                SYSTEM,
                "%s时限预警：将于 %s 到期"
                        .formatted(target.label(), DeskTime.format(ticket.sla().dueAt(target))));
        log.info(
                "Ticket {}: {} due at {} is near",
                ticketNo,
                target,
                ticket.sla().dueAt(target));
        return true;
    }

    /** Marks a target as breached; false when it was marked before. */
    public boolean markSlaBreached(String ticketNo, SlaTarget target) {
        Ticket ticket = lock(ticketNo);
        if (ticket.sla().breachedAt(target) != null) {
            return false;
        }

        tickets.update(ticketNo, clock.instant(), new Column(target.column() + "_breached_at", clock.instant()));
        note(
                ticketNo,
                ticket.status(),
                SYSTEM,
                "%s超时：时限 %s 已过，已升级至值长和服务台主管"
                        .formatted(target.label(), DeskTime.format(ticket.sla().dueAt(target))));
        log.warn(
                "Ticket {} breached its {} target due at {}",
                ticketNo,
                target,
                ticket.sla().dueAt(target));
        return true;
    }

    /** The desk waits for the customer: the resolution clock stands still until {@link #endWaiting}. */
    public void startWaiting(String ticketNo, String actor, String reason) {
        Ticket ticket = lock(ticketNo);
        if (ticket.status() != FIRST_LINE && ticket.status() != SECOND_LINE) {
            throw new TicketMoveRefused(ticket.ticketNo(), ticket.status(), "等待客户");
        }
        if (ticket.sla().waiting()) {
            return;
        }

        Column[] columns = ticket.sla().respondedAt() == null
                ? new Column[] {
                    new Column("waiting_since", clock.instant()), new Column("responded_at", clock.instant())
                }
                : new Column[] {new Column("waiting_since", clock.instant())};
        tickets.update(ticketNo, clock.instant(), columns);
        note(ticketNo, ticket.status(), actor, blank(reason) ? "等待客户答复，解决时限暂停计时" : "等待客户答复，解决时限暂停计时：" + reason);
    }

    /** The customer answered: the paused minutes are added and the resolution due instant moves by them. */
    public void endWaiting(String ticketNo, String actor, long pausedMinutes, Instant resolutionDue) {
        Ticket ticket = lock(ticketNo);
        if (!ticket.sla().waiting()) {
            return;
        }

        tickets.update(
                ticketNo,
                clock.instant(),
                new Column("waiting_since", null),
                new Column("paused_minutes", ticket.sla().pausedMinutes() + (int) pausedMinutes),
                new Column("resolution_due_at", resolutionDue));
        note(
                ticketNo,
                ticket.status(),
                actor,
                "恢复计时：暂停 %d 分钟，解决时限顺延至 %s".formatted(pausedMinutes, DeskTime.format(resolutionDue)));
    }

    /**
     * A mail about the ticket came in, from its customer: the text goes to the timeline as it is, cut to
     * {@link #TIMELINE_TEXT_MAX}. The ticket's status does not change.
     */
    public void recordMailReceived(String ticketNo, String sender, String text) {
        appendToTimeline(ticketNo, TimelineKind.MAIL_IN, sender, text);
        log.info("Ticket {} received a mail from its customer", ticketNo);
    }

    /**
     * Appends what arrived or was noted outside the process's steps (a customer's message, a link to a call) under
     * the ticket's current status. The timeline keeps at most {@value #TIMELINE_TEXT_MAX} characters of it; the
     * channel that received a longer text keeps the whole of it.
     */
    public void appendToTimeline(String ticketNo, TimelineKind kind, String actor, String message) {
        Ticket ticket = get(ticketNo);
        String kept =
                message.length() > TIMELINE_TEXT_MAX ? message.substring(0, TIMELINE_TEXT_MAX - 1) + "…" : message;
        String by = actor == null || actor.length() <= ACTOR_MAX ? actor : actor.substring(0, ACTOR_MAX);

        tickets.appendTimeline(ticketNo, new TimelineEntry(clock.instant(), ticket.status(), kind, by, kept));
    }

    private Ticket lock(String ticketNo) {
        return tickets.findForUpdate(ticketNo).orElseThrow(() -> new TicketNotFound(ticketNo));
    }

    private void move(String ticketNo, TicketStatus next, String actor, String message, Column... columns) {
        moveFrom(lock(ticketNo), next, actor, message, columns);
    }

    private void moveFrom(Ticket ticket, TicketStatus next, String actor, String message, Column... columns) {
        if (!ticket.status().canMoveTo(next)) {
            throw new TicketMoveRefused(ticket.ticketNo(), ticket.status(), next);
        }
        Column[] all = new Column[columns.length + 1];
        all[0] = new Column("status", next.name());
        System.arraycopy(columns, 0, all, 1, columns.length);

        tickets.update(ticket.ticketNo(), clock.instant(), all);
        note(ticket.ticketNo(), next, actor, message);
    }

    private Ticket requireStatus(Ticket ticket, TicketStatus expected) {
        if (ticket.status() != expected) {
            throw new TicketMoveRefused(ticket.ticketNo(), ticket.status(), expected);
        }
        return ticket;
    }

    private void note(String ticketNo, TicketStatus status, String actor, String message) {
        tickets.appendTimeline(ticketNo, new TimelineEntry(clock.instant(), status, TimelineKind.STEP, actor, message));
    }

    private static String callbackMessage(int attempt, CallbackAnswer answer) {
        if (!answer.customerReached()) {
            return "第 %d 次回访：未联系上客户".formatted(attempt);
        }
        String verdict = Boolean.TRUE.equals(answer.satisfied()) ? "满意" : "不满意";
        String complaint = answer.complaint() ? "，客户投诉" : "";
        return "第 %d 次回访：客户%s，评分 %s%s".formatted(attempt, verdict, answer.satisfaction(), complaint);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
