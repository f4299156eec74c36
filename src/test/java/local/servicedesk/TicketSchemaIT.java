package local.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ticket table, as the Flyway migration creates it, on whichever database the tests run.
 */
@DeskIntegrationTest
class TicketSchemaIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsAChineseSubjectAsSevenCharacters() {
        insertTicket("1970010100001", "报销单无法提交", OffsetDateTime.parse("2026-12-04T09:30:00+08:00"));

        String subject = jdbc.sql("select subject from ticket where ticket_no = ?")
                .param("1970010100001")
                .query(String.class)
                .single();
        Integer length = jdbc.sql("select char_length(subject) from ticket where ticket_no = ?")
                .param("1970010100001")
                .query(Integer.class)
                .single();

        assertThat(subject).isEqualTo("报销单无法提交");
        assertThat(length).isEqualTo(7);
    }

    @Test
    void keepsTheInstantOfIntakeWhateverTheZone() {
        OffsetDateTime intake = OffsetDateTime.parse("2026-12-04T09:30:00+08:00");
        insertTicket("1970010100002", "打印机卡纸", intake);

        OffsetDateTime stored = jdbc.sql("select created_at from ticket where ticket_no = ?")
                .param("1970010100002")
                .query(OffsetDateTime.class)
                .single();

        assertThat(stored.toInstant()).isEqualTo(intake.toInstant());
    }

    private void insertTicket(String ticketNo, String subject, OffsetDateTime createdAt) {
        jdbc.sql("""
                insert into ticket (ticket_no, channel, company, category, type, impact, urgency, subject,
                    customer_name, status, created_at, updated_at)
                values (:ticketNo, 'PORTAL', 'hq', 'OA', 'FAULT', 'LOW', 'NORMAL', :subject,
                    '张三', 'NEW', :createdAt, :createdAt)
                """)
                .param("ticketNo", ticketNo)
                .param("subject", subject)
                .param("createdAt", createdAt)
                .update();
    }
}
