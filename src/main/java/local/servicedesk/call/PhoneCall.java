package local.servicedesk.call;

import java.time.Duration;
import java.time.Instant;

/**
 * A call as the desk keeps it. {@code waitSeconds} is how long the caller waited in the queue: until an agent
 * answered, or until the caller gave up.
 */
public record PhoneCall(
        String callId,
        String callerNumber,
        String ivrChoice,
        String category,
        Instant queuedAt,
        Instant answeredAt,
        Instant endedAt,
        String agent,
        long waitSeconds,
        boolean answeredInTarget,
        String recordedBy,
        Instant recordedAt) {

    /** The desk's answer target: a call answered within it counts towards the answer rate. */
    public static final Duration ANSWER_TARGET = Duration.ofSeconds(20);

    public boolean answered() {
        return answeredAt != null;
    }
}
