package local.servicedesk.identity;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the desk's groups in Camunda and keeps their names as the directory file has them.
 */
@Component
class DeskGroups {

    private static final Logger log = LoggerFactory.getLogger(DeskGroups.class);

    private final IdentityService identityService;

    DeskGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    void ensure(List<DeskGroup> groups) {
        groups.forEach(this::ensure);
    }

    private void ensure(DeskGroup wanted) {
        Group group = identityService.createGroupQuery().groupId(wanted.id()).singleResult();
        String type = wanted.is(GroupKind.ADMIN) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW;
        if (group != null && wanted.name().equals(group.getName()) && Objects.equals(type, group.getType())) {
            return;
        }

        if (group == null) {
            group = identityService.newGroup(wanted.id());
            log.info("Creating group {} ({})", wanted.id(), wanted.kind());
        }
        group.setName(wanted.name());
        group.setType(type);
        identityService.saveGroup(group);
    }
}
