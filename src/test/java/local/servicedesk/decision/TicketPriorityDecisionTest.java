package local.servicedesk.decision;

import static org.assertj.core.api.Assertions.assertThat;

import local.servicedesk.decision.DecisionTable.Evaluation;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketPriorityDecisionTest {

    private static final int WORKING_DAY = 540;

    private static final DecisionTable TABLE = DecisionTable.of("ticket-priority");

    @ParameterizedTest(name = "{0} impact, {1} urgency: {3}")
    @CsvSource({
        "HIGH,   URGENT, rule-high-urgent,   P1, true,  15,  240",
        "HIGH,   NORMAL, rule-high-normal,   P2, false, 30,  480",
        "MEDIUM, URGENT, rule-medium-urgent, P2, false, 30,  480",
        "MEDIUM, NORMAL, rule-medium-normal, P3, false, 60,  1080",
        "LOW,    URGENT, rule-low-urgent,    P3, false, 60,  1080",
        "LOW,    NORMAL, rule-low-normal,    P4, false, 120, 2700",
    })
    void setsPriorityAndTargetsByImpactAndUrgency(
            String impact,
            String urgency,
            String rule,
            String priority,
            boolean major,
            int responseMinutes,
            int resolutionMinutes) {
        VariableMap ticket = ticket(impact, urgency);

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo(rule);
        assertThat(result.output("priority")).isEqualTo(priority);
        assertThat(result.output("major")).isEqualTo(major);
        assertThat(result.output("responseMinutes")).isEqualTo(responseMinutes);
        assertThat(result.output("resolutionMinutes")).isEqualTo(resolutionMinutes);
    }

    @Test
    void declaresOnlyHighImpactUrgentTicketsAMajorIncident() {
        VariableMap major = ticket("HIGH", "URGENT");
        VariableMap notMajor = ticket("MEDIUM", "URGENT");

        Evaluation p1 = TABLE.evaluate(major);
        Evaluation p2 = TABLE.evaluate(notMajor);

        assertThat(p1.output("major")).isEqualTo(true);
        assertThat(p2.output("major")).isEqualTo(false);
    }

    @Test
    void givesWorkingTimeTargetsInWholeWorkingDays() {
        VariableMap p3 = ticket("MEDIUM", "NORMAL");
        VariableMap p4 = ticket("LOW", "NORMAL");

        Evaluation third = TABLE.evaluate(p3);
        Evaluation fourth = TABLE.evaluate(p4);

        assertThat((Integer) third.output("resolutionMinutes") % WORKING_DAY).isZero();
        assertThat((Integer) fourth.output("resolutionMinutes") % WORKING_DAY).isZero();
    }

    @ParameterizedTest(name = "impact [{0}], urgency [{1}]")
    @CsvSource(
            nullValues = "null",
            value = {
                "'',       URGENT",
                "HIGH,     ''",
                "null,     NORMAL",
                "LOW,      null",
                "null,     null",
                "CRITICAL, URGENT",
                "high,     urgent",
                "MEDIUM,   SOON",
            })
    void handlesBlankOrUnknownInputAsP2WithoutMajorIncident(String impact, String urgency) {
        VariableMap ticket = ticket(impact, urgency);

        Evaluation result = TABLE.evaluate(ticket);

        assertThat(result.ruleId()).isEqualTo("rule-unknown-input");
        assertThat(result.output("priority")).isEqualTo("P2");
        assertThat(result.output("major")).isEqualTo(false);
        assertThat(result.output("responseMinutes")).isEqualTo(30);
        assertThat(result.output("resolutionMinutes")).isEqualTo(480);
    }

    @Test
    void handlesAbsentVariablesLikeBlankOnes() {
        VariableMap nothing = Variables.createVariables();

        Evaluation result = TABLE.evaluate(nothing);

        assertThat(result.ruleId()).isEqualTo("rule-unknown-input");
        assertThat(result.output("priority")).isEqualTo("P2");
    }

    private static VariableMap ticket(String impact, String urgency) {
        return Variables.createVariables().putValue("impact", impact).putValue("urgency", urgency);
    }
}
