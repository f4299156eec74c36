package local.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * When the desk's seats work: from {@code start} to {@code end} of each working day, in one fixed zone
 * whatever the server's own zone, optionally without a lunch break. A working period includes its start and
 * excludes its end, so with the default hours 08:30:00 is working time and 17:30:00 is not.
 * <p>
 * Which dates are working days is decided by {@link #isWorkingDay(LocalDate)} alone; here that is Monday to
 * Friday, and {@link StatutoryCalendar} overrides it with statutory holidays and make-up working days.
 */
public class WorkingCalendar {

    /** Longer than any run of holidays and weekends, so that a calendar without working days fails loudly. */
    private static final int MAX_DAYS_WITHOUT_WORK = 366;

    private final ZoneId zone;
    private final List<Hours> hours;

    public WorkingCalendar(ZoneId zone, LocalTime start, LocalTime end) {
        this(zone, start, end, null, null);
    }

    /** Working hours with a lunch break from {@code lunchStart} to {@code lunchEnd}; both null for none. */
    public WorkingCalendar(ZoneId zone, LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours =
                hours(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"), lunchStart, lunchEnd);
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

    /** Whether the seats work on this date, as the statutory calendar (or Monday to Friday) says. */
    public boolean isWorkingDate(LocalDate date) {
        return isWorkingDay(date);
    }

    /** Whether the instant falls within a working period, its start included and its end excluded. */
    public boolean isWorkingTime(Instant at) {
        LocalDate date = dateOf(at);

        return isWorkingDay(date)
                && periods(date).stream().anyMatch(p -> !at.isBefore(p.start()) && at.isBefore(p.end()));
    }

    /**
     * The start of the first working period that starts at or after the instant. Within working time that is
     * the next period's start (the next working day's, without a lunch break), not the instant itself; exactly at
     * a period's start it is that instant.
     */
    public Instant nextWorkingStart(Instant at) {
        LocalDate date = dateOf(at);

        if (isWorkingDay(date)) {
            for (Period period : periods(date)) {
                if (!at.isAfter(period.start())) {
                    return period.start();
                }
            }
        }
        return firstPeriodOf(nextWorkingDay(date.plusDays(1))).start();
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
        Period period = periodAtOrAfter(from);

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
                for (Period period : periods(date)) {
                    total = total.plus(overlap(from, to, period));
                }
            }
        }
        return total.toMinutes();
    }

    /** The part of the working period that starts at or contains the instant, or the next period. */
    private Period periodAtOrAfter(Instant at) {
        LocalDate date = dateOf(at);

        if (isWorkingDay(date)) {
            for (Period period : periods(date)) {
                if (at.isBefore(period.end())) {
                    return new Period(at.isAfter(period.start()) ? at : period.start(), period.end());
                }
            }
        }
        return firstPeriodOf(nextWorkingDay(date.plusDays(1)));
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

    private static Duration overlap(Instant from, Instant to, Period period) {
        Instant lower = from.isAfter(period.start()) ? from : period.start();
        Instant upper = to.isBefore(period.end()) ? to : period.end();

        return lower.isBefore(upper) ? Duration.between(lower, upper) : Duration.ZERO;
    }

    private LocalDate dateOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private Period firstPeriodOf(LocalDate date) {
        return periods(date).get(0);
    }

    private List<Period> periods(LocalDate date) {
        return hours.stream()
                .map(h -> new Period(
                        date.atTime(h.from()).atZone(zone).toInstant(),
                        date.atTime(h.to()).atZone(zone).toInstant()))
                .toList();
    }

    private static List<Hours> hours(LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A working day must start before it ends: " + start + " - " + end);
        }
        if (lunchStart == null && lunchEnd == null) {
            return List.of(new Hours(start, end));
        }
        if (lunchStart == null
                || lunchEnd == null
                || !start.isBefore(lunchStart)
                || !lunchStart.isBefore(lunchEnd)
                || !lunchEnd.isBefore(end)) {
            throw new IllegalArgumentException("A lunch break must lie within the working day: %s - %s in %s - %s"
                    .formatted(lunchStart, lunchEnd, start, end));
        }
        return List.of(new Hours(start, lunchStart), new Hours(lunchEnd, end));
    }

    private record Hours(LocalTime from, LocalTime to) {}

    private record Period(Instant start, Instant end) {

        Duration length() {
            return Duration.between(start, end);
        }
    }
}
