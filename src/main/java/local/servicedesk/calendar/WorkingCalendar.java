package local.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the desk's seats work: from {@code start} to {@code end} of each working day, in one fixed zone
 * whatever the server's own zone. A working period includes its start and excludes its end, so with the
 * default hours 08:30:00 is working time and 17:30:00 is not.
 * <p>
 * Which dates are working days is decided by {@link #isWorkingDay(LocalDate)} alone; for now that is Monday
 * to Friday, and a subclass may override it with statutory holidays and make-up working days.
 */
public class WorkingCalendar {

    /** Longer than any run of holidays and weekends, so that a calendar without working days fails loudly. */
    private static final int MAX_DAYS_WITHOUT_WORK = 366;

    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;

    public WorkingCalendar(ZoneId zone, LocalTime start, LocalTime end) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A working day must start before it ends: " + start + " - " + end);
        }
    }

    /** The zone in which working time is reckoned and in which instants are shown. */
    public ZoneId zone() {
        return zone;
    }

    /** Whether the seats work on this date; the one decision a holiday calendar overrides. */
    protected boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Whether the instant falls within a working period, its start included and its end excluded. */
    public boolean isWorkingTime(Instant at) {
        LocalDate date = dateOf(at);

        return isWorkingDay(date) && !at.isBefore(startOf(date)) && at.isBefore(endOf(date));
    }

    /**
     * The start of the first working period that starts at or after the instant. Within working time that is
     * the next working day's start, not the instant itself; exactly at a period's start it is that instant.
     */
    public Instant nextWorkingStart(Instant at) {
        LocalDate date = dateOf(at);

        if (isWorkingDay(date) && !at.isAfter(startOf(date))) {
            return startOf(date);
        }
        return startOf(nextWorkingDay(date.plusDays(1)));
    }

    /**
     * The instant at which {@code minutes} minutes of working time after {@code from} have passed. Time out of
     * working hours does not count; a due instant that reaches the end of a working period is that end (17:30),
     * not the next morning. Zero minutes give {@code from} itself.
     */
    public Instant addWorkingMinutes(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working minutes: " + minutes);
        }
        if (minutes == 0) {
            return from;
        }
        Duration remaining = Duration.ofMinutes(minutes);
        WorkingPeriod period = periodAtOrAfter(from);

        while (remaining.compareTo(period.length()) > 0) {
            remaining = remaining.minus(period.length());
            period = periodAtOrAfter(period.end());
        }
        return period.start().plus(remaining);
    }

    /**
     * The whole minutes of working time between two instants, a partial minute dropped; negative when
     * {@code to} comes before {@code from}.
     */
    public long workingMinutesBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return -workingMinutesBetween(to, from);
        }
        Duration total = Duration.ZERO;

        for (LocalDate date = dateOf(from); !date.isAfter(dateOf(to)); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                total = total.plus(overlap(from, to, startOf(date), endOf(date)));
            }
        }
        return total.toMinutes();
    }

    private WorkingPeriod periodAtOrAfter(Instant at) {
        LocalDate date = dateOf(at);

        if (isWorkingDay(date) && at.isBefore(endOf(date))) {
            Instant begin = at.isAfter(startOf(date)) ? at : startOf(date);
            return new WorkingPeriod(begin, endOf(date));
        }
        LocalDate next = nextWorkingDay(date.plusDays(1));
        return new WorkingPeriod(startOf(next), endOf(next));
    }

    private LocalDate nextWorkingDay(LocalDate first) {
        for (int day = 0; day < MAX_DAYS_WITHOUT_WORK; day++) {
            LocalDate date = first.plusDays(day);
            if (isWorkingDay(date)) {
                return date;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_DAYS_WITHOUT_WORK + " days from " + first);
    }

    private static Duration overlap(Instant from, Instant to, Instant periodStart, Instant periodEnd) {
        Instant lower = from.isAfter(periodStart) ? from : periodStart;
        Instant upper = to.isBefore(periodEnd) ? to : periodEnd;

        return lower.isBefore(upper) ? Duration.between(lower, upper) : Duration.ZERO;
    }

    private LocalDate dateOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private Instant startOf(LocalDate date) {
        return date.atTime(start).atZone(zone).toInstant();
    }

    private Instant endOf(LocalDate date) {
        return date.atTime(end).atZone(zone).toInstant();
    }

    private record WorkingPeriod(Instant start, Instant end) {

        Duration length() {
            return Duration.between(start, end);
        }
    }
}
