package local.servicedesk.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The portal's limits on uploads, below the servlet container's own ({@code spring.servlet.multipart}) so that a
 * customer who exceeds them keeps what they typed; and the address to name in mail, when the desk has a public one.
 */
@ConfigurationProperties("desk.portal")
record PortalProperties(
        @DefaultValue("5") int maxFiles,
        @DefaultValue("30MB") DataSize maxTotalSize,
        String publicUrl) {}
