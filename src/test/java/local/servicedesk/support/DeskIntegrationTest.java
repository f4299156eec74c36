package local.servicedesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Starts the whole desk on a random HTTP port for an integration test (a class named {@code *IT}).
 *
 * <p>Each Spring context gets its own database, process engine name and free loopback ports for the embedded
 * mail server. The database is H2 in memory, or a fresh database on an embedded PostgreSQL server (with the
 * {@code postgres} profile active) when the system property {@code desk.test.database} is {@code postgres}.
 * Inject {@link TestDesk} to learn the engine name and ports of the running desk.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDeskInitializer.class)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
public @interface DeskIntegrationTest {

    /** Further properties for this test's context, as {@code key=value}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
