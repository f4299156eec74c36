package local.servicedesk.duty;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The duty roster's settings; scheduling runs the emergency seat's handover check and the roster's refresh. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DutyProperties.class)
@EnableScheduling
class DutyConfiguration {}
