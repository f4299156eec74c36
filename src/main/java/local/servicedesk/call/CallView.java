package local.servicedesk.call;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A call as the call API shows it, with the tickets logged for it; instants in Beijing time with their offset. */
public record CallView(
        String callId,
        String callerNumber,
        String ivrChoice,
        String category,
        OffsetDateTime queuedAt,
        OffsetDateTime answeredAt,
        OffsetDateTime endedAt,
        String agent,
        boolean answered,
        long waitSeconds,
        boolean answeredInTarget,
        List<String> ticketNos,
        String recordedBy,
        OffsetDateTime recordedAt) {

    private static final ZoneId DESK_ZONE = ZoneId.of("Asia/Shanghai");

    static CallView of(PhoneCall call, List<String> ticketNos) {
        return new CallView(
                call.callId(),
                call.callerNumber(),
                call.ivrChoice(),
                call.category(),
                beijing(call.queuedAt()),
                beijing(call.answeredAt()),
                beijing(call.endedAt()),
                call.agent(),
                call.answered(),
                call.waitSeconds(),
                call.answeredInTarget(),
                ticketNos,
                call.recordedBy(),
                beijing(call.recordedAt()));
    }

    private static OffsetDateTime beijing(Instant instant) {
        return instant == null ? null : instant.atZone(DESK_ZONE).toOffsetDateTime();
    }
}
