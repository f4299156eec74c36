package local.servicedesk.calendar;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the working calendar from {@code desk.calendar.*} and the statutory calendar years shipped in
 * {@code classpath:calendar/} or laid in the calendar directory; a directory's year replaces a shipped one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    CalendarYears calendarYears(CalendarProperties properties) {
        List<CalendarYears.Entry> years = new ArrayList<>(CalendarFiles.shipped());
        years.addAll(CalendarFiles.directory(properties.directory()));

        CalendarYears calendarYears = new CalendarYears(years);
        log.info(
                "Statutory calendar years from files: {}",
                calendarYears.all().stream()
                        .map(e -> e.year().year() + " (" + e.origin() + ")")
                        .toList());
        return calendarYears;
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, CalendarYears years) {
        log.info(
                "Seats work from {} to {}{} on working days, {}",
                properties.start(),
                properties.end(),
                properties.lunchStart() == null
                        ? ""
                        : ", lunch break %s to %s".formatted(properties.lunchStart(), properties.lunchEnd()),
                properties.zone());
        return new StatutoryCalendar(
                properties.zone(),
                properties.start(),
                properties.end(),
                properties.lunchStart(),
                properties.lunchEnd(),
                years);
    }
}
