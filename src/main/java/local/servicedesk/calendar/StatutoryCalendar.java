package local.servicedesk.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The working calendar of China's statutory holidays: a holiday is no working day even on a weekday, and a make-up
 * working day (调休) is one even on a weekend. A year without a published arrangement falls back to Monday to
 * Friday, with a warning in the log.
 */
class StatutoryCalendar extends WorkingCalendar {

    private final CalendarYears years;

    StatutoryCalendar(
            ZoneId zone,
            LocalTime start,
            LocalTime end,
            LocalTime lunchStart,
            LocalTime lunchEnd,
            CalendarYears years) {
        super(zone, start, end, lunchStart, lunchEnd);
        this.years = years;
    }

    @Override
    protected boolean isWorkingDay(LocalDate date) {
        Boolean decided = years.decided(date);
        if (decided != null) {
            return decided;
        }
        if (!years.knows(date.getYear())) {
            years.warnMissing(date.getYear(), "asked about " + date);
        }
        return super.isWorkingDay(date);
    }
}
