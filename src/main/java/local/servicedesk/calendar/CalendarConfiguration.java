package local.servicedesk.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the working calendar from {@code desk.calendar.*}; the one place to swap in a calendar with holidays.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties) {
        log.info("Seats work from {} to {} on weekdays, {}", properties.start(), properties.end(), properties.zone());
        return new WorkingCalendar(properties.zone(), properties.start(), properties.end());
    }
}
