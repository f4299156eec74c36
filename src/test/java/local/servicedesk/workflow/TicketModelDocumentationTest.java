package local.servicedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * What an admin reads in Cockpit about a ticket: every step of {@code ticket.bpmn}, and so every place where an
 * instance can wait or stop (user tasks, timers, asynchronous mail, gateways), has a Chinese name and says what it
 * does.
 */
class TicketModelDocumentationTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final BpmnModelInstance model = load();

    @Test
    void namesTheProcessInChinese() {
        Process process = model.getModelElementById("ticket");

        assertThat(process.getName()).containsPattern(HAN);
    }

    @Test
    void namesEveryStepInChinese() {
        for (FlowNode node : flowNodes()) {
            assertThat(node.getName()).as(node.getId()).isNotBlank().containsPattern(HAN);
        }
    }

    @Test
    void documentsEveryStepInChinese() {
        for (FlowNode node : flowNodes()) {
            assertThat(documentation(node)).as(node.getId()).containsPattern(HAN);
        }
    }

    private Collection<FlowNode> flowNodes() {
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        assertThat(nodes).hasSizeGreaterThan(20);
        return nodes;
    }

    private static String documentation(BaseElement element) {
        return element.getDocumentations().stream()
                .map(Documentation::getTextContent)
                .reduce("", String::concat)
                .strip();
    }

    private static BpmnModelInstance load() {
        InputStream in = TicketModelDocumentationTest.class.getClassLoader().getResourceAsStream("bpmn/ticket.bpmn");
        assertThat(in).as("bpmn/ticket.bpmn on the classpath").isNotNull();
        return Bpmn.readModelFromStream(in);
    }
}
