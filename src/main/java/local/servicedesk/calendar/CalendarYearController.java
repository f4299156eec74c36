package local.servicedesk.calendar;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statutory calendar's years over HTTP: everyone reads them, admins ({@code camunda-admin}) add, change or
 * remove a year without a redeploy. The body is the shape of the shipped {@code holidays-<year>.yaml}, as JSON.
 */
@RestController
@RequestMapping("/api/calendar/years")
class CalendarYearController {

    private final CalendarYearService years;

    CalendarYearController(CalendarYearService years) {
        this.years = years;
    }

    @GetMapping
    List<YearAnswer> list() {
        return years.all().stream().map(YearAnswer::of).toList();
    }

    @GetMapping("/{year}")
    YearAnswer get(@PathVariable int year) {
        return years.find(year).map(YearAnswer::of).orElseThrow(() -> new YearNotFound(year));
    }

    @PutMapping("/{year}")
    YearAnswer put(@PathVariable int year, @RequestBody(required = false) HolidayYear body, Authentication user) {
        requireAdmin(user);

        return YearAnswer.of(years.put(year, body, user.getName()));
    }

    @DeleteMapping("/{year}")
    ResponseEntity<Void> delete(@PathVariable int year, Authentication user) {
        requireAdmin(user);

        return years.delete(year, user.getName())
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidCalendarYear e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("工作日历无效");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail forbidden(AdminOnly e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("无权修改工作日历");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(YearNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("没有该年的法定节假日安排");
        return problem;
    }

    private static void requireAdmin(Authentication user) {
        boolean admin = user != null
                && user.getAuthorities().stream().anyMatch(a -> AdminOnly.ADMIN_AUTHORITY.equals(a.getAuthority()));
        if (!admin) {
            throw new AdminOnly(user == null ? "（未登录）" : user.getName());
        }
    }

    /** A year as the API shows it, with where it came from: CLASSPATH, DIRECTORY or DATABASE. */
    record YearAnswer(
            int year,
            String origin,
            String source,
            List<HolidayYear.Holiday> holidays,
            List<HolidayYear.MakeUpDay> workdays) {

        static YearAnswer of(CalendarYears.Entry entry) {
            HolidayYear year = entry.year();
            return new YearAnswer(year.year(), entry.origin().name(), year.source(), year.holidays(), year.workdays());
        }
    }

    static class YearNotFound extends RuntimeException {

        YearNotFound(int year) {
            super("%d 年没有法定节假日安排：工作日按周一至周五计算，请管理员补充国务院公布的安排".formatted(year));
        }
    }
}
