package local.servicedesk.intake;

/** An idempotency key used again with a different request. */
public class IdempotencyConflict extends RuntimeException {

    public IdempotencyConflict(String key, String ticketNo) {
        super("幂等键 %s 已用于创建工单 %s，且请求内容不同".formatted(key, ticketNo));
    }
}
