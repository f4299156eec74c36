package local.servicedesk.duty;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the duty roster ({@code desk.duty.*}).
 *
 * @param roster the roster's YAML, used until an admin sends one over HTTP
 * @param handoverCheck how often open emergency tasks are checked against the officer on duty
 */
@ConfigurationProperties("desk.duty")
record DutyProperties(
        @DefaultValue("classpath:duty-roster.yaml") Resource roster,
        @DefaultValue("PT1M") Duration handoverCheck) {}
