package local.servicedesk.ticket;

/** The names people read for the desk's groups, as the timeline shows them: 业务应用坐席 rather than seat-business. */
public interface GroupNames {

    /** The group's name, or its id when the desk does not know it. */
    String nameOf(String groupId);
}
