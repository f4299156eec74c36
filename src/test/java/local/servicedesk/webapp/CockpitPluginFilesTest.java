package local.servicedesk.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import local.servicedesk.Http;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit loads our finished-instances tab as an ES module: {@code config.js} must list it and every file of it must
 * come back as JavaScript, or the browser refuses to run it (and says so only in its console).
 */
@DeskIntegrationTest
class CockpitPluginFilesTest {

    private static final String COCKPIT = "/camunda/app/cockpit/";

    private static final String PLUGIN = "scripts/finished-instances/plugin.js";

    private static final Pattern CUSTOM_SCRIPTS = Pattern.compile("customScripts:\\s*\\[([^]]*)]");

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private static final Pattern RELATIVE_IMPORT = Pattern.compile("from '\\./([^']+)'");

    private static final Pattern JAVASCRIPT = Pattern.compile("(text|application)/javascript(;.*)?");

    @LocalServerPort
    int port;

    private final Http http = new Http();

    @Test
    void listsTheFinishedInstancesTabAmongCockpitsCustomScripts() {
        HttpResponse<String> config = get("scripts/config.js");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(customScripts(config.body())).containsExactly(PLUGIN);
        assertThat(config.body()).contains("availableLocales: ['zh', 'en']", "name: '驾驶舱'");
    }

    @Test
    void servesEveryCustomScriptAsJavaScript() {
        List<String> scripts = customScripts(get("scripts/config.js").body());

        List<HttpResponse<String>> responses =
                scripts.stream().map(this::getScript).toList();

        assertThat(responses).isNotEmpty().allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
            assertThat(contentType(response)).as(response.uri().toString()).matches(JAVASCRIPT);
        });
    }

    @Test
    void declaresAChineseTabOnTheProcessDefinitionPage() {
        HttpResponse<String> plugin = get(PLUGIN);

        assertThat(plugin.body())
                .contains("export default {")
                .contains("pluginPoint: 'cockpit.processDefinition.runtime.tab'")
                .contains("label: '已结束的实例'")
                .contains("render(node, { api, processDefinitionId })")
                .contains("api.engineApi");
    }

    @Test
    void servesTheModulesThePluginImportsAsJavaScript() {
        List<String> imports = relativeImports(get(PLUGIN).body());

        List<HttpResponse<String>> responses = imports.stream()
                .map(module -> get("scripts/finished-instances/" + module))
                .toList();

        assertThat(imports).contains("format.js");
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
            assertThat(contentType(response)).as(response.uri().toString()).matches(JAVASCRIPT);
        });
    }

    @Test
    void servesTheTabsStyleSheetAsCss() {
        HttpResponse<String> styles = get("scripts/finished-instances/plugin.css");

        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(contentType(styles)).startsWith("text/css");
        assertThat(styles.body()).contains(".desk-finished-table");
    }

    /** Cockpit appends ".js" to a listed script that lacks it. */
    private HttpResponse<String> getScript(String script) {
        return get(script.endsWith(".js") ? script : script + ".js");
    }

    private HttpResponse<String> get(String pathInCockpit) {
        return http.send(Http.request("http://127.0.0.1:" + port + COCKPIT + pathInCockpit)
                .GET());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static List<String> customScripts(String config) {
        Matcher list = CUSTOM_SCRIPTS.matcher(config);
        if (!list.find()) {
            return List.of();
        }
        return matches(QUOTED, list.group(1));
    }

    private static List<String> relativeImports(String module) {
        return matches(RELATIVE_IMPORT, module);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
