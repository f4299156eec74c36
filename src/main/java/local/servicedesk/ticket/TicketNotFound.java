package local.servicedesk.ticket;

/** No ticket has this number. */
public class TicketNotFound extends RuntimeException {

    private final String ticketNo;

    public TicketNotFound(String ticketNo) {
        super("工单 " + ticketNo + " 不存在");
        this.ticketNo = ticketNo;
    }

    public String ticketNo() {
        return ticketNo;
    }
}
