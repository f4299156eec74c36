package local.servicedesk.ticket;

/** The three service-level targets of a ticket, each with its due instant, warning and breach mark. */
public enum SlaTarget {
    /** First line takes the request up: first-line work done or the customer asked for more. */
    RESPONSE("response", "响应"),
    /** The request is resolved, at first or second line; waiting for the customer does not count. */
    RESOLUTION("resolution", "解决"),
    /** The seat calls the customer back after second line fixed the request. */
    CALLBACK("callback", "回访");

    private final String column;
    private final String label;

    SlaTarget(String column, String label) {
        this.column = column;
        this.label = label;
    }

    String column() {
        return column;
    }

    public String label() {
        return label;
    }
}
