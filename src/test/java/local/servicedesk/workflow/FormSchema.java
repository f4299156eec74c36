package local.servicedesk.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A Camunda Form (form-js JSON) read from the classpath, its groups flattened: a field inside a group without a
 * path binds at the top level, just like a field outside any group.
 */
final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    // form-js evaluates FEEL with feelin; for plain comparisons like ours the engine's FEEL gives the same answer
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private final JsonNode root;

    private final List<JsonNode> components = new ArrayList<>();

    private FormSchema(JsonNode root) {
        this.root = root;
        collect(root.path("components"));
    }

    static FormSchema load(String formId) {
        String resource = "forms/" + formId + ".form";
        try (InputStream in = FormSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No form on the classpath at " + resource);
            }
            return new FormSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String id() {
        return root.path("id").asText();
    }

    String type() {
        return root.path("type").asText();
    }

    int schemaVersion() {
        return root.path("schemaVersion").asInt(-1);
    }

    List<JsonNode> components() {
        return components;
    }

    List<String> keys() {
        return components.stream()
                .filter(c -> c.hasNonNull("key"))
                .map(c -> c.get("key").asText())
                .toList();
    }

    JsonNode field(String key) {
        return components.stream()
                .filter(c -> key.equals(c.path("key").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Form " + id() + " has no field with key " + key));
    }

    static boolean isRequired(JsonNode field) {
        return field.path("validate").path("required").asBoolean(false);
    }

    /** Disabled fields are left out of what form-js submits; read-only ones are submitted unchanged. */
    static boolean isShownOnly(JsonNode field) {
        return field.path("disabled").asBoolean(false) || field.path("readonly").asBoolean(false);
    }

    /** The option values as form-js submits them: strings, booleans or numbers. */
    static List<Object> values(JsonNode field) {
        return options(field).keySet().stream().toList();
    }

    static Map<Object, String> options(JsonNode field) {
        Map<Object, String> options = new LinkedHashMap<>();
        for (JsonNode option : field.path("values")) {
            options.put(scalar(option.path("value")), option.path("label").asText());
        }
        return options;
    }

    static String hideCondition(JsonNode component) {
        JsonNode hide = component.path("conditional").path("hide");
        return hide.isTextual() ? hide.asText() : null;
    }

    /** Whether form-js hides the component (and so neither validates nor submits it) with the given form data. */
    static boolean isHidden(JsonNode component, Map<String, Object> data) {
        String condition = hideCondition(component);
        if (condition == null) {
            return false;
        }

        VariableMap variables = Variables.createVariables();
        data.forEach(variables::putValue);
        Object hidden = FEEL.evaluateSimpleExpression(condition.substring(1), variables.asVariableContext());
        return Boolean.TRUE.equals(hidden);
    }

    private void collect(JsonNode children) {
        for (JsonNode component : children) {
            components.add(component);
            collect(component.path("components"));
        }
    }

    private static Object scalar(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.intValue();
        }
        return value.isNumber() ? value.decimalValue() : value.asText();
    }
}
