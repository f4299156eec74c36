package local.servicedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.List;
import java.util.Properties;
import local.servicedesk.RunningDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running desk's mail: sent through its embedded server, read back over IMAP as a demo user would.
 */
class EmbeddedMailServerTest extends RunningDesk {

    @Autowired
    Mailer mailer;

    @Autowired
    GreenMail embeddedMailServer;

    @Autowired
    DeskMailProperties mail;

    @Test
    void resolvesTheAddressesOfAGroupsMembers() {
        List<String> addresses = mailer.addressesOfGroup("seat-desktop");

        assertThat(addresses).containsExactly("seat-desk1@servicedesk.local", "seat-desk2@servicedesk.local");
    }

    @Test
    void resolvesNoAddressForAGroupWithoutMembers() {
        assertThat(mailer.addressesOfGroup("no-such-group")).isEmpty();
    }

    @Test
    void deliversMailToAGroupReadableOverImapWithTheDemoPassword() throws Exception {
        List<String> leaders = mailer.addressesOfGroup("shift-leader");

        String messageId = mailer.send("2026120400031", leaders, "重要事件通知", "长沙ERP全面中断，请值长关注。");

        assertThat(embeddedMailServer.waitForIncomingEmail(5_000, 1)).isTrue();
        try (Store store = imap("leader1@servicedesk.local", "demo")) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message received = inbox.getMessages()[inbox.getMessageCount() - 1];
            assertThat(received.getSubject()).isEqualTo("[工单#2026120400031] 重要事件通知");
            assertThat(received.getHeader("Message-ID")).containsExactly(messageId);
            assertThat(received.getContent().toString()).contains("长沙ERP全面中断");
        }
    }

    @Test
    void opensTheDeskMailbox() throws Exception {
        try (Store store = imap(mail.deskAddress(), "demo")) {
            Folder inbox = store.getFolder("INBOX");

            assertThat(inbox.exists()).isTrue();
        }
    }

    private Store imap(String user, String password) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "10000");
        properties.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", mail.imapPort(), user, password);
        return store;
    }
}
