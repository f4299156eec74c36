package local.servicedesk.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import local.servicedesk.catalog.Catalog;
import local.servicedesk.catalog.CatalogEntry;
import local.servicedesk.catalog.Company;
import local.servicedesk.decision.DecisionTable.Evaluation;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

class TicketRoutingDecisionTest {

    /** DESIGN.md's table of categories: seat group of the headquarters and second line. */
    private static final Map<String, List<String>> DESIGN = Map.ofEntries(
            Map.entry("ERP", List.of("seat-business", "second-line-erp")),
            Map.entry("PORTAL", List.of("seat-business", "second-line-portal")),
            Map.entry("OA", List.of("seat-business", "second-line-oa")),
            Map.entry("PMS", List.of("seat-business", "second-line-pms")),
            Map.entry("MARKETING", List.of("seat-business", "second-line-marketing")),
            Map.entry("OTHER_APP", List.of("seat-business", "second-line-apps")),
            Map.entry("PHONE_DIRECTORY", List.of("seat-desktop", "second-line-telephony")),
            Map.entry("PHONE_INSTALL", List.of("seat-desktop", "second-line-telephony")),
            Map.entry("PHONE_REPAIR", List.of("seat-desktop", "second-line-telephony")),
            Map.entry("DESKTOP", List.of("seat-desktop", "second-line-desktop")),
            Map.entry("NETWORK", List.of("seat-desktop", "second-line-network")));

    private static final Catalog CATALOG = new Catalog(new ClassPathResource("catalog.yaml"));

    private static final DecisionTable TABLE = DecisionTable.of("ticket-routing");

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({
        "ERP,             yiyang,   rule-erp,             seat-business, second-line-erp",
        "PORTAL,          hq,       rule-portal,          seat-business, second-line-portal",
        "OA,              loudi,    rule-oa,              seat-business, second-line-oa",
        "PMS,             hq,       rule-pms,             seat-business, second-line-pms",
        "MARKETING,       changde,  rule-marketing,       seat-business, second-line-marketing",
        "OTHER_APP,       hq,       rule-other-app,       seat-business, second-line-apps",
        "PHONE_DIRECTORY, hq,       rule-phone-directory, seat-desktop,  second-line-telephony",
        "PHONE_INSTALL,   zhuzhou,  rule-phone-install,   seat-desktop,  second-line-telephony",
        "PHONE_REPAIR,    xiangxi,  rule-phone-repair,    seat-desktop,  second-line-telephony",
        "DESKTOP,         hq,       rule-desktop-hq,      seat-desktop,  second-line-desktop",
        "NETWORK,         hq,       rule-network-hq,      seat-desktop,  second-line-network",
    })
    void routesEachCategoryToItsSeatAndSecondLine(
            String category, String company, String rule, String seatGroup, String secondLineGroup) {
        VariableMap ticket = ticket(category, company);

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo(rule);
        assertThat(result.output("seatGroup")).isEqualTo(seatGroup);
        assertThat(result.output("secondLineGroup")).isEqualTo(secondLineGroup);
    }

    @Test
    void routesDesktopFaultOfCityCompanyToItsRemoteSeat() {
        VariableMap ticket = ticket("DESKTOP", "hengyang");

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo("rule-desktop-city");
        assertThat(result.output("seatGroup")).isEqualTo("remote-seat-hengyang");
        assertThat(result.output("secondLineGroup")).isEqualTo("second-line-desktop");
    }

    @Test
    void routesNetworkFaultOfCityCompanyToItsRemoteSeat() {
        VariableMap ticket = ticket("NETWORK", "zhangjiajie");

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo("rule-network-city");
        assertThat(result.output("seatGroup")).isEqualTo("remote-seat-zhangjiajie");
        assertThat(result.output("secondLineGroup")).isEqualTo("second-line-network");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cityCompanies")
    void routesDesktopAndNetworkOfEveryCatalogCityCompanyToItsOwnRemoteSeat(String company) {
        VariableMap desktop = ticket("DESKTOP", company);
        VariableMap network = ticket("NETWORK", company);

        Evaluation desktopResult = TABLE.evaluate(desktop);
        Evaluation networkResult = TABLE.evaluate(network);

        assertThat(desktopResult.output("seatGroup")).isEqualTo("remote-seat-" + company);
        assertThat(networkResult.output("seatGroup")).isEqualTo("remote-seat-" + company);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("categories")
    void routesEveryCatalogCategoryOfTheHeadquartersAsTheDesignSays(String category) {
        VariableMap ticket = ticket(category, "hq");

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(DESIGN).containsKey(category);
        assertThat(result.ruleId()).isNotEqualTo("rule-triage");
        assertThat(List.of(result.output("seatGroup"), result.output("secondLineGroup")))
                .isEqualTo(DESIGN.get(category));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("categoriesAndCityCompanies")
    void routesEveryCatalogCategoryOfEveryCityCompanyAsTheDesignSays(String category, String company) {
        VariableMap ticket = ticket(category, company);

        Evaluation result = TABLE.evaluate(ticket);

        String seatOfHeadquarters = DESIGN.get(category).get(0);
        boolean remote = category.equals("DESKTOP") || category.equals("NETWORK");
        assertThat(result.output("seatGroup")).isEqualTo(remote ? "remote-seat-" + company : seatOfHeadquarters);
        assertThat(result.output("secondLineGroup"))
                .isEqualTo(DESIGN.get(category).get(1));
    }

    @Test
    void coversExactlyTheCategoriesOfTheCatalog() {
        List<String> catalogCategories = categories().toList();

        assertThat(catalogCategories).containsExactlyInAnyOrderElementsOf(DESIGN.keySet());
    }

    @ParameterizedTest(name = "{0} of [{1}]")
    @CsvSource(
            nullValues = "null",
            value = {
                "PHONE_REPAIR,    ''",
                "PHONE_INSTALL,   null",
                "PHONE_DIRECTORY, beijing",
            })
    void sendsPhoneTicketOfUnknownCompanyToTriageKeepingTelephonySecondLine(String category, String company) {
        VariableMap ticket = ticket(category, company);

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo("rule-phone-unknown-company");
        assertThat(result.output("seatGroup")).isEqualTo("seat-business");
        assertThat(result.output("secondLineGroup")).isEqualTo("second-line-telephony");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            nullValues = "null",
            value = {"''", "null", "beijing", "HQ", "remote-seat-changsha"})
    void sendsDesktopTicketOfUnknownCompanyToTriageKeepingDesktopSecondLine(String company) {
        VariableMap ticket = ticket("DESKTOP", company);

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo("rule-desktop-unknown-company");
        assertThat(result.output("seatGroup")).isEqualTo("seat-business");
        assertThat(result.output("secondLineGroup")).isEqualTo("second-line-desktop");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            nullValues = "null",
            value = {"''", "null", "Changsha"})
    void sendsNetworkTicketOfUnknownCompanyToTriageKeepingNetworkSecondLine(String company) {
        VariableMap ticket = ticket("NETWORK", company);

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo("rule-network-unknown-company");
        assertThat(result.output("seatGroup")).isEqualTo("seat-business");
        assertThat(result.output("secondLineGroup")).isEqualTo("second-line-network");
    }

    @Test
    void keepsBusinessTicketOfUnknownCompanyAtTheBusinessSeat() {
        VariableMap ticket = ticket("ERP", "beijing");

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo("rule-erp");
        assertThat(result.output("seatGroup")).isEqualTo("seat-business");
        assertThat(result.output("secondLineGroup")).isEqualTo("second-line-erp");
    }

    @ParameterizedTest(name = "[{0}] of [{1}]")
    @CsvSource(
            nullValues = "null",
            value = {
                "'',       hq",
                "null,     changsha",
                "PRINTER,  hq",
                "erp,      hq",
                "null,     null",
                "'',       ''",
            })
    void sendsBlankOrUnknownCategoryToTheBusinessSeatForTriage(String category, String company) {
        VariableMap ticket = ticket(category, company);

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo("rule-triage");
        assertThat(result.output("seatGroup")).isEqualTo("seat-business");
        assertThat(result.output("secondLineGroup")).isEqualTo("second-line-apps");
    }

    @Test
    void sendsTicketWithoutAnyVariablesToTriage() {
        VariableMap nothing = Variables.createVariables();

        Evaluation result = TABLE.evaluate(nothing);

        assertThat(result.ruleId()).isEqualTo("rule-triage");
    }

    static Stream<String> cityCompanies() {
        return CATALOG.cityCompanies().stream().map(Company::code);
    }

    static Stream<String> categories() {
        return CATALOG.categories().stream().map(CatalogEntry::code);
    }

    static Stream<Arguments> categoriesAndCityCompanies() {
        return categories().flatMap(category -> cityCompanies().map(company -> Arguments.of(category, company)));
    }

    private static VariableMap ticket(String category, String company) {
        return Variables.createVariables().putValue("category", category).putValue("company", company);
    }
}
