package local.servicedesk.ticket;

/** What a customer asked, as intake took it: validated before it reaches the ticket record. */
public record TicketFacts(
        String channel,
        String company,
        String category,
        String type,
        String impact,
        String urgency,
        String subject,
        String description,
        Customer customer) {

    public TicketFacts withClassification(String newCategory, String newType) {
        return new TicketFacts(channel, company, newCategory, newType, impact, urgency, subject, description, customer);
    }
}
