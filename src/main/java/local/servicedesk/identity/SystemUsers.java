package local.servicedesk.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the accounts of systems that call the desk's API. An account that exists keeps its password: an admin
 * may have changed it in Camunda Admin, and changing the environment variable later does not overwrite it.
 */
@Component
class SystemUsers {

    private static final Logger log = LoggerFactory.getLogger(SystemUsers.class);

    private final IdentityService identityService;
    private final Environment environment;

    SystemUsers(IdentityService identityService, Environment environment) {
        this.identityService = identityService;
        this.environment = environment;
    }

    void ensure(List<SystemUser> users) {
        users.forEach(this::ensure);
    }

    private void ensure(SystemUser system) {
        if (identityService.createUserQuery().userId(system.id()).count() == 0) {
            create(system);
        }

        for (String groupId : system.groups()) {
            if (identityService
                            .createUserQuery()
                            .userId(system.id())
                            .memberOfGroup(groupId)
                            .count()
                    == 0) {
                identityService.createMembership(system.id(), groupId);
            }
        }
    }

    private void create(SystemUser system) {
        User user = identityService.newUser(system.id());
        user.setFirstName(system.firstName());
        user.setLastName(system.lastName());
        user.setPassword(environment.getProperty(system.passwordVariable(), system.defaultPassword()));
        identityService.saveUser(user);
        log.info("Created system user {}, password from {} or its default", system.id(), system.passwordVariable());
    }
}
