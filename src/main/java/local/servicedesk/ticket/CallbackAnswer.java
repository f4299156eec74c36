package local.servicedesk.ticket;

/** What the customer said when the seat called back; the answer fields are null when nobody was reached. */
public record CallbackAnswer(
        boolean customerReached, Boolean satisfied, Integer satisfaction, boolean complaint, String comment) {}
