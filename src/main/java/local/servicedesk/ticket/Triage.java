package local.servicedesk.ticket;

/** What the priority, routing and emergency-seat decisions made of a ticket. */
public record Triage(String priority, boolean major, String seatGroup, String secondLineGroup, String handling) {}
