package local.servicedesk.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Reads the directory's YAML data files. They are data, not configuration: they never enter the environment, and
 * expressions such as {@code ${currentUser()}} would stay untouched.
 */
final class DirectoryFiles {

    static final String GROUPS = "desk-directory.yaml";
    static final String DEMO_USERS = "desk-demo-users.yaml";

    private DirectoryFiles() {}

    static List<DeskGroup> groups() {
        return read(GROUPS, "directory.groups", Bindable.listOf(DeskGroup.class));
    }

    static List<SystemUser> systemUsers() {
        return read(GROUPS, "directory.system-users", Bindable.listOf(SystemUser.class));
    }

    static List<DemoUser> demoUsers() {
        return read(DEMO_USERS, "demo.users", Bindable.listOf(DemoUser.class));
    }

    private static <T> List<T> read(String file, String key, Bindable<List<T>> target) {
        Binder binder = new Binder(ConfigurationPropertySources.from(load(new ClassPathResource(file))));

        return binder.bind(key, target).orElseThrow(() -> new IllegalStateException("No " + key + " in " + file));
    }

    private static List<PropertySource<?>> load(Resource resource) {
        try {
            return new YamlPropertySourceLoader().load(resource.getFilename(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
