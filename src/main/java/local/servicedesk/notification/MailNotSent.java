package local.servicedesk.notification;

/**
 * A mail of a ticket could not be handed to the mail server. Thrown so that the async job sending it is retried.
 */
public class MailNotSent extends RuntimeException {

    public MailNotSent(String ticketNo, Throwable cause) {
        super("Mail of ticket " + ticketNo + " not sent: " + cause.getMessage(), cause);
    }
}
