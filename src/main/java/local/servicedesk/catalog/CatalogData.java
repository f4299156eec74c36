package local.servicedesk.catalog;

import java.util.List;

/**
 * The catalogue file as bound from YAML, before it is checked.
 */
record CatalogData(
        List<CatalogEntry> categories,
        List<Company> companies,
        List<CatalogEntry> types,
        List<CatalogEntry> channels,
        List<CatalogEntry> impacts,
        List<CatalogEntry> urgencies) {}
