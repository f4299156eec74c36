package local.servicedesk.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the demo users are created at start-up.
 */
@ConfigurationProperties("desk.demo")
record DemoProperties(@DefaultValue("true") boolean enabled) {}
