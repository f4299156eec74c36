package local.servicedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import local.servicedesk.ticket.TicketStatus;
import local.servicedesk.ticket.TimelineEntry;
import local.servicedesk.ticket.TimelineKind;
import org.junit.jupiter.api.Test;

class TicketHistoryTest {

    private static final Instant WEDNESDAY_TEN = Instant.parse("2026-12-02T02:00:00Z");

    @Test
    void tellsEachEntryOnItsOwnLineOldestFirstInBeijingTime() {
        List<TimelineEntry> timeline =
                List.of(entry(0, "system", "通过电话渠道受理：ERP 凭证无法过账"), entry(15, "seat-biz1", "一线无法解决，派发二线工单：需二线排查"));

        String history = TicketHistory.of(timeline);

        assertThat(history.lines())
                .containsExactly(
                        "2026-12-02 10:00 系统：通过电话渠道受理：ERP 凭证无法过账", "2026-12-02 10:15 seat-biz1：一线无法解决，派发二线工单：需二线排查");
    }

    @Test
    void keepsAMultiLineNoteOnOneShortenedLine() {
        String note = "第一行\n第二行  " + "长".repeat(300);

        String history = TicketHistory.of(List.of(entry(0, "eng-erp", note)));

        assertThat(history).doesNotContain("\n").startsWith("2026-12-02 10:00 eng-erp：第一行 第二行 长");
        assertThat(history).endsWith("…");
        assertThat(history.length()).isLessThan(TicketHistory.MAX_ENTRY_LENGTH + 30);
    }

    @Test
    void dropsTheOldestEntriesWhenTheStoryOutgrowsAProcessVariable() {
        List<TimelineEntry> timeline = IntStream.range(0, 100)
                .mapToObj(i -> entry(i, "seat-biz2", "第 %d 条：".formatted(i) + "记".repeat(60)))
                .toList();

        String history = TicketHistory.of(timeline);

        assertThat(history.length()).isLessThanOrEqualTo(4000);
        assertThat(history.lines().findFirst())
                .hasValueSatisfying(first -> assertThat(first).matches("（更早的 \\d+ 条记录从略）"));
        assertThat(history).contains("第 99 条").doesNotContain("第 0 条");
    }

    @Test
    void tellsNothingOfAnEmptyTimeline() {
        assertThat(TicketHistory.of(List.of())).isEmpty();
    }

    private static TimelineEntry entry(int minutes, String actor, String message) {
        return new TimelineEntry(
                WEDNESDAY_TEN.plusSeconds(60L * minutes), TicketStatus.FIRST_LINE, TimelineKind.STEP, actor, message);
    }
}
