package local.servicedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The week of 2026-03-09 (Monday) to 2026-03-13 (Friday) holds no holiday; 2026-03-16 is the next Monday.
 */
class WorkingCalendarTest {

    private final WorkingCalendar calendar =
            new WorkingCalendar(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 30), LocalTime.of(17, 30));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-03-09T08:29:59+08:00, false",
        "2026-03-09T08:30:00+08:00, true",
        "2026-03-09T12:00:00+08:00, true",
        "2026-03-09T17:29:59+08:00, true",
        "2026-03-09T17:30:00+08:00, false",
        "2026-03-09T23:00:00+08:00, false",
        "2026-03-09T00:29:59Z,      false",
        "2026-03-09T00:30:00Z,      true",
        "2026-03-09T09:29:59Z,      true",
        "2026-03-09T09:30:00Z,      false",
        "2026-03-13T17:00:00+08:00, true",
        "2026-03-14T10:00:00+08:00, false",
        "2026-03-15T10:00:00+08:00, false",
        "2026-03-15T02:00:00Z,      false",
    })
    void tellsWorkingTimeInShanghaiWhateverTheOffsetOfTheInstant(String at, boolean workingTime) {
        Instant instant = instant(at);

        boolean result = calendar.isWorkingTime(instant);

        assertThat(result).isEqualTo(workingTime);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-09T00:00:00+08:00, 2026-03-09T08:30:00+08:00",
        "2026-03-09T08:29:59+08:00, 2026-03-09T08:30:00+08:00",
        "2026-03-09T08:30:00+08:00, 2026-03-09T08:30:00+08:00",
        "2026-03-09T08:30:01+08:00, 2026-03-10T08:30:00+08:00",
        "2026-03-09T17:29:59+08:00, 2026-03-10T08:30:00+08:00",
        "2026-03-09T17:30:00+08:00, 2026-03-10T08:30:00+08:00",
        "2026-03-08T23:00:00Z,      2026-03-09T08:30:00+08:00",
        "2026-03-13T12:00:00+08:00, 2026-03-16T08:30:00+08:00",
        "2026-03-13T17:30:00+08:00, 2026-03-16T08:30:00+08:00",
        "2026-03-13T20:00:00+08:00, 2026-03-16T08:30:00+08:00",
        "2026-03-14T10:00:00+08:00, 2026-03-16T08:30:00+08:00",
        "2026-03-15T23:59:59+08:00, 2026-03-16T08:30:00+08:00",
    })
    void findsTheStartOfTheNextWorkingPeriodAtOrAfterTheInstant(String at, String expected) {
        Instant instant = instant(at);

        Instant result = calendar.nextWorkingStart(instant);

        assertThat(result).isEqualTo(instant(expected));
    }

    @ParameterizedTest(name = "{0} + {1} min -> {2}")
    @CsvSource({
        "2026-03-09T09:00:00+08:00, 60,   2026-03-09T10:00:00+08:00",
        "2026-03-09T07:00:00+08:00, 60,   2026-03-09T09:30:00+08:00",
        "2026-03-09T17:00:00+08:00, 30,   2026-03-09T17:30:00+08:00",
        "2026-03-09T17:00:00+08:00, 31,   2026-03-10T08:31:00+08:00",
        "2026-03-09T20:00:00+08:00, 60,   2026-03-10T09:30:00+08:00",
        "2026-03-09T17:29:30+08:00, 1,    2026-03-10T08:30:30+08:00",
        "2026-03-09T08:30:00+08:00, 540,  2026-03-09T17:30:00+08:00",
        "2026-03-09T08:30:00+08:00, 2700, 2026-03-13T17:30:00+08:00",
        "2026-03-09T09:00:00+08:00, 2700, 2026-03-16T09:00:00+08:00",
        "2026-03-13T17:00:00+08:00, 60,   2026-03-16T09:00:00+08:00",
        "2026-03-13T16:00:00+08:00, 540,  2026-03-16T16:00:00+08:00",
        "2026-03-13T18:00:00+08:00, 1080, 2026-03-17T17:30:00+08:00",
        "2026-03-14T10:00:00+08:00, 540,  2026-03-16T17:30:00+08:00",
        "2026-03-14T10:00:00+08:00, 541,  2026-03-17T08:31:00+08:00",
        "2026-03-13T09:00:00Z,      60,   2026-03-16T09:00:00+08:00",
        "2026-03-09T10:00:00+08:00, 0,    2026-03-09T10:00:00+08:00",
        "2026-03-14T10:00:00+08:00, 0,    2026-03-14T10:00:00+08:00",
    })
    void addsWorkingMinutesSkippingNightsAndWeekends(String from, long minutes, String expected) {
        Instant start = instant(from);

        Instant due = calendar.addWorkingMinutes(start, minutes);

        assertThat(due).isEqualTo(instant(expected));
    }

    @Test
    void refusesToAddNegativeMinutes() {
        Instant monday = instant("2026-03-09T10:00:00+08:00");

        assertThatThrownBy(() -> calendar.addWorkingMinutes(monday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} .. {1}: {2}")
    @CsvSource({
        "2026-03-09T09:00:00+08:00, 2026-03-09T10:00:00+08:00, 60",
        "2026-03-09T07:00:00+08:00, 2026-03-09T20:00:00+08:00, 540",
        "2026-03-09T09:00:00+08:00, 2026-03-09T09:00:59+08:00, 0",
        "2026-03-09T09:00:00+08:00, 2026-03-09T09:00:00+08:00, 0",
        "2026-03-13T17:00:00+08:00, 2026-03-16T09:00:00+08:00, 60",
        "2026-03-13T12:00:00+08:00, 2026-03-20T12:00:00+08:00, 2700",
        "2026-03-14T00:00:00+08:00, 2026-03-16T00:00:00+08:00, 0",
        "2026-03-09T00:00:00Z,      2026-03-09T02:00:00Z,      90",
        "2026-03-09T10:00:00+08:00, 2026-03-09T09:00:00+08:00, -60",
    })
    void countsWholeWorkingMinutesBetweenTwoInstants(String from, String to, long expected) {
        Instant start = instant(from);
        Instant end = instant(to);

        long minutes = calendar.workingMinutesBetween(start, end);

        assertThat(minutes).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} min")
    @CsvSource({
        "2026-03-09T09:15:00+08:00, 1",
        "2026-03-09T09:15:00+08:00, 1080",
        "2026-03-12T16:45:00+08:00, 2700",
        "2026-03-14T03:00:00+08:00, 600",
    })
    void countsBackTheMinutesItAdded(String from, long minutes) {
        Instant start = instant(from);

        Instant due = calendar.addWorkingMinutes(start, minutes);

        assertThat(calendar.workingMinutesBetween(start, due)).isEqualTo(minutes);
    }

    @Test
    void letsASubclassDeclareAHolidayForEveryRule() {
        LocalDate holiday = LocalDate.of(2026, 3, 10);
        WorkingCalendar withHoliday = new WorkingCalendar(calendar.zone(), LocalTime.of(8, 30), LocalTime.of(17, 30)) {
            @Override
            protected boolean isWorkingDay(LocalDate date) {
                return !date.equals(holiday) && super.isWorkingDay(date);
            }
        };
        Instant mondayNoon = instant("2026-03-09T12:00:00+08:00");

        Instant next = withHoliday.nextWorkingStart(mondayNoon);
        Instant due = withHoliday.addWorkingMinutes(mondayNoon, 540);

        assertThat(next).isEqualTo(instant("2026-03-11T08:30:00+08:00"));
        assertThat(due).isEqualTo(instant("2026-03-11T12:00:00+08:00"));
        assertThat(withHoliday.isWorkingTime(instant("2026-03-10T10:00:00+08:00")))
                .isFalse();
        assertThat(withHoliday.workingMinutesBetween(mondayNoon, due)).isEqualTo(540);
    }

    @Test
    void failsLoudlyWhenNoDayIsAWorkingDay() {
        WorkingCalendar closed = new WorkingCalendar(calendar.zone(), LocalTime.of(8, 30), LocalTime.of(17, 30)) {
            @Override
            protected boolean isWorkingDay(LocalDate date) {
                return false;
            }
        };
        Instant monday = instant("2026-03-09T10:00:00+08:00");

        assertThatThrownBy(() -> closed.nextWorkingStart(monday)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAWorkingDayThatEndsBeforeItStarts() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");

        assertThatThrownBy(() -> new WorkingCalendar(zone, LocalTime.of(17, 30), LocalTime.of(8, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-03-09T11:59:59+08:00, true",
        "2026-03-09T12:00:00+08:00, false",
        "2026-03-09T13:29:59+08:00, false",
        "2026-03-09T13:30:00+08:00, true",
    })
    void leavesTheLunchBreakOutOfWorkingTime(String at, boolean expected) {
        boolean workingTime = withLunchBreak().isWorkingTime(instant(at));

        assertThat(workingTime).isEqualTo(expected);
    }

    @Test
    void countsAroundTheLunchBreak() {
        WorkingCalendar lunch = withLunchBreak();

        Instant due = lunch.addWorkingMinutes(instant("2026-03-09T11:30:00+08:00"), 60);
        Instant next = lunch.nextWorkingStart(instant("2026-03-09T12:15:00+08:00"));
        long day =
                lunch.workingMinutesBetween(instant("2026-03-09T00:00:00+08:00"), instant("2026-03-10T00:00:00+08:00"));

        assertThat(due).isEqualTo(instant("2026-03-09T14:00:00+08:00"));
        assertThat(next).isEqualTo(instant("2026-03-09T13:30:00+08:00"));
        assertThat(day).isEqualTo(450);
    }

    @Test
    void refusesALunchBreakOutsideTheWorkingDay() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");

        assertThatThrownBy(() -> new WorkingCalendar(
                        zone, LocalTime.of(8, 30), LocalTime.of(17, 30), LocalTime.of(12, 0), LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private WorkingCalendar withLunchBreak() {
        return new WorkingCalendar(
                calendar.zone(), LocalTime.of(8, 30), LocalTime.of(17, 30), LocalTime.of(12, 0), LocalTime.of(13, 30));
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
