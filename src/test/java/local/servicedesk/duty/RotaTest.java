package local.servicedesk.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped roster: 四班二运转, day shift 08:00-20:00 and night shift 20:00-08:00 in Beijing, a four-day cycle
 * from 2026-01-01 in which each team works a day, the next night, then two days off.
 */
class RotaTest {

    private final DutyRoster roster = RosterDocuments.readYaml(new ClassPathResource("duty-roster.yaml"));

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
        "2026-01-01T07:59:59+08:00, C, NIGHT, duty-c-info, night of 31 December (cycle day 3) before the change",
        "2026-01-01T08:00:00+08:00, A, DAY,   duty-a-info, day shift of cycle day 0 at the change",
        "2026-01-01T19:59:59+08:00, A, DAY,   duty-a-info, last second of that day shift",
        "2026-01-01T20:00:00+08:00, D, NIGHT, duty-d-info, night shift of cycle day 0",
        "2026-01-02T07:59:59+08:00, D, NIGHT, duty-d-info, that night shift into the next morning",
        "2026-01-02T08:00:00+08:00, B, DAY,   duty-b-info, cycle day 1",
        "2026-01-02T20:00:00+08:00, A, NIGHT, duty-a-info, team A back for the night after its day",
        "2026-01-03T08:00:00+08:00, C, DAY,   duty-c-info, cycle day 2",
        "2026-01-03T20:00:00+08:00, B, NIGHT, duty-b-info, cycle day 2 night",
        "2026-01-04T08:00:00+08:00, D, DAY,   duty-d-info, cycle day 3",
        "2026-01-04T20:00:00+08:00, C, NIGHT, duty-c-info, cycle day 3 night",
        "2026-01-05T08:00:00+08:00, A, DAY,   duty-a-info, the cycle starts again",
        "2026-12-04T10:00:00+08:00, B, DAY,   duty-b-info, day 337 of the cycle's count",
        "2026-12-04T11:59:59Z,      B, DAY,   duty-b-info, 19:59:59 in Beijing written in UTC",
        "2026-12-04T12:00:00Z,      A, NIGHT, duty-a-info, 20:00 in Beijing written in UTC",
        "2025-12-29T08:00:00+08:00, B, DAY,   duty-b-info, before the anchor the cycle runs backwards",
    })
    void namesTheTeamOnDutyAtShiftChangesAndAcrossTheCycle(
            String at, String team, String shift, String information, String what) {
        Instant instant = OffsetDateTime.parse(at).toInstant();

        Duty duty = Rota.at(roster, instant);

        assertThat(duty.team()).as(what).isEqualTo(team);
        assertThat(duty.shift()).as(what).isEqualTo(shift);
        assertThat(duty.information()).as(what).isEqualTo(information);
        assertThat(duty.communication()).as(what).isEqualTo(information.replace("-info", "-comm"));
    }

    @Test
    void everyTeamWorksADayThenTheNextNightThenHasTwoDaysOff() {
        List<Duty> eightDays = LocalDate.of(2026, 12, 1)
                .datesUntil(LocalDate.of(2026, 12, 9))
                .flatMap(date -> Rota.ofDay(roster, date).stream())
                .toList();

        Map<String, List<Duty>> byTeam = eightDays.stream().collect(Collectors.groupingBy(Duty::team));

        assertThat(byTeam).hasSize(4);
        byTeam.forEach((team, all) -> {
            List<Duty> shifts = all.get(0).shift().equals("NIGHT") ? all.subList(1, all.size()) : all;
            assertThat(all).hasSize(4);
            assertThat(shifts.subList(0, 3)).extracting(Duty::shift).containsExactly("DAY", "NIGHT", "DAY");
            assertThat(Duration.between(shifts.get(0).to(), shifts.get(1).from()))
                    .isEqualTo(Duration.ofHours(24));
            assertThat(Duration.between(shifts.get(1).to(), shifts.get(2).from()))
                    .isEqualTo(Duration.ofHours(48));
            assertThat(shifts)
                    .allSatisfy(
                            d -> assertThat(Duration.between(d.from(), d.to())).hasHours(12));
        });
    }

    @Test
    void coversEveryInstantWithExactlyOneShift() {
        List<Duty> week = Rota.ofDay(roster, LocalDate.of(2026, 12, 7));

        assertThat(week.get(0).to()).isEqualTo(week.get(1).from());
        assertThat(Rota.at(roster, week.get(1).to()))
                .isEqualTo(Rota.ofDay(roster, LocalDate.of(2026, 12, 8)).get(0));
    }

    @Test
    void refusesARosterWhoseRotationNamesAnUnknownTeamOrLacksAShift() {
        DutyRoster broken = new DutyRoster(
                roster.zone(),
                roster.anchor(),
                roster.shifts(),
                List.of(List.of("A", "E"), List.of("B")),
                roster.teams());

        List<String> problems = broken.problems();

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("班组不存在", "E"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("第 2 天"));
    }
}
