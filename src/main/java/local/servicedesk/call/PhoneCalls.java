package local.servicedesk.call;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import local.servicedesk.intake.PhoneCallLinks;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TimelineKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The desk's record of phone calls. A call is kept once: the CTI may post the same call again (after a timeout, a
 * restart) and gets the stored call back, unchanged.
 */
@Service
public class PhoneCalls implements PhoneCallLinks {

    private static final Logger log = LoggerFactory.getLogger(PhoneCalls.class);

    private final CallRecordValidator validator;
    private final CallRepository calls;
    private final TicketService tickets;
    private final Clock clock;

    PhoneCalls(CallRecordValidator validator, CallRepository calls, TicketService tickets, Clock clock) {
        this.validator = validator;
        this.calls = calls;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** What the desk did with a posted call: kept it now, or had it already. */
    public record Recorded(CallView call, boolean replayed) {}

    /**
     * Keeps a call the CTI reported. Not transactional on purpose: the insert commits alone, so that a second post
     * of the same call that loses the race still reads the first one.
     *
     * @throws InvalidCall naming every bad field
     */
    public Recorded record(CallRecord record, String user) {
        PhoneCall call = validator.check(record, user, clock.instant());
        Optional<PhoneCall> earlier = calls.find(call.callId());
        if (earlier.isPresent()) {
            return replay(earlier.get());
        }

        try {
            calls.insert(call);
        } catch (DuplicateKeyException sameCallAtTheSameMoment) {
            return replay(calls.find(call.callId()).orElseThrow(() -> sameCallAtTheSameMoment));
        }
        log.info("Call {} recorded: answered {}, waited {} s", call.callId(), call.answered(), call.waitSeconds());
        return new Recorded(CallView.of(call, List.of()), false);
    }

    /** @throws CallNotFound when no call has this id */
    public CallView get(String callId) {
        PhoneCall call = calls.find(callId).orElseThrow(() -> new CallNotFound(callId));
        return CallView.of(call, calls.ticketsOf(callId));
    }

    @Override
    public Optional<String> refusal(String callId) {
        Optional<PhoneCall> call = calls.find(callId);
        if (call.isEmpty()) {
            return Optional.of("来电 " + callId + " 不存在");
        }
        if (!call.get().answered()) {
            return Optional.of("来电 " + callId + " 未接通，不能据此登记工单");
        }
        return Optional.empty();
    }

    @Override
    public void link(String callId, String ticketNo, String user) {
        PhoneCall call = calls.find(callId).orElseThrow(() -> new CallNotFound(callId));

        calls.link(callId, ticketNo);
        tickets.appendToTimeline(
                ticketNo,
                TimelineKind.NOTE,
                user,
                "关联来电 %s（主叫 %s，坐席 %s）"
                        .formatted(callId, call.callerNumber() == null ? "未显示" : call.callerNumber(), call.agent()));
        log.info("Ticket {} linked to call {}", ticketNo, callId);
    }

    private Recorded replay(PhoneCall earlier) {
        log.info("Call {} posted again; the stored call stands", earlier.callId());
        return new Recorded(CallView.of(earlier, calls.ticketsOf(earlier.callId())), true);
    }
}
