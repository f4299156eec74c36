package local.servicedesk.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants permissions to a group so that granting again changes nothing. Permissions are only ever added:
 * what an admin granted by hand in Camunda Admin stays.
 */
@Component
class Grants {

    private final AuthorizationService authorizationService;

    Grants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = find(groupId, resource, resourceId);
        if (authorization != null && Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }

        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }

    private Authorization find(String groupId, Resource resource, String resourceId) {
        return authorizationService
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
    }
}
