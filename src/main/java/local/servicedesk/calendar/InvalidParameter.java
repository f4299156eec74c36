package local.servicedesk.calendar;

/**
 * A query parameter of the calendar API that is missing or cannot be read; the message is for the caller.
 */
class InvalidParameter extends RuntimeException {

    private final String parameter;

    InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
