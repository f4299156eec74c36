package local.servicedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code emergency-seat} decision fed by the statutory calendar gives the same handling whether the server
 * runs in UTC or in Beijing time: working time is reckoned in Asia/Shanghai, never in the JVM's zone.
 */
class EmergencySeatByCalendarTest {

    private static final TimeZone ORIGINAL = TimeZone.getDefault();

    private final DmnEngine dmn =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision = parse();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(ORIGINAL);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} ({3})")
    @CsvSource({
        "2026-03-09T08:29:59+08:00, URGENT, EMERGENCY, a Monday before work",
        "2026-03-09T08:29:59+08:00, NORMAL, DEFER,     a Monday before work",
        "2026-03-09T08:30:00+08:00, URGENT, SEAT,      a Monday as work starts",
        "2026-03-09T08:30:00+08:00, NORMAL, SEAT,      a Monday as work starts",
        "2026-03-09T17:30:00+08:00, URGENT, EMERGENCY, a Monday as work ends",
        "2026-03-09T17:30:00+08:00, NORMAL, DEFER,     a Monday as work ends",
        "2026-03-08T23:00:00Z,      NORMAL, DEFER,     07:00 in Beijing but 23:00 the day before in UTC",
        "2026-03-09T00:30:00Z,      NORMAL, SEAT,      08:30 in Beijing but 00:30 in UTC",
        "2026-03-09T16:00:00Z,      NORMAL, DEFER,     midnight in Beijing, a working hour of nowhere",
        "2026-10-02T10:00:00+08:00, URGENT, EMERGENCY, National Day on a Friday",
        "2026-10-02T10:00:00+08:00, NORMAL, DEFER,     National Day on a Friday",
        "2026-10-10T10:00:00+08:00, NORMAL, SEAT,      a make-up Saturday",
        "2026-02-14T00:30:00Z,      NORMAL, SEAT,      a make-up Saturday at 08:30 in Beijing",
        "2026-02-13T16:30:00Z,      URGENT, EMERGENCY, 00:30 of that Saturday in Beijing",
        "2026-12-31T09:29:59Z,      NORMAL, SEAT,      the last working second of 2026",
        "2026-12-31T09:30:00Z,      URGENT, EMERGENCY, the end of 2026's last working day",
    })
    void decidesTheSameInUtcAndInShanghai(String at, String urgency, String expected, String what) {
        Instant instant = OffsetDateTime.parse(at).toInstant();

        String inUtc = handlingWithJvmIn("UTC", instant, urgency);
        String inShanghai = handlingWithJvmIn("Asia/Shanghai", instant, urgency);

        assertThat(inUtc).as(what).isEqualTo(expected);
        assertThat(inShanghai).as(what).isEqualTo(expected);
    }

    private String handlingWithJvmIn(String zone, Instant at, String urgency) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        WorkingCalendar calendar = new StatutoryCalendar(
                ZoneId.of("Asia/Shanghai"),
                LocalTime.of(8, 30),
                LocalTime.of(17, 30),
                null,
                null,
                new CalendarYears(CalendarFiles.shipped()));

        var variables = Variables.createVariables()
                .putValue("workingTime", calendar.isWorkingTime(at))
                .putValue("urgency", urgency);
        return dmn.evaluateDecision(decision, variables).getSingleResult().getEntry("handling");
    }

    private DmnDecision parse() {
        try (InputStream file = getClass().getResourceAsStream("/dmn/emergency-seat.dmn")) {
            return dmn.parseDecision("emergency-seat", file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
