package local.servicedesk.mailin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import local.servicedesk.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * What the desk assumes of a mail, from data ({@code mail-intake.yaml}): the company by the sender's domain, the
 * category by keyword, and type, impact and urgency. Every code is checked against the catalogue at start-up.
 */
@Component
class MailRules {

    private static final Logger log = LoggerFactory.getLogger(MailRules.class);

    /** The rules file as bound from YAML. */
    record Data(
            String defaultCompany,
            List<DomainRule> companies,
            String defaultCategory,
            List<KeywordRule> categories,
            String type,
            String impact,
            String urgency,
            List<String> automaticSubjects) {}

    record DomainRule(String domain, String company) {}

    record KeywordRule(String category, List<String> keywords) {}

    private record Keywords(String category, List<Pattern> patterns) {}

    private final Data data;
    private final List<Keywords> keywords;
    private final List<Pattern> automaticSubjects;

    MailRules(MailIntakeProperties properties, Catalog catalog) {
        this.data = read(properties.rules());
        check(catalog);
        this.keywords = data.categories().stream()
                .map(rule -> new Keywords(
                        rule.category(),
                        listOrEmpty(rule.keywords()).stream()
                                .map(MailRules::keyword)
                                .toList()))
                .toList();
        this.automaticSubjects = data.automaticSubjects().stream()
                .map(regex -> Pattern.compile("^\\s*(?:" + regex + ")", Pattern.CASE_INSENSITIVE))
                .toList();
        log.info(
                "Loaded mail intake rules from {}: {} domains, {} keyword categories",
                properties.rules().getDescription(),
                data.companies().size(),
                keywords.size());
    }

    /** The company of a sender: the longest domain rule that is the address's domain or a domain above it. */
    String companyOf(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return data.companies().stream()
                .filter(rule -> domain.equals(rule.domain()) || domain.endsWith("." + rule.domain()))
                .max((a, b) -> Integer.compare(a.domain().length(), b.domain().length()))
                .map(DomainRule::company)
                .orElse(data.defaultCompany());
    }

    String categoryOf(String subject, String body) {
        return firstCategoryIn(subject).or(() -> firstCategoryIn(body)).orElse(data.defaultCategory());
    }

    String type() {
        return data.type();
    }

    String impact() {
        return data.impact();
    }

    String urgency() {
        return data.urgency();
    }

    boolean isAutomaticSubject(String subject) {
        return automaticSubjects.stream()
                .anyMatch(pattern -> pattern.matcher(subject).find());
    }

    private Optional<String> firstCategoryIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return keywords.stream()
                .filter(rule ->
                        rule.patterns().stream().anyMatch(p -> p.matcher(text).find()))
                .map(Keywords::category)
                .findFirst();
    }

    private static Pattern keyword(String word) {
        // Latin keywords match whole words; Chinese has no spaces between words, so it matches anywhere
        return Pattern.compile(
                "(?<![A-Za-z0-9])" + Pattern.quote(word) + "(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private void check(Catalog catalog) {
        List<String> unknown = new ArrayList<>();
        require(unknown, "company", data.defaultCompany(), catalog::isCompany);
        data.companies().forEach(rule -> require(unknown, "company", rule.company(), catalog::isCompany));
        require(unknown, "category", data.defaultCategory(), catalog::isCategory);
        data.categories().forEach(rule -> require(unknown, "category", rule.category(), catalog::isCategory));
        require(unknown, "type", data.type(), catalog::isType);
        require(unknown, "impact", data.impact(), catalog::isImpact);
        require(unknown, "urgency", data.urgency(), catalog::isUrgency);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Mail intake rules name codes the catalogue does not know: " + unknown);
        }
    }

    private static void require(List<String> unknown, String kind, String code, Predicate<String> known) {
        if (code == null || !known.test(code)) {
            unknown.add(kind + " " + code);
        }
    }

    private static Data read(Resource source) {
        try {
            var yaml = new YamlPropertySourceLoader().load("mail-intake", source);
            Data bound = new Binder(ConfigurationPropertySources.from(yaml))
                    .bind("mail-intake", Data.class)
                    .orElseThrow(() -> new IllegalStateException("No mail intake rules in " + source.getDescription()));
            return new Data(
                    bound.defaultCompany(),
                    listOrEmpty(bound.companies()),
                    bound.defaultCategory(),
                    listOrEmpty(bound.categories()),
                    bound.type(),
                    bound.impact(),
                    bound.urgency(),
                    listOrEmpty(bound.automaticSubjects()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mail intake rules " + source.getDescription(), e);
        }
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
