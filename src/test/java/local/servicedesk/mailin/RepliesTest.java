package local.servicedesk.mailin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import local.servicedesk.notification.DeskMailProperties;
import local.servicedesk.ticket.TicketService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepliesTest {

    private final Replies replies = new Replies(
            mock(TicketService.class), new DeskMailProperties(false, 0, 0, "desk@servicedesk.local", "IT 服务台"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Re: [工单#2026120800007] 已受理",
                "RE：[工单#2026120800007] 已受理",
                "回复：[工单#2026120800007] 已受理",
                "答复: [工单#2026120800007]",
                "转发：Fw: [工单#2026120800007]",
                "回复：【工单＃2026120800007】已受理",
                "Re:[ 工单 # 2026120800007 ]"
            })
    void findsTheTicketTagBehindAnyPrefix(String subject) {
        assertThat(replies.ticketsNamed(mail(subject, List.of()))).containsExactly("2026120800007");
    }

    @Test
    void namesTheTicketOfAMailTheDeskSentBeforeTheSubjectsTag() {
        List<String> references = List.of(
                "<ticket-2026120800003-5d1c8a2e@servicedesk.local>",
                "<ticket-2026120800004-x@elsewhere.test>",
                "<abc@client.test>");

        List<String> named = replies.ticketsNamed(mail("Re: [工单#2026120800009]", references));

        assertThat(named).containsExactly("2026120800003", "2026120800009");
    }

    @Test
    void namesNoTicketForAnOrdinaryMail() {
        assertThat(replies.ticketsNamed(mail("工单#2026120800007 打不开", List.of())))
                .isEmpty();
    }

    private static InboundMail mail(String subject, List<String> references) {
        return new InboundMail("<m@x>", "a@hq.servicedesk.local", "a", subject, "", references, List.of(), null);
    }
}
