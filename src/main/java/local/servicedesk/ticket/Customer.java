package local.servicedesk.ticket;

/** The person who asked: a member of staff of the provincial HQ or a city company. */
public record Customer(String name, String phone, String email) {}
