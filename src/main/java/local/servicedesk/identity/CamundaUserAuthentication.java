package local.servicedesk.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a login against the users of Camunda's identity service; the user's Camunda groups become authorities
 * {@code GROUP_<groupId>}. The engine delays a user's next try after a wrong password, so guessing stays slow.
 */
class CamundaUserAuthentication implements AuthenticationProvider {

    static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

    private final IdentityService identityService;

    CamundaUserAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String userId = login.getName();
        Object password = login.getCredentials();
        if (password == null || !identityService.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Wrong user id or password");
        }

        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private List<GrantedAuthority> authoritiesOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .<GrantedAuthority>map(groupId -> new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + groupId))
                .toList();
    }
}
