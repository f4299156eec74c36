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
    ADMIN,
    /** The telephony system's account: no rights in the engine or the webapps; on the API it posts calls. */
    TELEPHONY;

    boolean startsTickets() {
        return this == SEAT || this == REMOTE_SEAT || this == EMERGENCY_SEAT;
    }

    /** May post and read phone calls: the telephony system, and the seats that log tickets for calls. */
    boolean recordsCalls() {
        return this == TELEPHONY || startsTickets();
    }

    boolean callsBack() {
        return this == SEAT || this == REMOTE_SEAT;
    }
}
