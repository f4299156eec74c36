package local.servicedesk.im;

/** A webhook call that is unsigned, badly signed or signed too long ago. */
public class InvalidSignature extends RuntimeException {

    public InvalidSignature(String reason) {
        super(reason);
    }
}
