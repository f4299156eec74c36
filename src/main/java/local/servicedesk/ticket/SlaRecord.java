package local.servicedesk.ticket;

import java.time.Instant;

/**
 * A ticket's service levels as the desk recorded them; all null until the ticket was triaged.
 *
 * @param clock {@code WALL} (every minute counts: P1, P2) or {@code WORKING} (the seats' working minutes: P3, P4)
 * @param startedAt when the clocks started: intake, or the next working start for a request that waited for it
 * @param pausedMinutes minutes in {@code clock} that the resolution clock stood still while waiting for the customer
 * @param waitingSince set while the desk waits for the customer
 */
public record SlaRecord(
        String clock,
        Instant startedAt,
        Integer responseMinutes,
        Integer resolutionMinutes,
        Instant responseDueAt,
        Instant respondedAt,
        Instant responseWarnedAt,
        Instant responseBreachedAt,
        Instant resolutionDueAt,
        Instant resolutionMetAt,
        Instant resolutionWarnedAt,
        Instant resolutionBreachedAt,
        Instant callbackDueAt,
        Instant callbackWarnedAt,
        Instant callbackBreachedAt,
        Instant waitingSince,
        int pausedMinutes) {

    public boolean started() {
        return clock != null;
    }

    public boolean waiting() {
        return waitingSince != null;
    }

    public boolean breached() {
        return responseBreachedAt != null || resolutionBreachedAt != null || callbackBreachedAt != null;
    }

    public Instant dueAt(SlaTarget target) {
        return switch (target) {
            case RESPONSE -> responseDueAt;
            case RESOLUTION -> resolutionDueAt;
            case CALLBACK -> callbackDueAt;
        };
    }

    public Instant warnedAt(SlaTarget target) {
        return switch (target) {
            case RESPONSE -> responseWarnedAt;
            case RESOLUTION -> resolutionWarnedAt;
            case CALLBACK -> callbackWarnedAt;
        };
    }

    public Instant breachedAt(SlaTarget target) {
        return switch (target) {
            case RESPONSE -> responseBreachedAt;
            case RESOLUTION -> resolutionBreachedAt;
            case CALLBACK -> callbackBreachedAt;
        };
    }

    /** Whether the target was met; a callback counts as met once the ticket left the callback queue. */
    public boolean met(SlaTarget target) {
        return switch (target) {
            case RESPONSE -> respondedAt != null;
            case RESOLUTION -> resolutionMetAt != null;
            case CALLBACK -> false;
        };
    }
}
