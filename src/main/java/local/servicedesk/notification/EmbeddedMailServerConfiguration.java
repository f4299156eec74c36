package local.servicedesk.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The desk's own mail server (GreenMail), on by default: SMTP and IMAP on the loopback interface only.
 *
 * <p>It accepts mail for any address and keeps a mailbox per recipient. Authentication is off: IMAP takes any
 * address as login with any password (the demo users use {@code demo}), and creates the mailbox at first login.
 * That is fine for a server nobody outside this machine can reach, and wrong for anything else: point
 * {@code spring.mail.*} at a real server and set {@code desk.mail.embedded=false} there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "desk.mail", name = "embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedMailServerConfiguration {

    static final String LOOPBACK = "127.0.0.1";
    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServerConfiguration.class);
    private static final long STARTUP_TIMEOUT_MILLIS = 10_000;

    @Bean(destroyMethod = "stop")
    GreenMail embeddedMailServer(DeskMailProperties mail) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                    setup(mail.smtpPort(), ServerSetup.PROTOCOL_SMTP), setup(mail.imapPort(), ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

        server.start();
        // the desk's mailbox exists before the first mail, so intake can open it right away
        server.setUser(mail.deskAddress(), mail.deskAddress(), DEMO_PASSWORD);
        log.info(
                "Embedded mail server up: SMTP {}:{}, IMAP {}:{}",
                LOOPBACK,
                mail.smtpPort(),
                LOOPBACK,
                mail.imapPort());
        return server;
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, LOOPBACK, protocol);
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        return setup;
    }
}
