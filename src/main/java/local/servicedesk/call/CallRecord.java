package local.servicedesk.call;

/**
 * A call as the CTI posts it. Instants are ISO-8601 with their offset ({@code 2026-12-04T09:15:30+08:00});
 * {@code answeredAt} and {@code agent} are empty for a call nobody answered. Nothing here is trusted until checked.
 */
public record CallRecord(
        String callId,
        String callerNumber,
        String ivrChoice,
        String queuedAt,
        String answeredAt,
        String endedAt,
        String agent) {}
