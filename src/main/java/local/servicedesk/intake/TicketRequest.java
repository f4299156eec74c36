package local.servicedesk.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import local.servicedesk.ticket.Customer;
import local.servicedesk.ticket.TicketFacts;

/**
 * A request for a ticket as a client sends it; nothing in it is trusted until {@link IntakeValidator} says so.
 * {@code callId}, optional, names the phone call that a seat logs the request for.
 */
public record TicketRequest(
        String channel,
        String company,
        String category,
        String type,
        String impact,
        String urgency,
        String subject,
        String description,
        CustomerRequest customer,
        // left out of the request's fingerprint when absent, so keys stored before calls were linked still replay
        @JsonInclude(JsonInclude.Include.NON_NULL) String callId) {

    /** A request that came with no phone call. */
    public TicketRequest(
            String channel,
            String company,
            String category,
            String type,
            String impact,
            String urgency,
            String subject,
            String description,
            CustomerRequest customer) {
        this(channel, company, category, type, impact, urgency, subject, description, customer, null);
    }

    /** The customer's contact as sent. */
    public record CustomerRequest(String name, String phone, String email) {}

    TicketFacts toFacts() {
        return new TicketFacts(
                channel,
                company,
                category,
                type,
                impact,
                urgency,
                trim(subject),
                trim(description),
                new Customer(trim(customer.name()), trim(customer.phone()), trim(customer.email())));
    }

    String linkedCallId() {
        return trim(callId);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
