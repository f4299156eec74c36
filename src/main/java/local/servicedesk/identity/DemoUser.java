package local.servicedesk.identity;

import java.util.List;

/**
 * A demo login as written in {@code desk-demo-users.yaml}.
 */
record DemoUser(String id, String firstName, String lastName, List<String> groups) {

    String email() {
        return id + "@servicedesk.local";
    }
}
