package local.servicedesk.intake;

/** One bad field of a request: its path in the request body and what is wrong with it, in Chinese. */
public record FieldViolation(String field, String message) {}
