package local.servicedesk.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

/** Reads a roster: the shift that holds an instant, and the shifts that start on a date. */
final class Rota {

    private Rota() {}

    /** The shift on duty at the instant: the last shift that started at or before it. */
    static Duty at(DutyRoster roster, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, roster.zoneId());
        LocalDate date = local.toLocalDate();
        List<DutyRoster.Shift> shifts = roster.shifts();

        int index = shifts.size() - 1;
        while (index >= 0 && shifts.get(index).start().isAfter(local.toLocalTime())) {
            index--;
        }
        if (index < 0) {
            return duty(roster, date.minusDays(1), shifts.size() - 1);
        }
        return duty(roster, date, index);
    }

    /** The shifts that start on the date, in order. */
    static List<Duty> ofDay(DutyRoster roster, LocalDate date) {
        return IntStream.range(0, roster.shifts().size())
                .mapToObj(index -> duty(roster, date, index))
                .toList();
    }

    private static Duty duty(DutyRoster roster, LocalDate date, int index) {
        List<DutyRoster.Shift> shifts = roster.shifts();
        DutyRoster.Shift shift = shifts.get(index);
        boolean last = index == shifts.size() - 1;
        LocalDateTime end = last
                ? date.plusDays(1).atTime(shifts.get(0).start())
                : date.atTime(shifts.get(index + 1).start());
        int cycleDay = (int) Math.floorMod(
                ChronoUnit.DAYS.between(roster.anchor(), date),
                roster.rotation().size());
        DutyRoster.Team team = roster.team(roster.rotation().get(cycleDay).get(index));
        ZoneId zone = roster.zoneId();

        return new Duty(
                shift.id(),
                shift.name(),
                team.id(),
                team.name(),
                team.information(),
                team.communication(),
                date.atTime(shift.start()).atZone(zone).toInstant(),
                end.atZone(zone).toInstant());
    }
}
