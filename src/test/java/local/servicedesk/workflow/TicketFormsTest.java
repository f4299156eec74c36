package local.servicedesk.workflow;

import static local.servicedesk.workflow.FormSchema.hideCondition;
import static local.servicedesk.workflow.FormSchema.isHidden;
import static local.servicedesk.workflow.FormSchema.isRequired;
import static local.servicedesk.workflow.FormSchema.isShownOnly;
import static local.servicedesk.workflow.FormSchema.options;
import static local.servicedesk.workflow.FormSchema.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Camunda Forms of the ticket process against the variables that the process and the API expect. */
class TicketFormsTest {

    private static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "PORTAL", "IM");

    private static final List<String> COMPANIES = List.of(
            "hq",
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

    private static final Map<Object, String> CATEGORIES = ordered(
            "ERP",
            "ERP",
            "PORTAL",
            "门户目录",
            "OA",
            "协同办公",
            "PMS",
            "生产管理",
            "MARKETING",
            "营销",
            "OTHER_APP",
            "其他信息系统",
            "PHONE_DIRECTORY",
            "行政电话查号",
            "PHONE_INSTALL",
            "电话报装",
            "PHONE_REPAIR",
            "电话维修",
            "DESKTOP",
            "桌面终端",
            "NETWORK",
            "网络");

    private static final Map<Object, String> TYPES =
            ordered("CONSULTATION", "操作咨询", "FAULT", "故障", "SERVICE_REQUEST", "服务请求", "COMPLAINT", "投诉");

    private static final List<String> IMPACTS = List.of("HIGH", "MEDIUM", "LOW");

    private static final List<String> URGENCIES = List.of("URGENT", "NORMAL");

    private static final List<String> TICKET_FACTS =
            List.of("ticketNo", "priority", "company", "subject", "customerName", "customerPhone", "customerEmail");

    /** The variables of a ticket's process that the task forms may show: the contract's, and the desk's own. */
    private static final Set<String> PROCESS_VARIABLES = Set.of(
            "ticketNo",
            "channel",
            "company",
            "category",
            "type",
            "impact",
            "urgency",
            "subject",
            "description",
            "customerName",
            "customerPhone",
            "customerEmail",
            "priority",
            "workOrderNo",
            "callbackAttempts",
            "firstLineNote",
            "returnReason",
            "historyText",
            "outcome",
            "resolution",
            "customerReached",
            "satisfied",
            "satisfaction",
            "complaint",
            "comment");

    /** What each task form submits, as {@code TaskInput} checks it on the server; the first of each is required. */
    private static final Map<String, List<String>> TASK_OUTPUTS = Map.of(
            "first-line", List.of("outcome", "resolution", "category", "type"),
            "second-line", List.of("outcome", "resolution"),
            "callback", List.of("customerReached", "satisfied", "satisfaction", "complaint", "comment"));

    private static final Map<String, List<String>> REQUIRED_OUTPUTS = Map.of(
            "first-line", List.of("outcome", "resolution", "category", "type"),
            "second-line", List.of("outcome", "resolution"),
            "callback", List.of("customerReached", "satisfied", "satisfaction"));

    private static final Set<String> FORM_JS_18_TYPES = Set.of(
            "textfield",
            "textarea",
            "number",
            "datetime",
            "checkbox",
            "checklist",
            "radio",
            "select",
            "taglist",
            "text",
            "group",
            "spacer",
            "separator");

    private static final Set<String> FEEL_WORDS =
            Set.of("and", "or", "not", "null", "true", "false", "if", "then", "else");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @ParameterizedTest
    @ValueSource(strings = {"ticket-start", "first-line", "second-line", "callback"})
    void carriesTheIdOfItsFileName(String formId) {
        FormSchema form = FormSchema.load(formId);

        assertThat(form.id()).isEqualTo(formId);
        assertThat(form.type()).isEqualTo("default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-start", "first-line", "second-line", "callback"})
    void staysWithinTheSchemaVersionThatTasklistRenders(String formId) {
        FormSchema form = FormSchema.load(formId);

        assertThat(form.schemaVersion()).isBetween(1, 16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-start", "first-line", "second-line", "callback"})
    void bindsEachVariableOnce(String formId) {
        List<String> keys = FormSchema.load(formId).keys();

        assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-start", "first-line", "second-line", "callback"})
    void namesEveryComponentWithItsOwnStableId(String formId) {
        FormSchema form = FormSchema.load(formId);

        List<String> ids =
                form.components().stream().map(c -> c.path("id").asText()).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("(text|group|field)-[A-Za-z0-9-]+"));
        form.components().stream()
                .filter(c -> c.has("key"))
                .forEach(c -> assertThat(c.get("id").asText())
                        .isEqualTo("field-" + c.get("key").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-start", "first-line", "second-line", "callback"})
    void usesOnlyComponentsThatFormJs18RendersAndNoButtonOfItsOwn(String formId) {
        FormSchema form = FormSchema.load(formId);

        assertThat(form.components()).extracting(c -> c.path("type").asText()).isSubsetOf(FORM_JS_18_TYPES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-start", "first-line", "second-line", "callback"})
    void speaksChineseInEveryLabelDescriptionAndText(String formId) {
        FormSchema form = FormSchema.load(formId);

        for (JsonNode component : form.components()) {
            for (String property : List.of("label", "description", "text")) {
                if (component.has(property)) {
                    assertThat(component.get(property).asText())
                            .as(component.get("id") + " " + property)
                            .containsPattern(HAN);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-start", "first-line", "second-line", "callback"})
    void labelsEveryOptionInChineseOrWithTheDesignsOwnName(String formId) {
        FormSchema form = FormSchema.load(formId);

        form.components().stream()
                .flatMap(c -> options(c).values().stream())
                .forEach(label -> assertThat(HAN.matcher(label).find() || CATEGORIES.containsValue(label))
                        .as(label)
                        .isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-start", "first-line", "second-line", "callback"})
    void hidesComponentsOnlyOnVariablesOfTheSameForm(String formId) {
        FormSchema form = FormSchema.load(formId);

        for (JsonNode component : form.components()) {
            String condition = hideCondition(component);
            if (condition != null) {
                assertThat(condition).startsWith("=");
                assertThat(form.keys()).as(condition).containsAll(identifiers(condition));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"first-line", "second-line", "callback"})
    void bindsOnlyVariablesThatTheProcessSets(String formId) {
        List<String> keys = FormSchema.load(formId).keys();

        assertThat(keys).isSubsetOf(PROCESS_VARIABLES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"first-line", "second-line", "callback"})
    void submitsOnlyWhatTheServerChecks(String formId) {
        FormSchema form = FormSchema.load(formId);

        List<String> submitted = form.components().stream()
                .filter(c -> c.has("key") && !isShownOnly(c))
                .map(c -> c.get("key").asText())
                .toList();

        assertThat(submitted).containsExactlyInAnyOrderElementsOf(TASK_OUTPUTS.get(formId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first-line", "second-line", "callback"})
    void requiresEveryFieldThatTheServerRequires(String formId) {
        FormSchema form = FormSchema.load(formId);

        for (String key : REQUIRED_OUTPUTS.get(formId)) {
            assertThat(isRequired(form.field(key))).as(key).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"first-line", "second-line", "callback"})
    void showsTheCustomerAndTheOriginalRequestOnEveryTask(String formId) {
        FormSchema form = FormSchema.load(formId);

        for (String key : facts("description")) {
            assertThat(isShownOnly(form.field(key))).as(key).isTrue();
            assertThat(hideCondition(form.field(key))).as(key).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"first-line", "second-line", "callback"})
    void showsTheStorySoFarOnEveryTaskWithoutSubmittingIt(String formId) {
        JsonNode history = FormSchema.load(formId).field("historyText");

        assertThat(history.path("type").asText()).isEqualTo("textarea");
        assertThat(isShownOnly(history)).isTrue();
        assertThat(hideCondition(history)).isNull();
    }

    @Test
    void startFormRequiresWhatTheTicketApiRequires() {
        FormSchema form = FormSchema.load("ticket-start");

        for (String key :
                List.of("channel", "company", "category", "type", "impact", "urgency", "subject", "customerName")) {
            assertThat(isRequired(form.field(key))).as(key).isTrue();
        }
        for (String key : List.of("description", "customerPhone", "customerEmail")) {
            assertThat(isRequired(form.field(key))).as(key).isFalse();
        }
    }

    @Test
    void startFormOffersExactlyTheCodesOfTheDesign() {
        FormSchema form = FormSchema.load("ticket-start");

        assertThat(values(form.field("channel"))).containsExactlyElementsOf(CHANNELS);
        assertThat(values(form.field("company"))).containsExactlyElementsOf(COMPANIES);
        assertThat(options(form.field("category"))).containsExactlyEntriesOf(CATEGORIES);
        assertThat(options(form.field("type"))).containsExactlyEntriesOf(TYPES);
        assertThat(values(form.field("impact"))).containsExactlyElementsOf(IMPACTS);
        assertThat(values(form.field("urgency"))).containsExactlyElementsOf(URGENCIES);
    }

    @Test
    void startFormNamesTheHeadquartersAndEachCityCompanyInChinese() {
        Map<Object, String> companies = options(FormSchema.load("ticket-start").field("company"));

        assertThat(companies)
                .containsEntry("hq", "省公司本部")
                .containsEntry("changsha", "长沙供电公司")
                .containsEntry("xiangxi", "湘西供电公司");
        assertThat(companies.values())
                .doesNotHaveDuplicates()
                .allMatch(name -> HAN.matcher(name).find());
    }

    @Test
    void startFormPresetsThePhoneChannelForTheSeatTakingACall() {
        JsonNode channel = FormSchema.load("ticket-start").field("channel");

        assertThat(channel.path("type").asText()).isEqualTo("select");
        assertThat(channel.path("defaultValue").asText()).isEqualTo("PHONE");
    }

    @Test
    void startFormLimitsTextsToWhatTheTicketRecordHolds() {
        FormSchema form = FormSchema.load("ticket-start");

        assertThat(maxLength(form, "subject")).isEqualTo(200);
        assertThat(maxLength(form, "description")).isEqualTo(4000);
        assertThat(maxLength(form, "customerName")).isEqualTo(100);
        assertThat(maxLength(form, "customerPhone")).isEqualTo(32);
        assertThat(maxLength(form, "customerEmail")).isEqualTo(254);
        assertThat(form.field("description").path("type").asText()).isEqualTo("textarea");
    }

    @Test
    void startFormWarnsWhileNeitherPhoneNorEmailIsGiven() {
        JsonNode warning = FormSchema.load("ticket-start").components().stream()
                .filter(c -> c.path("id").asText().equals("text-customer-contact-missing"))
                .findFirst()
                .orElseThrow();

        assertThat(isHidden(warning, contact(null, null))).isFalse();
        assertThat(isHidden(warning, contact("", ""))).isFalse();
        assertThat(isHidden(warning, contact("0731-85551234", ""))).isTrue();
        assertThat(isHidden(warning, contact("", "zhangwei@example.com"))).isTrue();
    }

    @Test
    void firstLineShowsTheTicketWithoutSubmittingIt() {
        FormSchema form = FormSchema.load("first-line");

        for (String key : facts("channel", "description")) {
            assertThat(isShownOnly(form.field(key))).as(key).isTrue();
        }
    }

    @Test
    void firstLineOffersToResolveOrToEscalate() {
        JsonNode outcome = FormSchema.load("first-line").field("outcome");

        assertThat(outcome.path("type").asText()).isEqualTo("radio");
        assertThat(isRequired(outcome)).isTrue();
        assertThat(values(outcome)).containsExactly("RESOLVED", "ESCALATE");
    }

    @Test
    void firstLineAsksForANoteOnceAnOutcomeIsChosen() {
        JsonNode resolution = FormSchema.load("first-line").field("resolution");

        assertThat(resolution.path("type").asText()).isEqualTo("textarea");
        assertThat(isRequired(resolution)).isTrue();
        assertThat(isHidden(resolution, Map.of("outcome", "RESOLVED"))).isFalse();
        assertThat(isHidden(resolution, Map.of("outcome", "ESCALATE"))).isFalse();
        assertThat(isHidden(resolution, nothingChosen("outcome"))).isTrue();
    }

    @Test
    void firstLineShowsWhySecondLineReturnedTheTicketOnlyAfterAReturn() {
        JsonNode reason = FormSchema.load("first-line").field("returnReason");

        assertThat(isShownOnly(reason)).isTrue();
        assertThat(isHidden(reason, nothingChosen("returnReason"))).isTrue();
        assertThat(isHidden(reason, Map.of("returnReason", ""))).isTrue();
        assertThat(isHidden(reason, Map.of("returnReason", "不属于 ERP，应派网络组"))).isFalse();
    }

    @Test
    void firstLineLetsTheSeatCorrectCategoryAndType() {
        FormSchema form = FormSchema.load("first-line");

        for (String key : List.of("category", "type")) {
            assertThat(form.field(key).path("type").asText()).isEqualTo("select");
            assertThat(isShownOnly(form.field(key))).as(key).isFalse();
            assertThat(hideCondition(form.field(key))).as(key).isNull();
        }
        assertThat(options(form.field("category"))).containsExactlyEntriesOf(CATEGORIES);
        assertThat(options(form.field("type"))).containsExactlyEntriesOf(TYPES);
    }

    @Test
    void secondLineShowsTheWorkOrderAndTheNoteOfFirstLineWithoutSubmittingThem() {
        FormSchema form = FormSchema.load("second-line");

        for (String key : facts("workOrderNo", "category", "type", "description", "firstLineNote")) {
            assertThat(isShownOnly(form.field(key))).as(key).isTrue();
        }
    }

    @Test
    void secondLineRequiresAnOutcomeAndAResolutionEitherWay() {
        FormSchema form = FormSchema.load("second-line");

        assertThat(form.field("outcome").path("type").asText()).isEqualTo("radio");
        assertThat(values(form.field("outcome"))).containsExactly("FIXED", "RETURNED");
        assertThat(isRequired(form.field("outcome"))).isTrue();
        assertThat(form.field("resolution").path("type").asText()).isEqualTo("textarea");
        assertThat(isRequired(form.field("resolution"))).isTrue();
        assertThat(hideCondition(form.field("resolution"))).isNull();
    }

    @Test
    void callbackShowsTheResolutionAndTheAttemptsWithoutSubmittingThem() {
        FormSchema form = FormSchema.load("callback");

        for (String key : facts("workOrderNo", "category", "resolution", "callbackAttempts")) {
            assertThat(isShownOnly(form.field(key))).as(key).isTrue();
        }
        assertThat(form.field("callbackAttempts").path("type").asText()).isEqualTo("number");
    }

    @Test
    void callbackRecordsWhetherTheCustomerWasReachedAsABoolean() {
        JsonNode reached = FormSchema.load("callback").field("customerReached");

        assertThat(reached.path("type").asText()).isEqualTo("radio");
        assertThat(isRequired(reached)).isTrue();
        assertThat(values(reached)).containsExactly(true, false);
    }

    @Test
    void callbackAsksAboutSatisfactionOnlyWhenTheCustomerWasReached() {
        FormSchema form = FormSchema.load("callback");

        for (String key : List.of("satisfied", "satisfaction", "complaint", "comment")) {
            assertThat(isHidden(form.field(key), Map.of("customerReached", true)))
                    .as(key)
                    .isFalse();
            assertThat(isHidden(form.field(key), Map.of("customerReached", false)))
                    .as(key)
                    .isTrue();
            assertThat(isHidden(form.field(key), nothingChosen("customerReached")))
                    .as(key)
                    .isTrue();
        }
    }

    @Test
    void callbackRecordsSatisfactionAsABooleanAndAScoreFromOneToFive() {
        FormSchema form = FormSchema.load("callback");

        assertThat(values(form.field("satisfied"))).containsExactly(true, false);
        assertThat(isRequired(form.field("satisfied"))).isTrue();
        assertThat(values(form.field("satisfaction"))).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(isRequired(form.field("satisfaction"))).isTrue();
        assertThat(form.field("complaint").path("type").asText()).isEqualTo("checkbox");
        assertThat(form.field("comment").path("type").asText()).isEqualTo("textarea");
        assertThat(maxLength(form, "comment")).isEqualTo(2000);
    }

    private static List<String> facts(String... more) {
        return Stream.concat(TICKET_FACTS.stream(), Arrays.stream(more)).toList();
    }

    private static int maxLength(FormSchema form, String key) {
        return form.field(key).path("validate").path("maxLength").asInt(-1);
    }

    private static Map<String, Object> contact(String phone, String email) {
        Map<String, Object> data = new HashMap<>();
        data.put("customerPhone", phone);
        data.put("customerEmail", email);
        return data;
    }

    private static Map<String, Object> nothingChosen(String key) {
        Map<String, Object> data = new HashMap<>();
        data.put(key, null);
        return data;
    }

    private static List<String> identifiers(String condition) {
        Matcher matcher = IDENTIFIER.matcher(condition.replaceAll("\"[^\"]*\"", ""));
        return matcher.results()
                .map(m -> m.group())
                .filter(word -> !FEEL_WORDS.contains(word))
                .toList();
    }

    private static Map<Object, String> ordered(String... codesAndLabels) {
        Map<Object, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return map;
    }
}
