package local.servicedesk.catalog;

/**
 * A company whose staff the desk serves: the provincial headquarters or a city company.
 */
public record Company(String code, String name, boolean headquarters) {}
