package local.servicedesk.identity;

/**
 * What a desk group does; it decides the group's authorizations and which Tasklist filters it sees.
 */
enum GroupKind {
    SEAT,
    REMOTE_SEAT,
    EMERGENCY_SEAT,
    MONITORING,
    SUPERVISION,
    SECOND_LINE,
    ADMIN;

    boolean startsTickets() {
        return this == SEAT || this == REMOTE_SEAT || this == EMERGENCY_SEAT;
    }

    boolean callsBack() {
        return this == SEAT || this == REMOTE_SEAT;
    }
}
