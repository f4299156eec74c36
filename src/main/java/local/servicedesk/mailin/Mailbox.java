package local.servicedesk.mailin;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.springframework.stereotype.Component;

/**
 * The desk's mailbox over IMAP. Mail stays in the intake folder until it is handled, then moves to the processed
 * folder (or, unreadable, to the rejected one): what is left in the intake folder is exactly what is still to do.
 */
@Component
class Mailbox {

    /** Larger mail is not fetched: it could not be kept anyway, attachments being limited to 10 MB each. */
    static final int MAX_MAIL_BYTES = 40 * 1024 * 1024;

    private static final String TIMEOUT_MILLIS = "30000";

    private final MailIntakeProperties properties;

    Mailbox(MailIntakeProperties properties) {
        this.properties = properties;
    }

    /** @throws MessagingException when the mailbox cannot be opened */
    Reading open() throws MessagingException {
        String protocol = properties.ssl() ? "imaps" : "imap";
        Store store = Session.getInstance(sessionProperties(protocol)).getStore(protocol);
        store.connect(properties.host(), properties.port(), properties.username(), properties.password());
        try {
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            return new Reading(store, folder);
        } catch (MessagingException e) {
            store.close();
            throw e;
        }
    }

    private Properties sessionProperties(String protocol) {
        Properties session = new Properties();
        String prefix = "mail." + protocol + ".";
        session.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        session.put(prefix + "timeout", TIMEOUT_MILLIS);
        // reading a mail must not mark it as read: only a handled mail is
        session.put(prefix + "peek", "true");
        return session;
    }

    /** One open connection to the intake folder. */
    static final class Reading implements AutoCloseable {

        private final Store store;
        private final Folder folder;

        private Reading(Store store, Folder folder) {
            this.store = store;
            this.folder = folder;
        }

        /** The oldest mails still in the intake folder, at most {@code max}. */
        List<Message> waiting(int max) throws MessagingException {
            Message[] all = folder.getMessages();
            return Arrays.stream(all).limit(max).toList();
        }

        /** The mail as it was received, every byte. */
        byte[] raw(Message message) throws MessagingException, IOException {
            if (message.getSize() > MAX_MAIL_BYTES) {
                throw new MalformedMail("larger than " + MAX_MAIL_BYTES + " bytes");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        }

        void moveTo(Message message, String folderName) throws MessagingException {
            Folder target = store.getFolder(folderName);
            if (!target.exists()) {
                target.create(Folder.HOLDS_MESSAGES);
            }
            message.setFlag(Flags.Flag.SEEN, true);

            Message[] one = {message};
            if (folder instanceof IMAPFolder imap
                    && store instanceof IMAPStore imapStore
                    && imapStore.hasCapability("MOVE")) {
                imap.moveMessages(one, target);
            } else {
                folder.copyMessages(one, target);
                message.setFlag(Flags.Flag.DELETED, true);
            }
        }

        @Override
        public void close() throws MessagingException {
            try {
                folder.close(true);
            } finally {
                store.close();
            }
        }
    }
}
