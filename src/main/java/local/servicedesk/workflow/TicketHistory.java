package local.servicedesk.workflow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TimelineEntry;

/**
 * The ticket's timeline told in a few lines for the task forms (variable {@code historyText}): one line per entry,
 * oldest first, in Beijing time. The whole timeline stays in the ticket API; the form gets a summary that fits a
 * process variable.
 */
final class TicketHistory {

    /** Camunda keeps a string variable in a column of 4000 characters. */
    static final int MAX_LENGTH = 3800;

    static final int MAX_ENTRY_LENGTH = 200;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private TicketHistory() {}

    static String of(List<TimelineEntry> timeline) {
        List<String> lines = timeline.stream().map(TicketHistory::line).toList();
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            length += lines.get(i).length() + 1;
            if (length > MAX_LENGTH) {
                kept.add(0, "（更早的 %d 条记录从略）".formatted(i + 1));
                break;
            }
            kept.add(0, lines.get(i));
        }
        return String.join("\n", kept);
    }

    private static String line(TimelineEntry entry) {
        String actor = entry.actor() == null || TicketService.SYSTEM.equals(entry.actor()) ? "系统" : entry.actor();
        return "%s %s：%s".formatted(TIME.format(entry.at()), actor, shortened(entry.message()));
    }

    private static String shortened(String message) {
        String oneLine = message.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ENTRY_LENGTH ? oneLine : oneLine.substring(0, MAX_ENTRY_LENGTH - 1) + "…";
    }
}
