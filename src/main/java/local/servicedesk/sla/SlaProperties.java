package local.servicedesk.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service levels ({@code desk.sla.*}).
 *
 * @param warningShare the share of a target's time after which the handling group is warned, 0.8 = at 80 %
 * @param callbackMinutes working minutes within which the seat calls the customer back; 540 = one working day
 */
@ConfigurationProperties("desk.sla")
record SlaProperties(
        @DefaultValue("0.8") double warningShare,
        @DefaultValue("540") int callbackMinutes) {

    SlaProperties {
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("desk.sla.warning-share must lie between 0 and 1: " + warningShare);
        }
        if (callbackMinutes < 1) {
            throw new IllegalArgumentException("desk.sla.callback-minutes must be positive: " + callbackMinutes);
        }
    }
}
