package local.servicedesk.intake;

import java.util.Optional;

/**
 * The phone calls that a ticket request may name in {@code callId}, as the telephony capability keeps them. Intake
 * asks whether a seat may log a ticket for a call, and links the ticket to its call in the ticket's transaction.
 */
public interface PhoneCallLinks {

    /** Why no ticket may be logged for this call, in Chinese; empty when one may. */
    Optional<String> refusal(String callId);

    /** Keeps the link between a call and a ticket logged for it. */
    void link(String callId, String ticketNo, String user);
}
