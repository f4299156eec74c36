package local.servicedesk.duty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The monitoring group's rotation as data: the shifts of a day, the teams with their information and communication
 * duty officers, and the rotation, one row per day of the cycle naming the team on each shift. Day 0 of the cycle
 * is the {@code anchor} date; the cycle repeats without end, backwards too. A shift runs from its start to the next
 * shift's start, the day's last shift into the next morning.
 *
 * @param zone where the shift times are read, Asia/Shanghai unless said otherwise
 * @param anchor the date on which day 0 of the rotation falls
 * @param shifts the day's shifts in order of their start
 * @param rotation for each day of the cycle, the team id on each shift, in the order of {@code shifts}
 * @param teams the teams and their officers (Camunda user ids)
 */
public record DutyRoster(
        String zone, LocalDate anchor, List<Shift> shifts, List<List<String>> rotation, List<Team> teams) {

    public DutyRoster {
        zone = zone == null || zone.isBlank() ? "Asia/Shanghai" : zone;
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        rotation = rotation == null
                ? List.of()
                : rotation.stream().map(List::copyOf).toList();
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    /** A shift of the day, e.g. 白班 from 08:00 and 夜班 from 20:00. */
    public record Shift(String id, String name, LocalTime start) {}

    /** A team and its two duty officers. */
    public record Team(String id, String name, String information, String communication) {}

    ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    Team team(String id) {
        return teams.stream()
                .filter(team -> team.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no team " + id));
    }

    /** What is wrong with the roster, in words for the admin who sent it; empty when it can be used. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        checkZone(problems);
        if (anchor == null) {
            problems.add("缺少轮班周期的起始日期 anchor");
        }
        checkShifts(problems);
        Set<String> teamIds = checkTeams(problems);
        checkRotation(teamIds, problems);
        return problems;
    }

    private void checkZone(List<String> problems) {
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            problems.add("时区无效：" + zone);
        }
    }

    private void checkShifts(List<String> problems) {
        if (shifts.isEmpty()) {
            problems.add("至少需要一个班次");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            if (shift == null || blank(shift.id()) || blank(shift.name()) || shift.start() == null) {
                problems.add("每个班次需要 id、name 和 start（如 \"08:00\"，须加引号）：" + shift);
                continue;
            }
            if (!ids.add(shift.id())) {
                problems.add("班次 id 重复：" + shift.id());
            }
            Shift before = i == 0 ? null : shifts.get(i - 1);
            if (before != null && before.start() != null && !before.start().isBefore(shift.start())) {
                problems.add("班次须按开始时间先后排列：" + shift.id());
            }
        }
    }

    private Set<String> checkTeams(List<String> problems) {
        Set<String> ids = new HashSet<>();
        if (teams.isEmpty()) {
            problems.add("至少需要一个班组");
        }
        for (Team team : teams) {
            if (team == null || blank(team.id()) || blank(team.name())) {
                problems.add("每个班组需要 id 和 name：" + team);
                continue;
            }
            if (blank(team.information()) || blank(team.communication())) {
                problems.add("班组 %s 需要信息值班员 information 和通信值班员 communication".formatted(team.id()));
            }
            if (!ids.add(team.id())) {
                problems.add("班组 id 重复：" + team.id());
            }
        }
        return ids;
    }

    private void checkRotation(Set<String> teamIds, List<String> problems) {
        if (rotation.isEmpty()) {
            problems.add("轮班表 rotation 至少需要一天");
        }
        for (int day = 0; day < rotation.size(); day++) {
            List<String> row = rotation.get(day);
            if (row.size() != shifts.size()) {
                problems.add("轮班表第 %d 天应为每个班次各列一个班组（%d 个）：%s".formatted(day + 1, shifts.size(), row));
            }
            for (String team : row) {
                if (!teamIds.contains(team)) {
                    problems.add("轮班表第 %d 天的班组不存在：%s".formatted(day + 1, team));
                }
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
