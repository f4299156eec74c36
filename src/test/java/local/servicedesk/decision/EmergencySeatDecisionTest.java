package local.servicedesk.decision;

import static org.assertj.core.api.Assertions.assertThat;

import local.servicedesk.decision.DecisionTable.Evaluation;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmergencySeatDecisionTest {

    private static final DecisionTable TABLE = DecisionTable.of("emergency-seat");

    @ParameterizedTest(name = "urgency [{0}]")
    @CsvSource(
            nullValues = "null",
            value = {"URGENT", "NORMAL", "''", "null", "SOON"})
    void sendsEveryRequestToItsSeatInWorkingTime(String urgency) {
        VariableMap request = request(true, urgency);

        Evaluation result = TABLE.evaluate(request);

        assertThat(result.ruleId()).isEqualTo("rule-working-time");
        assertThat(result.output("handling")).isEqualTo("SEAT");
    }

    @Test
    void sendsUrgentRequestOutOfHoursToTheEmergencySeat() {
        VariableMap request = request(false, "URGENT");

        Evaluation result = TABLE.evaluate(request);

        assertThat(result.ruleId()).isEqualTo("rule-out-of-hours-urgent");
        assertThat(result.output("handling")).isEqualTo("EMERGENCY");
    }

    @Test
    void defersNormalRequestOutOfHours() {
        VariableMap request = request(false, "NORMAL");

        Evaluation result = TABLE.evaluate(request);

        assertThat(result.ruleId()).isEqualTo("rule-out-of-hours-normal");
        assertThat(result.output("handling")).isEqualTo("DEFER");
    }

    @ParameterizedTest(name = "urgency [{0}]")
    @CsvSource(
            nullValues = "null",
            value = {"''", "null", "SOON", "urgent"})
    void sendsBlankOrUnknownUrgencyOutOfHoursToTheEmergencySeat(String urgency) {
        VariableMap request = request(false, urgency);

        Evaluation result = TABLE.evaluate(request);

        assertThat(result.ruleId()).isEqualTo("rule-unknown-urgency");
        assertThat(result.output("handling")).isEqualTo("EMERGENCY");
    }

    @Test
    void queuesNormalRequestAtItsSeatWhenWorkingTimeIsUnknown() {
        VariableMap request = request(null, "NORMAL");

        Evaluation result = TABLE.evaluate(request);

        assertThat(result.ruleId()).isEqualTo("rule-unknown-time-normal");
        assertThat(result.output("handling")).isEqualTo("SEAT");
    }

    @ParameterizedTest(name = "urgency [{0}]")
    @CsvSource(
            nullValues = "null",
            value = {"URGENT", "''", "null", "SOON"})
    void sendsAnyOtherRequestToTheEmergencySeatWhenWorkingTimeIsUnknown(String urgency) {
        VariableMap request = request(null, urgency);

        Evaluation result = TABLE.evaluate(request);

        assertThat(result.ruleId()).isEqualTo("rule-unknown-urgency");
        assertThat(result.output("handling")).isEqualTo("EMERGENCY");
    }

    @Test
    void treatsAbsentWorkingTimeLikeUnknown() {
        VariableMap request = Variables.createVariables().putValue("urgency", "URGENT");

        Evaluation result = TABLE.evaluate(request);

        assertThat(result.output("handling")).isEqualTo("EMERGENCY");
    }

    private static VariableMap request(Boolean workingTime, String urgency) {
        return Variables.createVariables().putValue("workingTime", workingTime).putValue("urgency", urgency);
    }
}
