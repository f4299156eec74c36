package local.servicedesk.notification;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail the desk has handed to its mail server, by delivery key (table {@code sent_mail}). A row is written in a
 * transaction of its own right after the server took the mail: when the caller's transaction rolls back later, the
 * row stays, and the retried caller learns that its mail already went out.
 */
@Repository
class SentMailLog {

    private static final int RECIPIENTS_MAX = 2000;
    private static final int SUBJECT_MAX = 400;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SentMailLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The Message-ID of the mail sent under this key, if one was. */
    Optional<String> messageIdOf(String key) {
        return jdbc.sql("select message_id from sent_mail where mail_key = ?")
                .param(key)
                .query(String.class)
                .optional();
    }

    void record(String key, String ticketNo, String messageId, String recipients, String subject) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            insert into sent_mail (mail_key, ticket_no, message_id, recipients, subject, sent_at)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            key,
                            ticketNo,
                            messageId,
                            cut(recipients, RECIPIENTS_MAX),
                            cut(subject, SUBJECT_MAX),
                            clock.instant().atOffset(ZoneOffset.UTC))
                    .update());
        } catch (DuplicateKeyException sentByAnotherNodeAtTheSameMoment) {
            // the other node's row says the same thing: a mail went out under this key
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
