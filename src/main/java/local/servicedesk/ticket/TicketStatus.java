package local.servicedesk.ticket;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a ticket stands, as the ticket API reports it. */
public enum TicketStatus {
    NEW("新建"),
    DEFERRED("待工作时间处理"),
    FIRST_LINE("一线处理中"),
    SECOND_LINE("二线处理中"),
    CALLBACK("待回访"),
    CLOSED("已关闭");

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = Map.of(
            NEW, EnumSet.of(DEFERRED, FIRST_LINE),
            DEFERRED, EnumSet.of(FIRST_LINE),
            FIRST_LINE, EnumSet.of(SECOND_LINE, CLOSED),
            SECOND_LINE, EnumSet.of(FIRST_LINE, CALLBACK),
            CALLBACK, EnumSet.of(CALLBACK, SECOND_LINE, CLOSED),
            CLOSED, EnumSet.noneOf(TicketStatus.class));

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(TicketStatus next) {
        return NEXT.get(this).contains(next);
    }
}
