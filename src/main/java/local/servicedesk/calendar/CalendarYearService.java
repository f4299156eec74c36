package local.servicedesk.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory calendar years that admins add or change at run time. They are kept in the database, so every node
 * of the desk reads them (at start and every few minutes) and they survive a restart and a redeploy.
 */
@Service
public class CalendarYearService {

    private static final Logger log = LoggerFactory.getLogger(CalendarYearService.class);

    private final CalendarYears years;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarYearService(CalendarYears years, WorkingCalendar calendar, JdbcClient jdbc, Clock clock) {
        this.years = years;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        refresh();

        int thisYear = LocalDate.ofInstant(clock.instant(), calendar.zone()).getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            if (!years.knows(year)) {
                years.warnMissing(year, "checked at start");
            }
        }
    }

    /** Reads the years kept in the database again, so that a change made on another node reaches this one. */
    @Scheduled(fixedDelayString = "${desk.calendar.refresh-interval:PT5M}", initialDelayString = "PT1M")
    public void refresh() {
        List<HolidayYear> stored = jdbc.sql("select document from calendar_year order by year_no")
                .query((rs, n) -> parse(rs.getString("document")))
                .list();

        years.useDatabaseYears(stored);
    }

    List<CalendarYears.Entry> all() {
        return years.all();
    }

    Optional<CalendarYears.Entry> find(int year) {
        return years.find(year);
    }

    @Transactional
    CalendarYears.Entry put(int year, HolidayYear sent, String admin) {
        HolidayYear checked = checked(year, sent);
        String document = write(checked);
        Instant now = clock.instant();

        int updated = jdbc.sql(
                        "update calendar_year set document = ?, updated_by = ?, updated_at = ? where year_no = ?")
                .params(document, admin, now.atOffset(ZoneOffset.UTC), year)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into calendar_year (year_no, document, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(year, document, admin, now.atOffset(ZoneOffset.UTC))
                    .update();
        }
        refresh();
        log.info("Statutory calendar {} set by {}: {}", year, admin, checked.source());
        return years.find(year).orElseThrow();
    }

    /** Drops the year an admin sent; a shipped or directory file of that year applies again. */
    @Transactional
    boolean delete(int year, String admin) {
        int deleted = jdbc.sql("delete from calendar_year where year_no = ?")
                .param(year)
                .update();

        refresh();
        if (deleted > 0) {
            log.info("Statutory calendar {} set over HTTP removed by {}", year, admin);
        }
        return deleted > 0;
    }

    private static HolidayYear checked(int year, HolidayYear sent) {
        if (sent == null) {
            throw new InvalidCalendarYear("日历年无效", List.of("请求体不能为空"));
        }
        HolidayYear numbered = new HolidayYear(year, sent.source(), sent.holidays(), sent.workdays());
        List<String> problems = numbered.problems();
        if (sent.year() != 0 && sent.year() != year) {
            problems = new ArrayList<>(problems);
            problems.add("请求体中的 year（%d）与地址中的年份（%d）不一致".formatted(sent.year(), year));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCalendarYear("日历年 " + year + " 无效", problems);
        }
        return numbered;
    }

    private static String write(HolidayYear year) {
        try {
            return CalendarFiles.JSON.writeValueAsString(year);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write calendar year " + year.year(), e);
        }
    }

    private static HolidayYear parse(String document) {
        try {
            return CalendarFiles.JSON.readValue(document, HolidayYear.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A calendar year in the database cannot be read", e);
        }
    }
}
