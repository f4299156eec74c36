package local.servicedesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeskIntegrationTest(properties = "desk.demo.enabled=false")
class TicketAttachmentsIT {

    @Autowired
    TicketService tickets;

    @Autowired
    TicketAttachments attachments;

    @Test
    void keepsAFileWithItsChineseNameBytesAndDigestOnce() {
        String ticketNo = tickets.open(facts(), "seat-biz1", null, null).ticketNo();
        byte[] bytes = "报错截图的内容".getBytes(StandardCharsets.UTF_8);

        Attachment first = attachments.attach(ticketNo, "报错截图.png", "image/png", bytes, "EMAIL");
        Attachment again = attachments.attach(ticketNo, "报错截图.png", "image/png", bytes, "EMAIL");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(attachments.list(ticketNo)).singleElement().satisfies(stored -> {
            assertThat(stored.name()).isEqualTo("报错截图.png");
            assertThat(stored.size()).isEqualTo(bytes.length);
            assertThat(stored.sha256()).isEqualTo(TicketAttachments.sha256(bytes));
        });
        assertThat(attachments.content(ticketNo, first.id()).orElseThrow().bytes())
                .isEqualTo(bytes);
    }

    private static TicketFacts facts() {
        return new TicketFacts(
                "EMAIL",
                "hq",
                "ERP",
                "FAULT",
                "LOW",
                "NORMAL",
                "报销单无法提交",
                null,
                new Customer("刘洋", null, "liuyang@hq.servicedesk.local"));
    }
}
