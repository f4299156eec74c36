package local.servicedesk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The service catalogue, read once from a YAML file ({@code classpath:catalog.yaml} unless
 * {@code desk.catalog.location} says otherwise). The lists keep the file's order, for forms and reports.
 * Codes are matched exactly: {@code ERP} is a category, {@code erp} is not.
 */
@Component
public class Catalog {

    private static final Logger log = LoggerFactory.getLogger(Catalog.class);

    private final CodeList categories;
    private final CodeList companies;
    private final List<Company> companyDetails;
    private final CodeList types;
    private final CodeList channels;
    private final CodeList impacts;
    private final CodeList urgencies;

    public Catalog(@Value("${desk.catalog.location:classpath:catalog.yaml}") Resource source) {
        CatalogData data = read(source);

        categories = new CodeList("category", "业务类别", data.categories());
        companyDetails = checkedCompanies(data.companies());
        companies = new CodeList(
                "company",
                "单位",
                companyDetails.stream()
                        .map(company -> new CatalogEntry(company.code(), company.name()))
                        .toList());
        types = new CodeList("type", "请求类型", data.types());
        channels = new CodeList("channel", "渠道", data.channels());
        impacts = new CodeList("impact", "影响范围", data.impacts());
        urgencies = new CodeList("urgency", "紧急程度", data.urgencies());

        log.info(
                "Loaded the service catalogue from {}: {} categories, {} companies",
                source.getDescription(),
                categories.entries().size(),
                companyDetails.size());
    }

    public boolean isCategory(String code) {
        return categories.contains(code);
    }

    public boolean isCompany(String code) {
        return companies.contains(code);
    }

    public boolean isType(String code) {
        return types.contains(code);
    }

    public boolean isChannel(String code) {
        return channels.contains(code);
    }

    public boolean isImpact(String code) {
        return impacts.contains(code);
    }

    public boolean isUrgency(String code) {
        return urgencies.contains(code);
    }

    /** @throws NotInCatalog for a code that is not a category */
    public String categoryLabel(String code) {
        return categories.label(code);
    }

    /** @throws NotInCatalog for a code that is not a company */
    public String companyName(String code) {
        return companies.label(code);
    }

    /** @throws NotInCatalog for a code that is not a request type */
    public String typeLabel(String code) {
        return types.label(code);
    }

    /** @throws NotInCatalog for a code that is not a channel */
    public String channelLabel(String code) {
        return channels.label(code);
    }

    /** @throws NotInCatalog for a code that is not an impact */
    public String impactLabel(String code) {
        return impacts.label(code);
    }

    /** @throws NotInCatalog for a code that is not an urgency */
    public String urgencyLabel(String code) {
        return urgencies.label(code);
    }

    public List<CatalogEntry> categories() {
        return categories.entries();
    }

    /** Every company, the headquarters first as the file lists it. */
    public List<Company> companies() {
        return companyDetails;
    }

    /** The city companies: every company but the headquarters; each has its own remote seat. */
    public List<Company> cityCompanies() {
        return companyDetails.stream()
                .filter(company -> !company.headquarters())
                .toList();
    }

    public List<CatalogEntry> types() {
        return types.entries();
    }

    public List<CatalogEntry> channels() {
        return channels.entries();
    }

    public List<CatalogEntry> impacts() {
        return impacts.entries();
    }

    public List<CatalogEntry> urgencies() {
        return urgencies.entries();
    }

    private static CatalogData read(Resource source) {
        List<PropertySource<?>> yaml = loadYaml(source);

        return new Binder(ConfigurationPropertySources.from(yaml))
                .bind("catalog", CatalogData.class)
                .orElseThrow(() -> new IllegalStateException("No catalogue found in " + source.getDescription()));
    }

    private static List<PropertySource<?>> loadYaml(Resource source) {
        try {
            return new YamlPropertySourceLoader().load("catalog", source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue " + source.getDescription(), e);
        }
    }

    private static List<Company> checkedCompanies(List<Company> companies) {
        long headquarters = companies == null
                ? 0
                : companies.stream().filter(Company::headquarters).count();
        if (headquarters != 1) {
            throw new IllegalStateException(
                    "The catalogue needs exactly one headquarters company, not " + headquarters);
        }
        return List.copyOf(companies);
    }
}
