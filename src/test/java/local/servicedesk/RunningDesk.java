package local.servicedesk;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole desk on a random port, with demo users, its own engine and in-memory database, and the embedded mail
 * server on free ports. Test classes extending it share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.process-engine-name=" + RunningDesk.ENGINE,
            "spring.datasource.url=jdbc:h2:mem:" + RunningDesk.ENGINE + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
            "camunda.bpm.job-execution.enabled=false",
            "server.address=127.0.0.1",
            "desk.demo.enabled=true"
        })
@Import(ApiProbe.class)
public abstract class RunningDesk {

    /**
     * The engine's name, unique to this context; Camunda refuses a hyphen in it. The REST API and the webapps
     * address a named engine by its name: {@code /engine-rest/engine/<name>/...}.
     */
    public static final String ENGINE = "runningdesk";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void mailPorts(DynamicPropertyRegistry registry) {
        int[] ports = FreePorts.take(2);
        registry.add("desk.mail.smtp-port", () -> ports[0]);
        registry.add("desk.mail.imap-port", () -> ports[1]);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected String engineRest(String path) {
        return url("/engine-rest/engine/" + ENGINE + path);
    }
}
