package local.servicedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class CatalogTest {

    private final Catalog catalog = new Catalog(new ClassPathResource("catalog.yaml"));

    @Test
    void listsTheElevenCategoriesInTheOrderOfTheFile() {
        var categories = catalog.categories();

        assertThat(categories)
                .extracting(CatalogEntry::code)
                .containsExactly(
                        "ERP",
                        "PORTAL",
                        "OA",
                        "PMS",
                        "MARKETING",
                        "OTHER_APP",
                        "PHONE_DIRECTORY",
                        "PHONE_INSTALL",
                        "PHONE_REPAIR",
                        "DESKTOP",
                        "NETWORK");
    }

    @Test
    void labelsCategoriesInChinese() {
        String portal = catalog.categoryLabel("PORTAL");
        String phoneRepair = catalog.categoryLabel("PHONE_REPAIR");

        assertThat(portal).isEqualTo("门户目录");
        assertThat(phoneRepair).isEqualTo("电话维修");
    }

    @Test
    void holdsTheHeadquartersAndFourteenCityCompanies() {
        var companies = catalog.companies();

        assertThat(companies)
                .filteredOn(Company::headquarters)
                .extracting(Company::code)
                .containsExactly("hq");
        assertThat(catalog.cityCompanies())
                .extracting(Company::code)
                .containsExactly(
                        "changsha",
                        "zhuzhou",
                        "xiangtan",
                        "hengyang",
                        "shaoyang",
                        "yueyang",
                        "changde",
                        "zhangjiajie",
                        "yiyang",
                        "chenzhou",
                        "yongzhou",
                        "huaihua",
                        "loudi",
                        "xiangxi");
    }

    @Test
    void namesCompaniesInChinese() {
        String headquarters = catalog.companyName("hq");

        assertThat(headquarters).isEqualTo("省公司本部");
        assertThat(catalog.companies())
                .allSatisfy(company -> assertThat(company.name()).matches("\\p{IsHan}+"));
    }

    @Test
    void labelsTypesChannelsImpactsAndUrgenciesInChinese() {
        String complaint = catalog.typeLabel("COMPLAINT");
        String phone = catalog.channelLabel("PHONE");

        assertThat(complaint).isEqualTo("投诉");
        assertThat(phone).isEqualTo("电话");
        assertThat(catalog.impactLabel("HIGH")).startsWith("高");
        assertThat(catalog.urgencyLabel("URGENT")).isEqualTo("紧急");
    }

    @Test
    void holdsTheCodesOfTheTicketApi() {
        var types = catalog.types();

        assertThat(types)
                .extracting(CatalogEntry::code)
                .containsExactly("CONSULTATION", "FAULT", "SERVICE_REQUEST", "COMPLAINT");
        assertThat(catalog.channels()).extracting(CatalogEntry::code).containsExactly("PHONE", "EMAIL", "PORTAL", "IM");
        assertThat(catalog.impacts()).extracting(CatalogEntry::code).containsExactly("HIGH", "MEDIUM", "LOW");
        assertThat(catalog.urgencies()).extracting(CatalogEntry::code).containsExactly("URGENT", "NORMAL");
    }

    @Test
    void acceptsKnownCodes() {
        boolean category = catalog.isCategory("ERP");
        boolean company = catalog.isCompany("xiangxi");

        assertThat(category).isTrue();
        assertThat(company).isTrue();
        assertThat(catalog.isType("FAULT")).isTrue();
        assertThat(catalog.isChannel("IM")).isTrue();
        assertThat(catalog.isImpact("LOW")).isTrue();
        assertThat(catalog.isUrgency("NORMAL")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "erp", "Changsha", "PRINTER", "CRITICAL"})
    void refusesBlankOrUnknownCodes(String code) {
        boolean known = catalog.isCategory(code)
                || catalog.isCompany(code)
                || catalog.isType(code)
                || catalog.isChannel(code)
                || catalog.isImpact(code)
                || catalog.isUrgency(code);

        assertThat(known).isFalse();
    }

    @Test
    void doesNotMistakeAChannelForACategory() {
        boolean portalChannel = catalog.isChannel("PORTAL");

        assertThat(portalChannel).isTrue();
        assertThat(catalog.isCategory("EMAIL")).isFalse();
    }

    @Test
    void refusesTheLabelOfAnUnknownCodeNamingTheField() {
        assertThatThrownBy(() -> catalog.companyName("beijing"))
                .isInstanceOfSatisfying(NotInCatalog.class, refused -> {
                    assertThat(refused.field()).isEqualTo("company");
                    assertThat(refused.code()).isEqualTo("beijing");
                })
                .hasMessage("未知的单位：beijing");
        assertThatThrownBy(() -> catalog.urgencyLabel(null)).isInstanceOf(NotInCatalog.class);
    }

    @Test
    void handsOutListsThatCannotBeChanged() {
        var categories = catalog.categories();

        assertThatThrownBy(() -> categories.add(new CatalogEntry("X", "X")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesACatalogueThatListsACodeTwice() {
        String yaml = completeCatalogue().replace("- code: CONSULTATION", "- code: FAULT");

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("type FAULT twice");
    }

    @Test
    void refusesACatalogueWithoutHeadquarters() {
        String yaml = completeCatalogue().replace("headquarters: true", "headquarters: false");

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("headquarters");
    }

    @Test
    void refusesACatalogueWithAnEmptyList() {
        String yaml = completeCatalogue().replaceAll("(?s)  urgencies:.*", "");

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("urgency");
    }

    @Test
    void readsACatalogueWithAnAddedCompanyWithoutCodeChanges() {
        String shenzhen = "    - code: shenzhen\n      name: 深圳供电公司\n";
        String yaml = completeCatalogue().replace("  types:", shenzhen + "  types:");

        Catalog extended = load(yaml);

        assertThat(extended.isCompany("shenzhen")).isTrue();
        assertThat(extended.companyName("shenzhen")).isEqualTo("深圳供电公司");
    }

    private static Catalog load(String yaml) {
        return new Catalog(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test catalogue"));
    }

    private static String completeCatalogue() {
        return """
                catalog:
                  categories:
                    - code: ERP
                      label: ERP
                  companies:
                    - code: hq
                      name: 省公司本部
                      headquarters: true
                    - code: changsha
                      name: 长沙供电公司
                  types:
                    - code: CONSULTATION
                      label: 操作咨询
                    - code: FAULT
                      label: 故障
                  channels:
                    - code: PHONE
                      label: 电话
                  impacts:
                    - code: HIGH
                      label: 高
                  urgencies:
                    - code: URGENT
                      label: 紧急
                """;
    }
}
