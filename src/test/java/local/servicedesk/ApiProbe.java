package local.servicedesk;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint under {@code /api} that tells who the request was authenticated as.
 */
@TestComponent
@RestController
public class ApiProbe {

    public static final String PATH = "/api/test/whoami";

    @GetMapping(PATH)
    Map<String, Object> whoAmI(Authentication authentication) {
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return Map.of("user", authentication.getName(), "authorities", authorities);
    }
}
