package local.servicedesk.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Activates the desk's {@code postgres} profile when the tests run on PostgreSQL, so that its settings are tested
 * too; the connection itself still comes from {@link TestDeskInitializer}.
 */
class TestDatabaseProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestDatabase.selected() == TestDatabase.POSTGRES ? new String[] {"postgres"} : new String[0];
    }
}
