package local.servicedesk.ticket;

/** The line that resolved a closed ticket. */
public enum ResolvedAt {
    FIRST_LINE,
    SECOND_LINE
}
