package local.servicedesk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards the portal's pages, which lie outside Spring Security: every form carries a random token kept in the
 * customer's session, and a POST without it is refused, so another site cannot submit a form in a customer's name.
 * Pages also tell the browser not to frame, sniff or cache them, and to load nothing from elsewhere.
 */
class PortalGuard implements HandlerInterceptor {

    static final String PARAMETER = "_csrf";

    private static final String TOKEN = PortalGuard.class.getName() + ".token";
    private static final SecureRandom random = new SecureRandom();

    /** The session's token, made on first use. */
    static String token(HttpSession session) {
        Object token = session.getAttribute(TOKEN);
        if (token instanceof String existing) {
            return existing;
        }

        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(TOKEN, created);
        return created;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod) {
            secureHeaders(response);
        }
        if (!"POST".equals(request.getMethod())) {
            return true;
        }

        if (request instanceof MultipartHttpServletRequest upload) {
            // parsed now, so that an upload over the container's limits fails as itself, not as a missing token
            upload.getFileMap();
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(TOKEN);
        String given = request.getParameter(PARAMETER);
        if (!(expected instanceof String token) || given == null || !same(token, given)) {
            throw new FormExpired();
        }
        return true;
    }

    private static void secureHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
