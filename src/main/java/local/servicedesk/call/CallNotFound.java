package local.servicedesk.call;

/** No call has this id. */
public class CallNotFound extends RuntimeException {

    public CallNotFound(String callId) {
        super("来电 " + callId + " 不存在");
    }
}
