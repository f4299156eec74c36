package local.servicedesk.mailin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The mailbox that e-mail intake reads, over IMAP.
 *
 * @param polling         whether the desk reads the mailbox on its own, every {@code pollInterval}; tests that
 *                        drive intake by hand turn it off
 * @param pollInterval    the pause between two readings of the mailbox
 * @param host            IMAP server
 * @param port            IMAP port
 * @param ssl             whether the IMAP connection is TLS from the start (IMAPS)
 * @param username        login of the desk's mailbox
 * @param password        its password
 * @param folder          the folder that receives the desk's mail
 * @param processedFolder where handled mail goes, so that it is not read again
 * @param rejectedFolder  where mail that cannot be read goes, for a person to look at
 * @param batchSize       the most mails handled in one reading; the rest wait for the next
 * @param rules           the data that fills in what a mail does not say: company by sender's domain, category by
 *                        keyword, type, impact and urgency
 */
@ConfigurationProperties("desk.mail.intake")
record MailIntakeProperties(
        @DefaultValue("true") boolean polling,
        @DefaultValue("PT30S") Duration pollInterval,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("3143") int port,
        @DefaultValue("false") boolean ssl,
        @DefaultValue("desk@servicedesk.local") String username,
        String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("Processed") String processedFolder,
        @DefaultValue("Rejected") String rejectedFolder,
        @DefaultValue("50") int batchSize,
        @DefaultValue("classpath:mail-intake.yaml") Resource rules) {}
