package local.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One year of China's statutory calendar as the State Council publishes it: the holidays (放假) and the make-up
 * working days (调休上班) on a Saturday or Sunday. The same shape is read from {@code holidays-<year>.yaml} and
 * sent to and from {@code /api/calendar/years/{year}}.
 *
 * @param year the year of the notice; a make-up day may fall in the last days of the year before
 * @param source where the arrangement comes from, e.g. the notice's title and date
 * @param holidays runs of days off, each from its first to its last day
 * @param workdays weekend days that are working days
 */
public record HolidayYear(int year, String source, List<Holiday> holidays, List<MakeUpDay> workdays) {

    static final int LONGEST_HOLIDAY_DAYS = 31;

    public HolidayYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    /** Days off from {@code from} to {@code to}, both included. */
    public record Holiday(String name, LocalDate from, LocalDate to) {}

    /** A Saturday or Sunday on which the seats work. */
    public record MakeUpDay(String name, LocalDate date) {}

    /** What is wrong with the year, in words for the admin who sent it; empty when it can be used. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add("年份应在 2000 至 2100 之间：" + year);
        }
        holidays.forEach(holiday -> checkHoliday(holiday, problems));
        workdays.forEach(day -> checkWorkday(day, problems));
        if (problems.isEmpty()) {
            checkOverlap(problems);
        }
        return problems;
    }

    /** Every date the year decides: {@code false} for a holiday, {@code true} for a make-up working day. */
    Map<LocalDate, Boolean> days() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (Holiday holiday : holidays) {
            holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(date -> days.put(date, false));
        }
        workdays.forEach(day -> days.put(day.date(), true));
        return days;
    }

    private void checkHoliday(Holiday holiday, List<String> problems) {
        if (holiday == null || blank(holiday.name()) || holiday.from() == null || holiday.to() == null) {
            problems.add("每个假期需要 name、from 和 to：" + holiday);
            return;
        }
        long days = ChronoUnit.DAYS.between(holiday.from(), holiday.to()) + 1;
        if (days < 1 || days > LONGEST_HOLIDAY_DAYS) {
            problems.add("假期「%s」的起止日期有误：%s 至 %s".formatted(holiday.name(), holiday.from(), holiday.to()));
        }
        if (!nearYear(holiday.from()) || !nearYear(holiday.to())) {
            problems.add("假期「%s」不在 %d 年前后：%s 至 %s".formatted(holiday.name(), year, holiday.from(), holiday.to()));
        }
    }

    private void checkWorkday(MakeUpDay day, List<String> problems) {
        if (day == null || blank(day.name()) || day.date() == null) {
            problems.add("每个调休上班日需要 name 和 date：" + day);
            return;
        }
        DayOfWeek weekday = day.date().getDayOfWeek();
        if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
            problems.add("调休上班日应为周六或周日：%s（%s）".formatted(day.date(), day.name()));
        }
        if (!nearYear(day.date())) {
            problems.add("调休上班日不在 %d 年前后：%s".formatted(year, day.date()));
        }
    }

    private void checkOverlap(List<String> problems) {
        Map<LocalDate, Boolean> off = new HashMap<>();
        holidays.forEach(h -> h.from().datesUntil(h.to().plusDays(1)).forEach(date -> off.put(date, false)));
        workdays.stream()
                .filter(day -> off.containsKey(day.date()))
                .forEach(day -> problems.add("同一天既是假期又是调休上班日：" + day.date()));
    }

    private boolean nearYear(LocalDate date) {
        return Math.abs(date.getYear() - year) <= 1;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
