package local.servicedesk.call;

/** One key of the voice menu; {@code category} is null for a choice that leaves the category to the seat. */
record IvrChoice(String key, String prompt, String category) {}
