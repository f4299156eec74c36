package local.servicedesk.im;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The instant-messaging webhook: the secret it shares with the messaging platform ({@code DESK_IM_SECRET}), how far
 * a signed timestamp may be from the desk's clock, and what a ticket opened from a message starts as. A message
 * says nothing of its category: it starts in the catalogue's catch-all and the seat corrects it.
 */
@ConfigurationProperties("desk.im")
record ImProperties(
        @DefaultValue("local-im-secret") String secret,
        @DefaultValue("5m") Duration signatureWindow,
        @DefaultValue("hq") String company,
        @DefaultValue("OTHER_APP") String category,
        @DefaultValue("CONSULTATION") String type,
        @DefaultValue("LOW") String impact,
        @DefaultValue("NORMAL") String urgency) {}
