package local.servicedesk.ticket;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as the desk's people read them: Beijing time. */
final class DeskTime {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TicketNumbers.DESK_ZONE);

    private DeskTime() {}

    static String format(Instant instant) {
        return READABLE.format(instant);
    }
}
