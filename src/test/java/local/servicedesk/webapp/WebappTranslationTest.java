package local.servicedesk.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our Chinese locale files of the Camunda webapps against the English ones that the 7.24 webjar ships. */
class WebappTranslationTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/%s/";

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]|</?(?:a|br|strong|b|i|em|code|span|p|ul|li)\\b[^>]*>");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** Names, notations and date patterns that read the same in a Chinese text. */
    private static final Set<String> SAME_IN_CHINESE = Set.of(
            "ID", "Camunda", "<null>", "<undefined>", "<", "<=", ">", ">=", "L", "YYYY-MM-DD", "HH:mm", "dddd LT");

    /** English plural endings that Cockpit appends to a noun; Chinese writes none. */
    private static final Set<String> UNWRITTEN_IN_CHINESE = Set.of("s");

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void givesEveryKeyOfTheEnglishLocaleAChineseEntry(String app) throws IOException {
        Map<String, JsonNode> english = leaves(webjarLocale(app, "en"));

        Map<String, JsonNode> chinese = leaves(ourLocale(app));

        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(english).allSatisfy((key, value) -> {
            if (!value.asText().isBlank() && !UNWRITTEN_IN_CHINESE.contains(value.asText())) {
                assertThat(chinese.get(key).asText()).as(key).isNotBlank();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void keepsEveryPlaceholderAndTagOfTheEnglishText(String app) throws IOException {
        Map<String, JsonNode> english = leaves(webjarLocale(app, "en"));

        Map<String, JsonNode> chinese = leaves(ourLocale(app));

        assertThat(english)
                .allSatisfy(
                        (key, value) -> assertThat(placeholders(chinese.getOrDefault(key, MissingNode.getInstance())))
                                .as(key)
                                .containsExactlyInAnyOrderElementsOf(placeholders(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void writesEveryTextInChinese(String app) throws IOException {
        Map<String, JsonNode> chinese = leaves(ourLocale(app));

        Map<String, String> notChinese = new LinkedHashMap<>();
        chinese.forEach((key, value) -> {
            String text = value.asText();
            if (value.isTextual() && !text.isEmpty() && !HAN.matcher(text).find() && !SAME_IN_CHINESE.contains(text)) {
                notChinese.put(key, text);
            }
        });

        assertThat(notChinese).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void offersChineseFirstAndEnglishAsFallback(String app) throws IOException {
        String config = ours(app, "scripts/config.js");

        assertThat(config).startsWith("//").contains("export default {");
        assertThat(config.replaceAll("\\s+", ""))
                .contains("locales:{availableLocales:['zh','en'],fallbackLocale:'en'}");
    }

    @Test
    void keepsEveryKeyboardShortcutOfTheWebjarsTasklist() throws IOException {
        List<String> shipped = shortcutKeys(webjar("tasklist", "scripts/config.js"));

        List<String> ours = shortcutKeys(ours("tasklist", "scripts/config.js"));

        assertThat(shipped).isNotEmpty();
        assertThat(ours).containsExactlyElementsOf(shipped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void hidesTheVendorsEndOfLifeBanner(String app) throws IOException {
        String template = webjar(app, "camunda-" + app + "-bootstrap.js");

        String styles = ours(app, "styles/user-styles.css").replaceAll("\\s+", "");

        assertThat(template).contains("class=\"ce-eol-banner\"");
        assertThat(styles).contains("[cam-widget-header].ce-eol-banner{display:none;}");
    }

    private static JsonNode webjarLocale(String app, String language) throws IOException {
        return JSON.readTree(webjar(app, "locales/" + language + ".json"));
    }

    private static JsonNode ourLocale(String app) throws IOException {
        return JSON.readTree(ours(app, "locales/zh.json"));
    }

    /** The file as the webjar ships it, even where our resources put another one in front of it. */
    private static String webjar(String app, String file) throws IOException {
        String path = APP.formatted(app) + file;
        List<URL> found =
                Collections.list(WebappTranslationTest.class.getClassLoader().getResources(path));
        URL shipped = found.stream()
                .filter(url -> url.getPath().contains("camunda-webapp-webjar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the webjar"));
        return read(shipped);
    }

    /** The file as the desk serves it: ours comes first on the class path. */
    private static String ours(String app, String file) throws IOException {
        String path = APP.formatted(app) + file;
        URL served = WebappTranslationTest.class.getClassLoader().getResource(path);
        assertThat(served).as(path).isNotNull();
        assertThat(served.getPath()).as(path).doesNotContain("camunda-webapp-webjar");
        return read(served);
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            // the webjar's locale files start with a byte order mark
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        }
    }

    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect("", root, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(path + "/" + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static List<String> placeholders(JsonNode value) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(value.asText());
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<String> shortcutKeys(String config) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^\\s*key:\\s*'([^']+)'").matcher(config);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
