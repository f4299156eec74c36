package local.servicedesk.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requires HTTP Basic on Camunda's REST API with Camunda's own filter: it sets the logged-in user and groups on
 * the engine for the request, so the engine's authorization checks apply per REST user.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
            JerseyApplicationPath restPath) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engineRestAuthentication");
        // the REST starter's Jersey servlet: path /engine-rest, mapping /engine-rest/*
        registration.addUrlPatterns(restPath.getUrlMapping());
        registration.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restPath.getPath());
        return registration;
    }
}
