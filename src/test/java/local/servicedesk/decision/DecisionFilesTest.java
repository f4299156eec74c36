package local.servicedesk.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionFilesTest {

    private static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    @ParameterizedTest
    @ValueSource(strings = {"ticket-priority", "ticket-routing", "emergency-seat"})
    void holdsOneDecisionNamedAfterItsFileWithAHistoryTimeToLive(String key) throws IOException {
        DmnModelInstance model = read(key);

        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);

        assertThat(model.getDocument().getRootElement().getNamespaceURI()).isEqualTo(DMN_13);
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.getId()).isEqualTo(key);
            assertThat(decision.getName()).matches(".*\\p{IsHan}.*");
            assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-priority", "ticket-routing", "emergency-seat"})
    void endsInAnAnnotatedCatchAllRuleUnderTheFirstHitPolicy(String key) throws IOException {
        DmnModelInstance model = read(key);

        DecisionTable table =
                model.getModelElementsByType(DecisionTable.class).iterator().next();
        Rule last = table.getRules().stream().reduce((first, second) -> second).orElseThrow();

        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(last.getInputEntries())
                .allSatisfy(entry -> assertThat(entry.getTextContent().strip()).isEqualTo("-"));
        assertThat(table.getRules()).allSatisfy(rule -> {
            assertThat(rule.getId()).startsWith("rule-");
            assertThat(rule.getDescription().getTextContent()).isNotBlank();
        });
    }

    private static DmnModelInstance read(String key) throws IOException {
        try (InputStream file = DecisionFilesTest.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
            assertThat(file).as("dmn/%s.dmn on the classpath", key).isNotNull();
            return Dmn.readModelFromStream(file);
        }
    }
}
