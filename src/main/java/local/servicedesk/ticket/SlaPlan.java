package local.servicedesk.ticket;

import java.time.Instant;

/** The service levels a ticket starts with, from its priority's targets and the clock they run on. */
public record SlaPlan(
        String clock,
        Instant startedAt,
        int responseMinutes,
        int resolutionMinutes,
        Instant responseDueAt,
        Instant resolutionDueAt) {}
