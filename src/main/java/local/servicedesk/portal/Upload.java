package local.servicedesk.portal;

/** A file a customer attached, read into memory within the portal's limits. */
record Upload(String name, String contentType, byte[] bytes) {}
