package local.servicedesk.identity;

import java.util.List;

/**
 * The account of a system, such as the CTI, as written in {@code desk-directory.yaml}; its password comes from the
 * environment variable {@code passwordVariable}, or {@code defaultPassword} for a local desk.
 */
record SystemUser(
        String id,
        String firstName,
        String lastName,
        List<String> groups,
        String passwordVariable,
        String defaultPassword) {}
