package local.servicedesk.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security guards the desk's own API, {@code /api/**}, and nothing else: the Camunda webapps under
 * {@code /camunda/**} bring their own login, session and CSRF protection, and {@code /engine-rest} is guarded by
 * Camunda's own filter (see {@link EngineRestAuthentication}).
 *
 * <p>{@code /api/calls/**} is for the telephony system and the seats only.
 *
 * <p>{@code /api/portal/**} is kept for the customer portal's public endpoints; until they exist, it needs a login
 * like the rest of {@code /api}. Pages under {@code /portal/**} are outside Spring Security anyway.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API = "/api/**";
    static final String CALLS = "/api/calls/**";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiAuthenticationProblems problems) throws Exception {
        return http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.requestMatchers(CALLS)
                        .hasAnyAuthority(callRecorders())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The groups that may post and read phone calls: the CTI's and the seats', as the directory file lists them. */
    static String[] callRecorders() {
        return DirectoryFiles.groups().stream()
                .filter(group -> group.kind().recordsCalls())
                .map(group -> CamundaUserAuthentication.GROUP_AUTHORITY_PREFIX + group.id())
                .toArray(String[]::new);
    }

    /** Being a bean, it also keeps Spring Boot from creating its default user with a generated password. */
    @Bean
    CamundaUserAuthentication camundaUserAuthentication(IdentityService identityService) {
        return new CamundaUserAuthentication(identityService);
    }

    @Bean
    ApiAuthenticationProblems apiAuthenticationProblems(ObjectMapper objectMapper) {
        return new ApiAuthenticationProblems(objectMapper);
    }

    /**
     * Maps Spring Security's servlet filter to {@code /api/*} only. A security matcher alone would still run every
     * other request through Spring Security's firewall, which may reject paths the Camunda webapps use.
     */
    @Bean
    static BeanPostProcessor apiOnlySecurityFilter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(beanName)) {
                    registration.addUrlPatterns("/api/*");
                }
                return bean;
            }
        };
    }
}
