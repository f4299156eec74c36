package local.servicedesk.mailin;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import local.servicedesk.notification.MailNotSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * E-mail intake: reads the desk's mailbox and handles each waiting mail. A new mail becomes a ticket through the
 * one intake and is acknowledged with its ticket number; a customer's reply joins their ticket; automatic mail is
 * put away unanswered. A mail that cannot be read is set aside in the rejected folder with a warning, and the
 * mails behind it are read on; one that failed for a passing reason (mail server or database away) stays for the
 * next reading.
 */
@Service
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    /**
     * What one reading of the mailbox did.
     *
     * @param tickets   mails that opened a ticket
     * @param replies   customers' replies that joined their ticket
     * @param automatic automatic mails put away
     * @param handledBefore mails handled at an earlier reading and only now moved away
     * @param rejected  unreadable mails set aside
     * @param postponed mails left for the next reading
     */
    public record Reading(int tickets, int replies, int automatic, int handledBefore, int rejected, int postponed) {

        public int total() {
            return tickets + replies + automatic + handledBefore + rejected + postponed;
        }
    }

    private final Mailbox mailbox;
    private final IncomingMail incoming;
    private final MailIntakeProperties properties;

    MailIntake(Mailbox mailbox, IncomingMail incoming, MailIntakeProperties properties) {
        this.mailbox = mailbox;
        this.incoming = incoming;
        this.properties = properties;
    }

    /**
     * Reads the mailbox once and handles what waits there, at most one batch. One reading at a time: a second
     * caller waits rather than handle the same mails at once.
     *
     * @throws MailboxUnavailable when the mailbox cannot be read at all
     */
    public synchronized Reading poll() {
        Tally tally = new Tally();
        try (Mailbox.Reading reading = mailbox.open()) {
            for (Message message : reading.waiting(properties.batchSize())) {
                handle(reading, message, tally);
            }
        } catch (MessagingException e) {
            throw new MailboxUnavailable(properties.host(), properties.port(), e);
        }
        return tally.reading();
    }

    private void handle(Mailbox.Reading reading, Message message, Tally tally) throws MessagingException {
        try {
            tally.count(incoming.handle(reading.raw(message)));
            reading.moveTo(message, properties.processedFolder());
        } catch (MalformedMail | IOException e) {
            setAside(reading, message, e.getMessage(), tally);
        } catch (RuntimeException e) {
            if (!passing(e)) {
                setAside(reading, message, e.toString(), tally);
                return;
            }
            log.warn("Mail {} stays in the mailbox for the next reading: {}", describe(message), e.getMessage());
            tally.postponed++;
        }
    }

    private void setAside(Mailbox.Reading reading, Message message, String reason, Tally tally)
            throws MessagingException {
        log.warn("Mail {} set aside in folder {}: {}", describe(message), properties.rejectedFolder(), reason);
        reading.moveTo(message, properties.rejectedFolder());
        tally.rejected++;
    }

    /** The mail's Message-ID when it can be read, else its place in the folder. */
    private static String describe(Message message) {
        try {
            String[] id = message.getHeader("Message-ID");
            return id != null ? id[0] : "number " + message.getMessageNumber();
        } catch (MessagingException unreadable) {
            return "number " + message.getMessageNumber();
        }
    }

    /** Trouble that goes away by itself: the mail is read again later, which does no harm. */
    private static boolean passing(RuntimeException e) {
        return e instanceof MailNotSent
                || e instanceof TransientDataAccessException
                || e instanceof RecoverableDataAccessException
                || e instanceof DataAccessResourceFailureException
                || e instanceof TransactionException
                // another node handled the same mail at the same moment: the next reading finds it handled
                || e instanceof DuplicateKeyException;
    }

    private static final class Tally {

        private int tickets;
        private int replies;
        private int automatic;
        private int handledBefore;
        private int rejected;
        private int postponed;

        void count(IncomingMail.Outcome outcome) {
            switch (outcome) {
                case TICKET -> tickets++;
                case REPLY -> replies++;
                case AUTOMATIC -> automatic++;
                case DUPLICATE -> handledBefore++;
            }
        }

        Reading reading() {
            return new Reading(tickets, replies, automatic, handledBefore, rejected, postponed);
        }
    }
}
