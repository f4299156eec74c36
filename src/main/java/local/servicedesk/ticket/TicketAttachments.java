package local.servicedesk.ticket;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the files of a ticket with their bytes and a SHA-256, in the desk's database, so that a file is stored in
 * the same transaction as the ticket or mail it came with. The same file under the same name is stored once.
 */
@Service
@Transactional
public class TicketAttachments {

    /** Largest file the desk keeps. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final TicketService tickets;
    private final Clock clock;

    TicketAttachments(JdbcClient jdbc, TicketService tickets, Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The file's bytes and what is known of them. */
    public record Content(Attachment attachment, byte[] bytes) {}

    public Attachment attach(String ticketNo, String name, String contentType, byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("attachment " + name + " is larger than " + MAX_BYTES + " bytes");
        }
        tickets.get(ticketNo);
        String sha256 = sha256(bytes);
        Optional<Attachment> same = find(ticketNo, sha256, name);
        if (same.isPresent()) {
            return same.get();
        }

        jdbc.sql("""
                        insert into ticket_attachment
                            (ticket_no, name, content_type, size_bytes, sha256, source, content, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        ticketNo,
                        name,
                        contentType,
                        bytes.length,
                        sha256,
                        source,
                        bytes,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return find(ticketNo, sha256, name).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(String ticketNo) {
        return jdbc.sql("select * from ticket_attachment where ticket_no = ? order by id")
                .param(ticketNo)
                .query(TicketAttachments::attachment)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Content> content(String ticketNo, long id) {
        return jdbc.sql("select * from ticket_attachment where ticket_no = ? and id = ?")
                .params(ticketNo, id)
                .query((rs, n) -> new Content(attachment(rs, n), rs.getBytes("content")))
                .optional();
    }

    private Optional<Attachment> find(String ticketNo, String sha256, String name) {
        return jdbc.sql("select * from ticket_attachment where ticket_no = ? and sha256 = ? and name = ?")
                .params(ticketNo, sha256, name)
                .query(TicketAttachments::attachment)
                .optional();
    }

    private static Attachment attachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("source"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
