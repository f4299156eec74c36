package local.servicedesk.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the demo logins. A user that exists already keeps its data and password; only missing group
 * memberships are added.
 */
@Component
class DemoUsers {

    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    void ensure(List<DemoUser> users) {
        users.forEach(this::ensure);
    }

    private void ensure(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            create(demo);
        }

        for (String groupId : demo.groups()) {
            if (!isMember(demo.id(), groupId)) {
                identityService.createMembership(demo.id(), groupId);
            }
        }
    }

    private void create(DemoUser demo) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        log.info("Created demo user {}", demo.id());
    }

    private boolean isMember(String userId, String groupId) {
        return identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(groupId)
                        .count()
                > 0;
    }
}
