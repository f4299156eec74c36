package local.servicedesk.ticket;

/** How a closed ticket ended. */
public enum Closure {
    RESOLVED,
    UNREACHABLE
}
