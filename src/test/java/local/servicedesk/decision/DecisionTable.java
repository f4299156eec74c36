package local.servicedesk.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * One decision of {@code dmn/} on the classpath, evaluated by the standalone DMN engine; each evaluation tells
 * which rule matched, so that a test pins the rule and not only the outputs.
 */
final class DecisionTable {

    private final DmnDecision decision;
    private final DmnEngine engine;
    private DmnDecisionTableEvaluationEvent lastEvaluation;

    private DecisionTable(String key) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> lastEvaluation = event));
        engine = configuration.buildEngine();
        decision = parse(engine, key);
    }

    static DecisionTable of(String key) {
        return new DecisionTable(key);
    }

    Evaluation evaluate(VariableMap variables) {
        lastEvaluation = null;

        DmnDecisionResultEntries result =
                engine.evaluateDecision(decision, variables).getSingleResult();

        List<DmnEvaluatedDecisionRule> matched = lastEvaluation.getMatchingRules();
        if (matched.isEmpty()) {
            throw new AssertionError("No rule of " + decision.getKey() + " matched " + variables);
        }
        return new Evaluation(matched.get(0).getId(), result.getEntryMap());
    }

    private static DmnDecision parse(DmnEngine engine, String key) {
        try (InputStream file = DecisionTable.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
            if (file == null) {
                throw new IllegalStateException("No dmn/" + key + ".dmn on the classpath");
            }
            return engine.parseDecision(key, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule that decided and the outputs it gave. */
    record Evaluation(String ruleId, Map<String, Object> outputs) {

        Object output(String name) {
            return outputs.get(name);
        }
    }
}
