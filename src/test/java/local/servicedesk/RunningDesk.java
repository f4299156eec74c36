package local.servicedesk;

import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.support.TestDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The whole desk on a random port, with demo users, its own engine and database, and the embedded mail server on
 * free ports, the job executor off. Test classes extending it share one application context.
 */
@DeskIntegrationTest(properties = "camunda.bpm.job-execution.enabled=false")
@Import(ApiProbe.class)
public abstract class RunningDesk {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestDesk desk;

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected String engineRest(String path) {
        return url(desk.engineRestPath() + path);
    }

    protected String engineName() {
        return desk.engineName();
    }
}
