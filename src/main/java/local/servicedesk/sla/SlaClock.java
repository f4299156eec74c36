package local.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;
import local.servicedesk.calendar.WorkingCalendar;

/**
 * The two clocks a target runs on: {@code WALL}, where every minute counts (P1, P2, around the clock), and
 * {@code WORKING}, where only the seats' working minutes count (P3, P4).
 */
enum SlaClock {
    WALL {
        @Override
        Instant add(WorkingCalendar calendar, Instant from, long minutes) {
            return from.plus(Duration.ofMinutes(minutes));
        }

        @Override
        long between(WorkingCalendar calendar, Instant from, Instant to) {
            return Duration.between(from, to).toMinutes();
        }
    },
    WORKING {
        @Override
        Instant add(WorkingCalendar calendar, Instant from, long minutes) {
            return calendar.addWorkingMinutes(from, minutes);
        }

        @Override
        long between(WorkingCalendar calendar, Instant from, Instant to) {
            return calendar.workingMinutesBetween(from, to);
        }
    };

    abstract Instant add(WorkingCalendar calendar, Instant from, long minutes);

    abstract long between(WorkingCalendar calendar, Instant from, Instant to);

    /** P1 and P2 run on the wall clock; P3, P4 and anything unknown in working time. */
    static SlaClock of(String priority) {
        return "P1".equals(priority) || "P2".equals(priority) ? WALL : WORKING;
    }
}
