package local.servicedesk.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import local.servicedesk.calendar.WorkingCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring group's duty over HTTP: who is on duty at an instant, the roster of a week, and the rotation itself,
 * which admins ({@code camunda-admin}) may replace. Instants are shown in the roster's zone with their offset.
 */
@RestController
@RequestMapping("/api/duty")
class DutyController {

    static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";

    private final DutyRosterService roster;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DutyController(DutyRosterService roster, WorkingCalendar calendar, Clock clock) {
        this.roster = roster;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    OnDuty onDuty(@RequestParam(required = false) String at) {
        Instant instant = at == null || at.isBlank() ? clock.instant() : instant(at);

        Duty duty = roster.onDuty(instant);
        boolean workingTime = calendar.isWorkingTime(instant);
        return new OnDuty(show(instant), workingTime, workingTime ? null : duty.information(), shown(duty));
    }

    @GetMapping("/week")
    Week week(@RequestParam(required = false) String date) {
        LocalDate day =
                date == null || date.isBlank() ? LocalDate.ofInstant(clock.instant(), roster.zone()) : date(date);

        List<Duty> shifts = roster.week(day);
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        return new Week(
                monday, monday.plusDays(6), shifts.stream().map(this::shown).toList());
    }

    @GetMapping("/roster")
    RosterAnswer current() {
        DutyRosterService.Current current = roster.current();
        return new RosterAnswer(current.origin(), current.roster());
    }

    @PutMapping("/roster")
    RosterAnswer replace(@RequestBody(required = false) DutyRoster sent, Authentication user) {
        boolean admin =
                user != null && user.getAuthorities().stream().anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
        if (!admin) {
            throw new AdminOnly();
        }

        DutyRosterService.Current current = roster.replace(sent, user.getName());
        return new RosterAnswer(current.origin(), current.roster());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidDutyRoster e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("值班表无效");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("请求参数无效");
        problem.setProperty("parameter", e.parameter);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail forbidden(AdminOnly e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("无权修改值班表");
        return problem;
    }

    private Shown shown(Duty duty) {
        return new Shown(
                LocalDate.ofInstant(duty.from(), roster.zone()),
                duty.shift(),
                duty.shiftName(),
                duty.team(),
                duty.teamName(),
                duty.information(),
                duty.communication(),
                show(duty.from()),
                show(duty.to()));
    }

    private OffsetDateTime show(Instant instant) {
        return instant.atZone(roster.zone()).toOffsetDateTime();
    }

    private static Instant instant(String text) {
        try {
            // an unencoded '+' of the offset arrives as a space
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text.strip().replace(' ', '+'), Instant::from);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("at", "参数 at 不是带时区的 ISO-8601 时间：" + text + "，例如 2026-12-04T20:00:00+08:00");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("date", "参数 date 不是 YYYY-MM-DD 格式的日期：" + text);
        }
    }

    /** Who is on duty at {@code at}; {@code emergencySeat} names the officer acting as emergency seat, if any. */
    record OnDuty(OffsetDateTime at, boolean workingTime, String emergencySeat, Shown duty) {}

    /** One shift: the date it starts on, its team and officers, from when to when. */
    record Shown(
            LocalDate date,
            String shift,
            String shiftName,
            String team,
            String teamName,
            String information,
            String communication,
            OffsetDateTime from,
            OffsetDateTime to) {}

    record Week(LocalDate from, LocalDate to, List<Shown> shifts) {}

    record RosterAnswer(String origin, DutyRoster roster) {}

    static class InvalidParameter extends RuntimeException {

        private final String parameter;

        InvalidParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    static class AdminOnly extends RuntimeException {

        AdminOnly() {
            super("只有管理员（camunda-admin）可以修改值班表");
        }
    }
}
