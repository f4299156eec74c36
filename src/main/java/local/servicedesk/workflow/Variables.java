package local.servicedesk.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables. Forms and REST clients send what they like (a number as text, a boolean as
 * "true"), so reads are tolerant of the representation and strict about the meaning.
 */
final class Variables {

    private Variables() {}

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static Boolean bool(VariableScope scope, String name) {
        return asBoolean(scope.getVariable(name));
    }

    /** The boolean, or null when the value is missing or is not a boolean in any representation. */
    static Boolean asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.valueOf(s);
        }
        return null;
    }

    /** The whole number, or null when the value is missing or is not a whole number. */
    static Integer asInteger(Object value) {
        if (value instanceof Number n
                && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) < Integer.MAX_VALUE) {
            return n.intValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(s.strip());
        }
        return null;
    }

    static String asText(Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }
}
