package local.servicedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(CalendarConfiguration.class);

    @Test
    void worksFromHalfPastEightToHalfPastFiveInShanghaiByDefault() {
        context.run(started -> {
            WorkingCalendar calendar = started.getBean(WorkingCalendar.class);

            assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(calendar.isWorkingTime(Instant.parse("2026-03-09T00:30:00Z")))
                    .isTrue();
            assertThat(calendar.isWorkingTime(Instant.parse("2026-03-09T09:30:00Z")))
                    .isFalse();
        });
    }

    @Test
    void takesZoneAndHoursFromDeskCalendarSettings() {
        context.withPropertyValues(
                        "desk.calendar.zone=Asia/Tokyo", "desk.calendar.start=08:00", "desk.calendar.end=18:00")
                .run(started -> {
                    WorkingCalendar calendar = started.getBean(WorkingCalendar.class);

                    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
                    assertThat(calendar.isWorkingTime(Instant.parse("2026-03-08T23:00:00Z")))
                            .isTrue();
                    assertThat(calendar.isWorkingTime(Instant.parse("2026-03-08T22:59:59Z")))
                            .isFalse();
                    assertThat(calendar.isWorkingTime(Instant.parse("2026-03-09T09:00:00Z")))
                            .isFalse();
                });
    }
}
