package local.servicedesk.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The desk's mail settings. {@code spring.mail.*} points the sender at the SMTP port; a real mail server replaces
 * the embedded one by {@code desk.mail.embedded=false} and {@code spring.mail.host/port/username/password}.
 *
 * @param embedded    whether the desk runs its own mail server on the loopback interface
 * @param smtpPort    SMTP port of the embedded server
 * @param imapPort    IMAP port of the embedded server
 * @param deskAddress the desk's own address: sender of every mail, and the mailbox that intake reads
 * @param deskName    the name mail readers see beside the desk's address
 */
@ConfigurationProperties("desk.mail")
public record DeskMailProperties(
        @DefaultValue("true") boolean embedded,
        @DefaultValue("3025") int smtpPort,
        @DefaultValue("3143") int imapPort,
        @DefaultValue("desk@servicedesk.local") String deskAddress,
        @DefaultValue("IT 服务台") String deskName) {

    /** The part after {@code @}: the domain of the Message-IDs the desk generates. */
    public String deskDomain() {
        return deskAddress.substring(deskAddress.indexOf('@') + 1);
    }
}
