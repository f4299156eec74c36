package local.servicedesk.catalog;

/**
 * A code that the catalogue does not hold; {@link #field()} names the list as the ticket API names its field.
 */
public class NotInCatalog extends IllegalArgumentException {

    private final String field;
    private final String code;

    NotInCatalog(String field, String listLabel, String code) {
        super("未知的" + listLabel + "：" + code);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
