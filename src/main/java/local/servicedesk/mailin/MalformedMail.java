package local.servicedesk.mailin;

/** A mail that cannot be read: it is set aside for a person, and the mails behind it are read on. */
class MalformedMail extends RuntimeException {

    MalformedMail(String reason) {
        super(reason);
    }

    MalformedMail(String reason, Throwable cause) {
        super(reason + ": " + cause.getMessage(), cause);
    }
}
