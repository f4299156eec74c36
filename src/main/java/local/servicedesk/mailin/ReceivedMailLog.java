package local.servicedesk.mailin;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mails intake has handled, by key (table {@code received_mail}), written with what each mail did. */
@Repository
class ReceivedMailLog {

    private static final int SENDER_MAX = 254;

    /** What a handled mail became. */
    enum Disposition {
        NEW_TICKET,
        REPLY
    }

    record Entry(String ticketNo, Disposition disposition) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ReceivedMailLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Entry> find(String key) {
        return jdbc.sql("select ticket_no, disposition from received_mail where message_key = ?")
                .param(key)
                .query((rs, n) ->
                        new Entry(rs.getString("ticket_no"), Disposition.valueOf(rs.getString("disposition"))))
                .optional();
    }

    /** In the caller's transaction, with the ticket or timeline entry the mail made. */
    void record(String key, String ticketNo, Disposition disposition, String sender) {
        jdbc.sql("""
                        insert into received_mail (message_key, ticket_no, disposition, sender, received_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(
                        key,
                        ticketNo,
                        disposition.name(),
                        sender.length() <= SENDER_MAX ? sender : sender.substring(0, SENDER_MAX),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }
}
