package local.servicedesk.identity;

/**
 * A group of the desk as written in {@code desk-directory.yaml}.
 */
record DeskGroup(String id, String name, GroupKind kind) {

    boolean is(GroupKind other) {
        return kind == other;
    }
}
