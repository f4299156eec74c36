package local.servicedesk.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Gives each Spring context of an integration test what must not be shared inside one JVM: a database, a process
 * engine name (Camunda keeps engines in a static registry by name) and the embedded mail server's ports.
 */
class TestDeskInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDeskInitializer.class);

    private static final AtomicInteger contexts = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Camunda refuses engine names with a hyphen
        String name = "desk_it_" + contexts.incrementAndGet();
        int[] mailPorts = LoopbackPorts.free(2);
        Map<String, Object> properties = new HashMap<>();

        TestDesk desk = switch (TestDatabase.selected()) {
            case H2 -> onH2(name, mailPorts);
            case POSTGRES -> onPostgres(name, mailPorts, properties, context);
        };
        properties.put("spring.datasource.url", desk.jdbcUrl());
        properties.put("spring.datasource.name", name);
        properties.put("camunda.bpm.process-engine-name", name);
        properties.put("camunda.bpm.generate-unique-process-application-name", true);
        properties.put("desk.mail.smtp-port", desk.smtpPort());
        properties.put("desk.mail.imap-port", desk.imapPort());

        addAboveApplicationConfig(context.getEnvironment(), new MapPropertySource("deskIntegrationTest", properties));
        context.getBeanFactory().registerSingleton("testDesk", desk);
        log.info("Test desk {} runs on {}", name, desk.jdbcUrl());
    }

    private static TestDesk onH2(String name, int[] mailPorts) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";

        return new TestDesk(TestDatabase.H2, name, url, mailPorts[0], mailPorts[1]);
    }

    private static TestDesk onPostgres(
            String name, int[] mailPorts, Map<String, Object> properties, ConfigurableApplicationContext context) {
        EmbeddedPostgresServer.LeasedDatabase database = EmbeddedPostgresServer.lease(name);
        returnOnClose(context, database);

        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", "");
        return new TestDesk(TestDatabase.POSTGRES, name, database.jdbcUrl(), mailPorts[0], mailPorts[1]);
    }

    /**
     * Registered before any bean exists, the lease is the first disposable bean, and Spring destroys disposable beans
     * in reverse order: the database is given back after the engine and the connection pool have closed.
     */
    private static void returnOnClose(
            ConfigurableApplicationContext context, EmbeddedPostgresServer.LeasedDatabase database) {
        if (!(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            EmbeddedPostgresServer.release(database.name());
            throw new IllegalStateException("Cannot tie the test database to " + context);
        }

        registry.registerDisposableBean("testDatabaseLease", () -> EmbeddedPostgresServer.release(database.name()));
    }

    /** Below the test's own inlined properties, above everything the application configures. */
    private static void addAboveApplicationConfig(ConfigurableEnvironment environment, MapPropertySource source) {
        MutablePropertySources sources = environment.getPropertySources();
        String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;

        if (sources.contains(inlined)) {
            sources.addAfter(inlined, source);
        } else {
            sources.addFirst(source);
        }
    }
}
