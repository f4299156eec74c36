package local.servicedesk.workflow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ticket process.
 *
 * @param callbackAttempts how many times a seat tries to reach the customer before the ticket closes as unreachable
 * @param callbackRetryDelay how long the desk waits before the next callback attempt, in working time
 */
@ConfigurationProperties("desk.workflow")
record WorkflowProperties(
        @DefaultValue("3") int callbackAttempts,
        @DefaultValue("PT2H") Duration callbackRetryDelay) {}
