package local.servicedesk.ticket;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out ticket numbers: {@code yyyyMMdd} of the intake day in Asia/Shanghai and a five-digit sequence of that
 * day. The counter is a database row, so every node sharing the database draws from the same sequence. Each number
 * is drawn in a short transaction of its own: a ticket whose intake fails later leaves a gap, never a duplicate.
 */
@Component
class TicketNumbers {

    static final ZoneId DESK_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final int MAX_PER_DAY = 99_999;
    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    TicketNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(Instant now) {
        String day = DAY.format(now.atZone(DESK_ZONE));
        for (int attempt = 1; ; attempt++) {
            try {
                return day + "%05d".formatted(draw(day));
            } catch (DuplicateKeyException firstOfTheDayRace) {
                // another node created the day's row at the same moment: its row is there now, draw again
                if (attempt == ATTEMPTS) {
                    throw firstOfTheDayRace;
                }
            }
        }
    }

    private int draw(String day) {
        Integer value = ownTransaction.execute(status -> {
            int updated = jdbc.sql("update ticket_sequence set last_value = last_value + 1 where intake_day = ?")
                    .param(day)
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into ticket_sequence (intake_day, last_value) values (?, 1)")
                        .param(day)
                        .update();
            }
            return jdbc.sql("select last_value from ticket_sequence where intake_day = ?")
                    .param(day)
                    .query(Integer.class)
                    .single();
        });
        if (value > MAX_PER_DAY) {
            throw new IllegalStateException("ticket numbers of " + day + " are exhausted");
        }
        return value;
    }
}
