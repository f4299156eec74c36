package local.servicedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
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

    @Test
    void readsAYearFromTheCalendarDirectoryAndSkipsABrokenFile(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("holidays-2031.yaml"), """
                year: 2031
                source: 测试用安排
                holidays:
                  - { name: 元旦, from: 2031-01-01, to: 2031-01-03 }
                workdays:
                  - { name: 元旦调休上班, date: 2031-01-05 }
                """);
        Files.writeString(
                directory.resolve("holidays-2032.yaml"), "year: 2032\nworkdays: [{ name: 错, date: 2032-01-05 }]\n");

        context.withPropertyValues("desk.calendar.directory=" + directory).run(started -> {
            WorkingCalendar calendar = started.getBean(WorkingCalendar.class);
            CalendarYears years = started.getBean(CalendarYears.class);

            assertThat(calendar.isWorkingTime(Instant.parse("2031-01-02T02:00:00Z")))
                    .isFalse();
            assertThat(calendar.isWorkingTime(Instant.parse("2031-01-05T02:00:00Z")))
                    .isTrue();
            assertThat(years.find(2031))
                    .hasValueSatisfying(e -> assertThat(e.origin()).isEqualTo(CalendarYears.Origin.DIRECTORY));
            assertThat(years.knows(2032)).isFalse();
        });
    }

    @Test
    void warnsLoudlyWhenAskedAboutAYearWithoutAnArrangementButNotOnEveryCall(CapturedOutput output) {
        context.run(started -> {
            WorkingCalendar calendar = started.getBean(WorkingCalendar.class);

            calendar.isWorkingTime(Instant.parse("2033-03-07T02:00:00Z"));
            calendar.isWorkingTime(Instant.parse("2033-03-08T02:00:00Z"));

            assertThat(output.getOut().split("No statutory calendar for 2033", -1))
                    .hasSize(2);
            assertThat(output.getOut()).contains("WARN", "fall back to Monday to Friday");
        });
    }
}
