package local.servicedesk.catalog;

/**
 * One value of a catalogue list: the code that the API and the decisions use, and the label that people read.
 */
public record CatalogEntry(String code, String label) {}
