package local.servicedesk.ticket;

/** The ticket that a client's idempotency key already created, and a fingerprint of the request that did. */
public record IdempotentRequest(String ticketNo, String requestHash) {}
