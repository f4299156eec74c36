package local.servicedesk.ticket;

/** A step that the ticket's current status does not allow. */
public class TicketMoveRefused extends RuntimeException {

    public TicketMoveRefused(String ticketNo, TicketStatus current, TicketStatus wanted) {
        super("工单 %s 当前状态为「%s」，不能转为「%s」".formatted(ticketNo, current.label(), wanted.label()));
    }

    public TicketMoveRefused(String ticketNo, TicketStatus current, String step) {
        super("工单 %s 当前状态为「%s」，不能%s".formatted(ticketNo, current.label(), step));
    }
}
