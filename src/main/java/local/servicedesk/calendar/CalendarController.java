package local.servicedesk.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar over HTTP. Instants are read as ISO-8601 with {@code Z} or an offset and written with
 * the calendar's offset, for example {@code 2026-01-05T08:30:00+08:00}.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

    static final long MAX_MINUTES = 1_000_000;

    /** Far enough apart for any ticket, close enough that adding working minutes cannot leave the calendar. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9000-01-01T00:00:00Z");

    private static final String INSTANT_EXAMPLE = "例如 2026-01-05T08:30:00+08:00 或 2026-01-05T00:30:00Z";

    private final WorkingCalendar calendar;

    public CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/working-time")
    WorkingTimeAnswer workingTime(@RequestParam(required = false) String at) {
        Instant instant = instant("at", at);

        return new WorkingTimeAnswer(
                show(instant), calendar.isWorkingTime(instant), show(calendar.nextWorkingStart(instant)));
    }

    @GetMapping("/due")
    DueAnswer due(@RequestParam(required = false) String from, @RequestParam(required = false) String minutes) {
        Instant start = instant("from", from);
        long count = minutes(minutes);

        return new DueAnswer(show(start), count, show(calendar.addWorkingMinutes(start, count)));
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail refuse(InvalidParameter invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("请求参数无效");
        problem.setProperty("parameter", invalid.parameter());
        return problem;
    }

    private static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameter(name, "缺少参数 " + name + "：需要带时区的 ISO-8601 时间，" + INSTANT_EXAMPLE);
        }
        // an unencoded '+' of the offset arrives as a space; no ISO-8601 instant has a space, so read it back
        Instant instant = parse(name, text.strip().replace(' ', '+'));

        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidParameter(name, "参数 " + name + " 超出可计算的范围（1970 年至 9000 年）：" + text);
        }
        return instant;
    }

    private static Instant parse(String name, String iso) {
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(iso, Instant::from);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, "参数 " + name + " 不是带时区的 ISO-8601 时间：" + iso + "，" + INSTANT_EXAMPLE);
        }
    }

    private static long minutes(String text) {
        String rule = "需要 0 到 " + MAX_MINUTES + " 之间的整数（工作分钟数）";
        if (text == null || text.isBlank()) {
            throw new InvalidParameter("minutes", "缺少参数 minutes：" + rule);
        }
        String digits = text.strip();

        if (!digits.matches("\\d{1,7}") || Long.parseLong(digits) > MAX_MINUTES) {
            throw new InvalidParameter("minutes", "参数 minutes 无效：" + text + "，" + rule);
        }
        return Long.parseLong(digits);
    }

    private String show(Instant instant) {
        return OffsetDateTime.ofInstant(instant, calendar.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    record WorkingTimeAnswer(String at, boolean workingTime, String nextWorkingStart) {}

    record DueAnswer(String from, long minutes, String due) {}
}
