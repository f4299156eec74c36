package local.servicedesk.workflow;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkflowConfiguration {

    @Bean
    Clock deskClock() {
        return new EngineClock();
    }
}
