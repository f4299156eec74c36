package local.servicedesk.duty;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of the monitoring group is on duty. The roster comes from its YAML file until an admin sends one over HTTP;
 * that one is kept in the database, read by every node at start and every few minutes, and wins over the file.
 */
@Service
public class DutyRosterService {

    static final String ROSTER_ID = "monitoring";

    private static final Logger log = LoggerFactory.getLogger(DutyRosterService.class);

    /** The roster in use and where it came from: FILE or DATABASE. */
    record Current(DutyRoster roster, String origin) {}

    private final DutyRoster fromFile;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Current current;

    DutyRosterService(DutyProperties properties, JdbcClient jdbc, Clock clock) {
        this.fromFile = RosterDocuments.readYaml(properties.roster());
        this.jdbc = jdbc;
        this.clock = clock;
        this.current = new Current(fromFile, "FILE");
    }

    @PostConstruct
    void start() {
        refresh();

        Duty now = onDuty(clock.instant());
        log.info(
                "Duty roster from {}: {} teams, a {}-day cycle; on duty now {} ({}), information officer {}",
                current.origin(),
                current.roster().teams().size(),
                current.roster().rotation().size(),
                now.teamName(),
                now.shiftName(),
                now.information());
    }

    /** Reads the roster kept in the database again, so that a change made on another node reaches this one. */
    @Scheduled(fixedDelayString = "${desk.duty.refresh-interval:PT5M}", initialDelayString = "PT1M")
    public void refresh() {
        current = jdbc.sql("select document from duty_roster where roster_id = ?")
                .param(ROSTER_ID)
                .query((rs, n) -> rs.getString("document"))
                .optional()
                .map(json -> new Current(RosterDocuments.readJson(json), "DATABASE"))
                .orElse(new Current(fromFile, "FILE"));
    }

    /** The shift on duty at the instant. */
    public Duty onDuty(Instant at) {
        return Rota.at(current.roster(), at);
    }

    /** The shifts that start on each day of the week (Monday to Sunday) that holds the date. */
    public List<Duty> week(LocalDate date) {
        LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        DutyRoster roster = current.roster();

        return monday.datesUntil(monday.plusDays(7))
                .flatMap(day -> Rota.ofDay(roster, day).stream())
                .toList();
    }

    /** The zone in which the roster's dates and times are read. */
    public ZoneId zone() {
        return current.roster().zoneId();
    }

    /** Whether the user is the information duty officer of one of the teams. */
    public boolean isInformationOfficer(String userId) {
        return userId != null && current.roster().teams().stream().anyMatch(team -> userId.equals(team.information()));
    }

    Current current() {
        return current;
    }

    @Transactional
    Current replace(DutyRoster sent, String admin) {
        DutyRoster roster = RosterDocuments.checked("值班表无效", sent);
        String json = RosterDocuments.writeJson(roster);
        var now = clock.instant().atOffset(ZoneOffset.UTC);

        int updated = jdbc.sql(
                        "update duty_roster set document = ?, updated_by = ?, updated_at = ? where roster_id = ?")
                .params(json, admin, now, ROSTER_ID)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into duty_roster (roster_id, document, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(ROSTER_ID, json, admin, now)
                    .update();
        }
        refresh();
        log.info(
                "Duty roster replaced by {}: {} teams, a {}-day cycle",
                admin,
                roster.teams().size(),
                roster.rotation().size());
        return current;
    }
}
