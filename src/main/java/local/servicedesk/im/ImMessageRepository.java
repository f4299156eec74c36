package local.servicedesk.im;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the instant messages the desk took. */
@Repository
class ImMessageRepository {

    private final JdbcClient jdbc;

    ImMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the message id; a second claim of the same id fails on the primary key. */
    void claim(ImMessage message, String senderName, String text, Instant now) {
        jdbc.sql("""
                        insert into im_message (message_id, conversation_id, sender_id, sender_name, body, received_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        message.messageId(),
                        message.conversationId(),
                        message.senderId(),
                        senderName,
                        text,
                        now.atOffset(ZoneOffset.UTC))
                .update();
    }

    void recordTicket(String messageId, String ticketNo, ImReceipt.Action action) {
        jdbc.sql("update im_message set ticket_no = ?, action = ? where message_id = ?")
                .params(ticketNo, action.name(), messageId)
                .update();
    }

    Optional<ImReceipt> find(String messageId) {
        return jdbc.sql("select * from im_message where message_id = ? and ticket_no is not null")
                .param(messageId)
                .query((rs, n) -> new ImReceipt(
                        rs.getString("message_id"),
                        rs.getString("conversation_id"),
                        rs.getString("ticket_no"),
                        ImReceipt.Action.valueOf(rs.getString("action"))))
                .optional();
    }

    /** The ticket that the conversation's latest message went to, if any. */
    Optional<String> latestTicketOf(String conversationId) {
        return jdbc.sql("""
                        select ticket_no from im_message where conversation_id = ? and ticket_no is not null
                        order by received_at desc, ticket_no desc limit 1
                        """).param(conversationId).query(String.class).optional();
    }
}
