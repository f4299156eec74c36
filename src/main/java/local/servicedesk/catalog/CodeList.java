package local.servicedesk.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One checked catalogue list, in the order of the file.
 */
final class CodeList {

    private final String field;
    private final String listLabel;
    private final List<CatalogEntry> entries;
    private final Map<String, String> labels = new LinkedHashMap<>();

    CodeList(String field, String listLabel, List<CatalogEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("The catalogue has no " + field + " entries");
        }
        this.field = field;
        this.listLabel = listLabel;
        this.entries = List.copyOf(entries);
        this.entries.forEach(this::index);
    }

    private void index(CatalogEntry entry) {
        if (isBlank(entry.code()) || isBlank(entry.label())) {
            throw new IllegalStateException("A " + field + " entry of the catalogue lacks its code or label: " + entry);
        }
        if (labels.putIfAbsent(entry.code(), entry.label()) != null) {
            throw new IllegalStateException("The catalogue lists the " + field + " " + entry.code() + " twice");
        }
    }

    boolean contains(String code) {
        return code != null && labels.containsKey(code);
    }

    String label(String code) {
        if (!contains(code)) {
            throw new NotInCatalog(field, listLabel, code);
        }
        return labels.get(code);
    }

    List<CatalogEntry> entries() {
        return entries;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
