package local.servicedesk.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the ticket tables; no rules here, those live in {@link TicketService}. */
@Repository
class TicketRepository {

    private static final String SELECT = "select * from ticket ";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String ticketNo,
            TicketFacts facts,
            Instant now,
            String createdBy,
            String idempotencyKey,
            String requestHash) {
        Customer customer = facts.customer();
        jdbc.sql("""
                insert into ticket (ticket_no, channel, company, category, type, impact, urgency, subject,
                    description, customer_name, customer_phone, customer_email, status, created_by, created_at,
                    updated_at, idempotency_key, request_hash)
                values (:no, :channel, :company, :category, :type, :impact, :urgency, :subject, :description,
                    :customerName, :customerPhone, :customerEmail, :status, :createdBy, :now, :now, :key, :hash)
                """)
                .param("no", ticketNo)
                .param("channel", facts.channel())
                .param("company", facts.company())
                .param("category", facts.category())
                .param("type", facts.type())
                .param("impact", facts.impact())
                .param("urgency", facts.urgency())
                .param("subject", facts.subject())
                .param("description", facts.description())
                .param("customerName", customer.name())
                .param("customerPhone", customer.phone())
                .param("customerEmail", customer.email())
                .param("status", TicketStatus.NEW.name())
                .param("createdBy", createdBy)
                .param("now", timestamp(now))
                .param("key", idempotencyKey)
                .param("hash", requestHash)
                .update();
    }

    Optional<Ticket> find(String ticketNo) {
        return jdbc.sql(SELECT + "where ticket_no = ?")
                .param(ticketNo)
                .query(TicketRepository::ticket)
                .optional();
    }

    Optional<Ticket> findForUpdate(String ticketNo) {
        return jdbc.sql(SELECT + "where ticket_no = ? for update")
                .param(ticketNo)
                .query(TicketRepository::ticket)
                .optional();
    }

    Optional<StoredKey> findByIdempotencyKey(String key) {
        return jdbc.sql("select ticket_no, request_hash from ticket where idempotency_key = ?")
                .param(key)
                .query((rs, n) -> new StoredKey(rs.getString("ticket_no"), rs.getString("request_hash")))
                .optional();
    }

    List<Ticket> search(TicketQuery query) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", query.channel());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status().name());
        }
        if (query.customerEmail() != null) {
            where.append(" and lower(customer_email) = lower(:email)");
            params.put("email", query.customerEmail());
        }
        if (query.since() != null) {
            where.append(" and created_at >= :since");
            params.put("since", timestamp(query.since()));
        }
        params.put("limit", query.size() + 1);
        params.put("offset", (long) query.page() * query.size());
        return jdbc.sql(SELECT + where + " order by created_at desc, ticket_no desc limit :limit offset :offset")
                .params(params)
                .query(TicketRepository::ticket)
                .list();
    }

    /** Sets the given columns; the column names come from this package's code, never from input. */
    void update(String ticketNo, Instant now, Column... columns) {
        StringBuilder sql = new StringBuilder("update ticket set updated_at = :now");
        for (Column column : columns) {
            sql.append(", ").append(column.name()).append(" = :").append(column.name());
        }
        JdbcClient.StatementSpec statement = jdbc.sql(
                        sql.append(" where ticket_no = :no").toString())
                .param("now", timestamp(now))
                .param("no", ticketNo);
        for (Column column : columns) {
            Object value = column.value() instanceof Instant instant ? timestamp(instant) : column.value();
            statement = statement.param(column.name(), value);
        }
        statement.update();
    }

    void appendTimeline(String ticketNo, TimelineEntry entry) {
        jdbc.sql("""
                insert into ticket_timeline (ticket_no, occurred_at, status, kind, actor, message)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        ticketNo,
                        timestamp(entry.at()),
                        entry.status().name(),
                        entry.kind().name(),
                        entry.actor(),
                        entry.message())
                .update();
    }

    List<TimelineEntry> timeline(String ticketNo) {
        return jdbc.sql("""
                select occurred_at, status, kind, actor, message from ticket_timeline
                where ticket_no = ? order by occurred_at, id
                """)
                .param(ticketNo)
                .query((rs, n) -> new TimelineEntry(
                        instant(rs, "occurred_at"),
                        TicketStatus.valueOf(rs.getString("status")),
                        TimelineKind.valueOf(rs.getString("kind")),
                        rs.getString("actor"),
                        rs.getString("message")))
                .list();
    }

    record StoredKey(String ticketNo, String requestHash) {}

    record Column(String name, Object value) {}

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Ticket ticket(ResultSet rs, int row) throws SQLException {
        TicketFacts facts = new TicketFacts(
                rs.getString("channel"),
                rs.getString("company"),
                rs.getString("category"),
                rs.getString("type"),
                rs.getString("impact"),
                rs.getString("urgency"),
                rs.getString("subject"),
                rs.getString("description"),
                new Customer(
                        rs.getString("customer_name"), rs.getString("customer_phone"), rs.getString("customer_email")));
        return new Ticket(
                rs.getString("ticket_no"),
                rs.getString("process_instance_id"),
                facts,
                TicketStatus.valueOf(rs.getString("status")),
                rs.getString("priority"),
                rs.getBoolean("major"),
                rs.getString("seat_group"),
                rs.getString("second_line_group"),
                rs.getString("work_order_no"),
                rs.getString("resolution"),
                enumOrNull(ResolvedAt.class, rs.getString("resolved_at")),
                enumOrNull(Closure.class, rs.getString("closure")),
                handlers(rs),
                callback(rs),
                steps(rs),
                sla(rs));
    }

    private static SlaRecord sla(ResultSet rs) throws SQLException {
        return new SlaRecord(
                rs.getString("sla_clock"),
                instant(rs, "sla_started_at"),
                rs.getObject("response_minutes", Integer.class),
                rs.getObject("resolution_minutes", Integer.class),
                instant(rs, "response_due_at"),
                instant(rs, "responded_at"),
                instant(rs, "response_warned_at"),
                instant(rs, "response_breached_at"),
                instant(rs, "resolution_due_at"),
                instant(rs, "resolution_met_at"),
                instant(rs, "resolution_warned_at"),
                instant(rs, "resolution_breached_at"),
                instant(rs, "callback_due_at"),
                instant(rs, "callback_warned_at"),
                instant(rs, "callback_breached_at"),
                instant(rs, "waiting_since"),
                rs.getInt("paused_minutes"));
    }

    private static Ticket.Handlers handlers(ResultSet rs) throws SQLException {
        return new Ticket.Handlers(
                rs.getString("created_by"),
                rs.getString("first_line_by"),
                rs.getString("second_line_by"),
                rs.getString("callback_by"));
    }

    private static Ticket.CallbackResult callback(ResultSet rs) throws SQLException {
        return new Ticket.CallbackResult(
                rs.getObject("customer_reached", Boolean.class),
                rs.getObject("satisfied", Boolean.class),
                rs.getObject("satisfaction", Integer.class),
                rs.getBoolean("complaint"),
                rs.getString("callback_comment"),
                rs.getInt("callback_attempts"));
    }

    private static Ticket.Steps steps(ResultSet rs) throws SQLException {
        return new Ticket.Steps(
                instant(rs, "created_at"),
                instant(rs, "deferred_at"),
                instant(rs, "first_line_at"),
                instant(rs, "second_line_at"),
                instant(rs, "callback_at"),
                instant(rs, "closed_at"),
                instant(rs, "updated_at"));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
