package local.servicedesk.ticket;

/** A page number or size out of range. */
public class InvalidPage extends RuntimeException {

    public InvalidPage(int page, int size, int maxSize) {
        super("分页参数有误：page 须不小于 0，size 须在 1 至 %d 之间（收到 page=%d，size=%d）".formatted(maxSize, page, size));
    }
}
