package local.servicedesk.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The longest text the desk's JSON API reads. No field of a ticket is anywhere near it; the limit keeps a client
 * from making the desk hold tens of megabytes of one string before validation can refuse it.
 */
@Configuration
class JsonLimits {

    static final int MAX_STRING_LENGTH = 1_000_000;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonStringLimit() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build()));
    }
}
