package local.servicedesk.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statutory calendar years the desk knows. Years shipped with the desk or laid in the calendar directory are
 * read at start; a year an admin sent over HTTP (kept in the database) replaces the file's year of the same number.
 */
class CalendarYears {

    private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

    /** A missing year is used all the time; one warning an hour per year keeps it loud without flooding the log. */
    private static final long WARNING_INTERVAL_NANOS = TimeUnit.HOURS.toNanos(1);

    /** Where a year came from. */
    enum Origin {
        CLASSPATH,
        DIRECTORY,
        DATABASE
    }

    record Entry(HolidayYear year, Origin origin) {}

    private record Snapshot(Map<Integer, Entry> years, Map<LocalDate, Boolean> days) {}

    private final Map<Integer, Entry> files;
    private final Map<Integer, Long> warned = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    CalendarYears(Collection<Entry> fileYears) {
        Map<Integer, Entry> byYear = new HashMap<>();
        fileYears.forEach(entry -> byYear.put(entry.year().year(), entry));
        this.files = Map.copyOf(byYear);
        this.snapshot = snapshotOf(files);
    }

    /** Puts the database's years over the files' years; called at start, after each change and periodically. */
    void useDatabaseYears(Collection<HolidayYear> databaseYears) {
        Map<Integer, Entry> merged = new HashMap<>(files);
        databaseYears.forEach(year -> merged.put(year.year(), new Entry(year, Origin.DATABASE)));

        snapshot = snapshotOf(merged);
    }

    Optional<Entry> find(int year) {
        return Optional.ofNullable(snapshot.years().get(year));
    }

    List<Entry> all() {
        return List.copyOf(new TreeMap<>(snapshot.years()).values());
    }

    boolean knows(int year) {
        return snapshot.years().containsKey(year);
    }

    /** {@code false} for a holiday, {@code true} for a make-up working day, null when no notice decides the date. */
    Boolean decided(LocalDate date) {
        return snapshot.days().get(date);
    }

    /** Warns that a year has no statutory calendar, at most once an hour for each year. */
    void warnMissing(int year, String context) {
        long now = System.nanoTime();
        Long last = warned.get(year);
        if (last != null && now - last < WARNING_INTERVAL_NANOS) {
            return;
        }
        warned.put(year, now);
        log.warn(
                "No statutory calendar for {} ({}): its holidays and make-up working days are unknown, working days"
                        + " fall back to Monday to Friday until an admin adds the State Council's arrangement",
                year,
                context);
    }

    private static Snapshot snapshotOf(Map<Integer, Entry> years) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        years.values().forEach(entry -> days.putAll(entry.year().days()));
        return new Snapshot(Map.copyOf(years), Map.copyOf(days));
    }
}
