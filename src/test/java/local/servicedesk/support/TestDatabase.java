package local.servicedesk.support;

import java.util.Locale;

/**
 * The database that integration tests run on, chosen by the system property {@code desk.test.database}.
 */
public enum TestDatabase {
    H2,
    POSTGRES;

    static final String PROPERTY = "desk.test.database";

    static TestDatabase selected() {
        String name = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);

        return switch (name) {
            case "h2" -> H2;
            case "postgres", "postgresql" -> POSTGRES;
            default -> throw new IllegalStateException(PROPERTY + " must be h2 or postgres, not " + name);
        };
    }
}
