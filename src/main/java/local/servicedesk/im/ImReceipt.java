package local.servicedesk.im;

/** What the desk did with a message: opened a ticket ({@code CREATED}) or added it to one ({@code FOLLOWED_UP}). */
public record ImReceipt(String messageId, String conversationId, String ticketNo, Action action) {

    /** What a message did to its ticket. */
    public enum Action {
        CREATED,
        FOLLOWED_UP
    }
}
