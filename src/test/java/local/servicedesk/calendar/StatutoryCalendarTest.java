package local.servicedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working calendar with the shipped statutory calendar of 2026 (the State Council's notice of 4 November
 * 2025). 2025 and 2027 are not shipped, so their dates fall back to Monday to Friday.
 */
class StatutoryCalendarTest {

    private final WorkingCalendar calendar = calendar(CalendarFiles.shipped());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-03-09T08:29:59+08:00, false, an ordinary Monday, just before work",
        "2026-03-09T08:30:00+08:00, true,  an ordinary Monday, work starts",
        "2026-03-09T17:29:59+08:00, true,  an ordinary Monday, last second",
        "2026-03-09T17:30:00+08:00, false, an ordinary Monday, work ends",
        "2026-03-14T10:00:00+08:00, false, an ordinary Saturday",
        "2026-01-01T10:00:00+08:00, false, New Year's Day on a Thursday",
        "2026-01-02T10:00:00+08:00, false, New Year holiday on a Friday",
        "2026-01-04T08:29:59+08:00, false, make-up Sunday before work",
        "2026-01-04T08:30:00+08:00, true,  make-up Sunday at 08:30",
        "2026-01-04T00:30:00Z,      true,  make-up Sunday at 08:30 written in UTC",
        "2026-01-04T17:30:00+08:00, false, make-up Sunday after work",
        "2026-02-14T10:00:00+08:00, true,  make-up Saturday before the Spring Festival",
        "2026-02-16T10:00:00+08:00, false, Spring Festival on a Monday",
        "2026-02-23T17:00:00+08:00, false, last day of the Spring Festival, a Monday",
        "2026-02-24T08:30:00+08:00, true,  first working day after the Spring Festival",
        "2026-02-28T10:00:00+08:00, true,  make-up Saturday after the Spring Festival",
        "2026-03-01T10:00:00+08:00, false, the Sunday after it",
        "2026-04-06T10:00:00+08:00, false, Qingming on a Monday",
        "2026-05-05T10:00:00+08:00, false, Labour Day holiday on a Tuesday",
        "2026-05-09T10:00:00+08:00, true,  make-up Saturday after Labour Day",
        "2026-05-10T10:00:00+08:00, false, the Sunday after it",
        "2026-06-19T10:00:00+08:00, false, Dragon Boat Festival on a Friday",
        "2026-09-20T10:00:00+08:00, true,  make-up Sunday before National Day",
        "2026-09-25T10:00:00+08:00, false, Mid-Autumn Festival on a Friday",
        "2026-10-07T10:00:00+08:00, false, last day of National Day, a Wednesday",
        "2026-10-08T08:30:00+08:00, true,  first working day after National Day",
        "2026-10-10T10:00:00+08:00, true,  make-up Saturday after National Day",
        "2026-12-31T17:29:59+08:00, true,  last working second of 2026",
        "2026-12-31T17:30:00+08:00, false, end of the last working day of 2026",
        "2027-01-01T10:00:00+08:00, true,  2027 not published: a Friday falls back to a working day",
        "2027-01-02T10:00:00+08:00, false, 2027 not published: a Saturday stays off",
    })
    void tellsWorkingTimeByTheStatutoryCalendar(String at, boolean expected, String what) {
        Instant instant = instant(at);

        boolean workingTime = calendar.isWorkingTime(instant);

        assertThat(workingTime).as(what).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-12-31T18:00:00+08:00, 2026-01-04T08:30:00+08:00, across New Year's Eve into the make-up Sunday",
        "2026-02-13T17:30:00+08:00, 2026-02-14T08:30:00+08:00, a Friday evening before a make-up Saturday",
        "2026-02-14T17:30:00+08:00, 2026-02-24T08:30:00+08:00, across the nine days of the Spring Festival",
        "2026-04-03T17:30:00+08:00, 2026-04-07T08:30:00+08:00, across Qingming",
        "2026-09-30T17:30:00+08:00, 2026-10-08T08:30:00+08:00, across National Day",
        "2026-10-09T18:00:00+08:00, 2026-10-10T08:30:00+08:00, a Friday evening before a make-up Saturday",
        "2026-10-10T17:30:00+08:00, 2026-10-12T08:30:00+08:00, after a make-up Saturday",
        "2026-12-31T17:30:00+08:00, 2027-01-01T08:30:00+08:00, into unpublished 2027",
    })
    void findsTheNextWorkingStartAcrossHolidaysAndMakeUpDays(String at, String expected, String what) {
        Instant instant = instant(at);

        Instant next = calendar.nextWorkingStart(instant);

        assertThat(next).as(what).isEqualTo(instant(expected));
    }

    @ParameterizedTest(name = "{0} + {1} min -> {2}")
    @CsvSource({
        "2026-09-30T17:00:00+08:00, 60,   2026-10-08T09:00:00+08:00, across the whole National Day holiday",
        "2026-02-13T17:00:00+08:00, 60,   2026-02-14T09:00:00+08:00, into a make-up Saturday",
        "2026-02-14T17:00:00+08:00, 60,   2026-02-24T09:00:00+08:00, across the Spring Festival",
        "2026-02-13T09:00:00+08:00, 1080, 2026-02-24T09:00:00+08:00, two working days over a make-up Saturday",
        "2026-09-18T17:00:00+08:00, 60,   2026-09-20T09:00:00+08:00, from a Friday into a make-up Sunday",
        "2026-04-30T16:30:00+08:00, 2700, 2026-05-11T16:30:00+08:00, five working days across Labour Day",
        "2026-12-31T17:00:00+08:00, 60,   2027-01-01T09:00:00+08:00, across the year end into unpublished 2027",
        "2026-12-31T09:30:00Z,      30,   2027-01-01T09:00:00+08:00, the same from an instant written in UTC",
    })
    void addsWorkingMinutesAcrossHolidaysAndMakeUpDays(String from, long minutes, String expected, String what) {
        Instant start = instant(from);

        Instant due = calendar.addWorkingMinutes(start, minutes);

        assertThat(due).as(what).isEqualTo(instant(expected));
    }

    @ParameterizedTest(name = "{0} .. {1}: {2}")
    @CsvSource({
        "2026-09-30T08:30:00+08:00, 2026-10-08T17:30:00+08:00, 1080",
        "2026-02-13T08:30:00+08:00, 2026-02-28T17:30:00+08:00, 3780",
        "2026-01-01T00:00:00+08:00, 2026-01-04T00:00:00+08:00, 0",
        "2026-10-01T00:00:00+08:00, 2026-10-10T12:00:00+08:00, 1290",
    })
    void countsWorkingMinutesAcrossHolidaysAndMakeUpDays(String from, String to, long expected) {
        long minutes = calendar.workingMinutesBetween(instant(from), instant(to));

        assertThat(minutes).isEqualTo(expected);
    }

    @Test
    void crossesTheYearEndIntoAPublishedYearWhoseMakeUpDayFallsInDecember() {
        // an arrangement made up for this test: the next year's notice puts a make-up day on 2026-12-26, a Saturday
        HolidayYear invented = new HolidayYear(
                2027,
                "test",
                List.of(new HolidayYear.Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3))),
                List.of(new HolidayYear.MakeUpDay("元旦调休上班", LocalDate.of(2026, 12, 26))));
        List<CalendarYears.Entry> years = new ArrayList<>(CalendarFiles.shipped());
        years.add(new CalendarYears.Entry(invented, CalendarYears.Origin.DIRECTORY));
        WorkingCalendar withNextYear = calendar(years);

        Instant afterNewYear = withNextYear.nextWorkingStart(instant("2026-12-31T17:30:00+08:00"));
        boolean makeUpSaturday = withNextYear.isWorkingTime(instant("2026-12-26T10:00:00+08:00"));

        assertThat(afterNewYear).isEqualTo(instant("2027-01-04T08:30:00+08:00"));
        assertThat(makeUpSaturday).isTrue();
    }

    private static WorkingCalendar calendar(List<CalendarYears.Entry> years) {
        return new StatutoryCalendar(
                ZoneId.of("Asia/Shanghai"),
                LocalTime.of(8, 30),
                LocalTime.of(17, 30),
                null,
                null,
                new CalendarYears(years));
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
