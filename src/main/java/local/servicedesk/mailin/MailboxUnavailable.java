package local.servicedesk.mailin;

/** The desk's mailbox could not be opened or read; nothing was lost, the mail waits there. */
public class MailboxUnavailable extends RuntimeException {

    MailboxUnavailable(String host, int port, Throwable cause) {
        super("Mailbox at " + host + ":" + port + " cannot be read: " + cause.getMessage(), cause);
    }
}
