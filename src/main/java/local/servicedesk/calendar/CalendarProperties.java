package local.servicedesk.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The seats' working hours ({@code desk.calendar.*}); by default 08:30 to 17:30 in Asia/Shanghai.
 */
@ConfigurationProperties("desk.calendar")
record CalendarProperties(
        ZoneId zone,
        @DateTimeFormat(pattern = "H:mm") LocalTime start,
        @DateTimeFormat(pattern = "H:mm") LocalTime end) {

    CalendarProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        start = start == null ? LocalTime.of(8, 30) : start;
        end = end == null ? LocalTime.of(17, 30) : end;
    }
}
