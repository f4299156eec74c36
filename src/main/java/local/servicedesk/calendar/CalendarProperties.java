package local.servicedesk.calendar;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The seats' working hours ({@code desk.calendar.*}); by default 08:30 to 17:30 in Asia/Shanghai, no lunch break.
 *
 * @param lunchStart start of an optional lunch break, which is no working time; set with {@code lunchEnd}
 * @param directory a folder of {@code holidays-<year>.yaml} files read at start, beside the shipped years
 */
@ConfigurationProperties("desk.calendar")
record CalendarProperties(
        ZoneId zone,
        @DateTimeFormat(pattern = "H:mm") LocalTime start,
        @DateTimeFormat(pattern = "H:mm") LocalTime end,
        @DateTimeFormat(pattern = "H:mm") LocalTime lunchStart,
        @DateTimeFormat(pattern = "H:mm") LocalTime lunchEnd,
        Path directory) {

    CalendarProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        start = start == null ? LocalTime.of(8, 30) : start;
        end = end == null ? LocalTime.of(17, 30) : end;
    }
}
