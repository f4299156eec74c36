package local.servicedesk.duty;

import java.time.Instant;

/**
 * One shift of the monitoring group: which team holds it, from when to when, and its two duty officers. Out of the
 * seats' working time the information duty officer is the emergency seat.
 */
public record Duty(
        String shift,
        String shiftName,
        String team,
        String teamName,
        String information,
        String communication,
        Instant from,
        Instant to) {}
