package local.servicedesk.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes calls and their links to tickets. */
@Repository
class CallRepository {

    private final JdbcClient jdbc;

    CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PhoneCall call) {
        jdbc.sql("""
                        insert into phone_call (call_id, caller_number, ivr_choice, category, queued_at, answered_at,
                            ended_at, agent, wait_seconds, answered_in_target, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        call.callId(),
                        call.callerNumber(),
                        call.ivrChoice(),
                        call.category(),
                        timestamp(call.queuedAt()),
                        timestamp(call.answeredAt()),
                        timestamp(call.endedAt()),
                        call.agent(),
                        call.waitSeconds(),
                        call.answeredInTarget(),
                        call.recordedBy(),
                        timestamp(call.recordedAt()))
                .update();
    }

    Optional<PhoneCall> find(String callId) {
        return jdbc.sql("select * from phone_call where call_id = ?")
                .param(callId)
                .query(CallRepository::call)
                .optional();
    }

    void link(String callId, String ticketNo) {
        jdbc.sql("insert into phone_call_ticket (ticket_no, call_id) values (?, ?)")
                .params(ticketNo, callId)
                .update();
    }

    List<String> ticketsOf(String callId) {
        return jdbc.sql("select ticket_no from phone_call_ticket where call_id = ? order by ticket_no")
                .param(callId)
                .query(String.class)
                .list();
    }

    private static PhoneCall call(ResultSet rs, int row) throws SQLException {
        return new PhoneCall(
                rs.getString("call_id"),
                rs.getString("caller_number"),
                rs.getString("ivr_choice"),
                rs.getString("category"),
                instant(rs, "queued_at"),
                instant(rs, "answered_at"),
                instant(rs, "ended_at"),
                rs.getString("agent"),
                rs.getLong("wait_seconds"),
                rs.getBoolean("answered_in_target"),
                rs.getString("recorded_by"),
                instant(rs, "recorded_at"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
