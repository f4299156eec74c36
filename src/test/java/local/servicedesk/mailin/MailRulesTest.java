package local.servicedesk.mailin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailRulesTest {

    private final MailRules rules = MailParserTest.RULES;

    @Test
    void namesTheCompanyByTheSendersDomainOrADomainBelowIt() {
        assertThat(rules.companyOf("li@changsha.servicedesk.local")).isEqualTo("changsha");
        assertThat(rules.companyOf("li@mail.Changsha.servicedesk.local")).isEqualTo("changsha");
        assertThat(rules.companyOf("li@notchangsha.servicedesk.local")).isEqualTo("hq");
        assertThat(rules.companyOf("li@example.test")).isEqualTo("hq");
    }

    @Test
    void takesTheCategoryFromTheSubjectBeforeTheBody() {
        assertThat(rules.categoryOf("打印机卡纸", "ERP 里打印凭证时")).isEqualTo("DESKTOP");
        assertThat(rules.categoryOf("求助", "VPN 连不上")).isEqualTo("NETWORK");
        assertThat(rules.categoryOf("求助", "不知道找谁")).isEqualTo("OTHER_APP");
    }

    @Test
    void matchesLatinKeywordsAsWholeWordsOnly() {
        assertThat(rules.categoryOf("OA 待办", "")).isEqualTo("OA");
        assertThat(rules.categoryOf("Download fails", "")).isEqualTo("OTHER_APP");
    }
}
