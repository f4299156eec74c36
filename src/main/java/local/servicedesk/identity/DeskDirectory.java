package local.servicedesk.identity;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings the engine's directory to what the desk needs, at every start: groups, authorizations, Tasklist filters,
 * the accounts of systems such as the CTI and, when {@code desk.demo.enabled}, the demo users. Every step only adds
 * what is missing, so a restart or a second node sharing the database changes nothing.
 */
@Component
public class DeskDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeskDirectory.class);

    private final DeskGroups groups;
    private final DeskAuthorizations authorizations;
    private final TasklistFilters filters;
    private final DemoUsers demoUsers;
    private final SystemUsers systemUsers;
    private final DemoProperties demo;

    DeskDirectory(
            DeskGroups groups,
            DeskAuthorizations authorizations,
            TasklistFilters filters,
            DemoUsers demoUsers,
            SystemUsers systemUsers,
            DemoProperties demo) {
        this.groups = groups;
        this.authorizations = authorizations;
        this.filters = filters;
        this.demoUsers = demoUsers;
        this.systemUsers = systemUsers;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        apply();
    }

    /**
     * Applies the directory; safe to call any number of times.
     */
    public void apply() {
        try {
            applyOnce();
        } catch (ProcessEngineException e) {
            // another node starting at the same moment inserted the same row first; its work is ours
            log.warn("Directory set-up collided with another node, applying again: {}", e.getMessage());
            applyOnce();
        }
    }

    private void applyOnce() {
        List<DeskGroup> deskGroups = DirectoryFiles.groups();

        groups.ensure(deskGroups);
        authorizations.grant(deskGroups);
        filters.ensure(deskGroups);
        systemUsers.ensure(DirectoryFiles.systemUsers());
        if (demo.enabled()) {
            demoUsers.ensure(DirectoryFiles.demoUsers());
        }
        log.info("Directory applied: {} groups, demo users {}", deskGroups.size(), demo.enabled() ? "on" : "off");
    }
}
