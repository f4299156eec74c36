package local.servicedesk.ticket;

/** The ticket has no attachment with this id. */
public class AttachmentNotFound extends RuntimeException {

    public AttachmentNotFound(String ticketNo, long id) {
        super("工单 %s 没有编号为 %d 的附件".formatted(ticketNo, id));
    }
}
