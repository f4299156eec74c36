package local.servicedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import local.servicedesk.Http;
import local.servicedesk.RunningDesk;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who sees and works a task through Camunda's REST API, as Tasklist does: a seat-business task with a Camunda
 * form, checked for a business seat and for a second-line engineer.
 */
class TaskVisibilityTest extends RunningDesk {

    private static final String SEAT = "seat-biz1";
    private static final String ENGINEER = "eng-erp";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    private final Http http = new Http();
    private final ObjectMapper json = new ObjectMapper();
    private String taskId;

    @BeforeEach
    void startVisibilityTest() {
        repositoryService
                .createDeployment()
                .name("visibility-test")
                .enableDuplicateFiltering(false)
                .addClasspathResource("visibility-test.bpmn")
                .addClasspathResource("visibility-test.form")
                .deploy();
        String instanceId = runtimeService
                .startProcessInstanceByKey("visibility-test", Map.of("ticketNo", "2026120400017"))
                .getId();
        taskId = taskService
                .createTaskQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getId();
    }

    @Test
    void refusesEngineRestWithoutCredentials() {
        HttpResponse<String> response =
                http.send(Http.request(engineRest("/task")).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void refusesEngineRestWithWrongPassword() {
        HttpResponse<String> response = http.get(engineRest("/task"), "seat-biz5", "wrong");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void showsTaskToItsCandidateGroup() throws Exception {
        HttpResponse<String> response = http.get(engineRest("/task?taskId=" + taskId), SEAT, "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).hasSize(1);
    }

    @Test
    void hidesTaskFromOtherGroups() throws Exception {
        HttpResponse<String> response = http.get(engineRest("/task?taskId=" + taskId), ENGINEER, "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).isEmpty();
    }

    @Test
    void givesCandidateTheFormAndVariables() throws Exception {
        HttpResponse<String> form = http.get(engineRest("/task/" + taskId + "/deployed-form"), SEAT, "demo");
        HttpResponse<String> variables = http.get(engineRest("/task/" + taskId + "/form-variables"), SEAT, "demo");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(json.readTree(form.body()).path("id").asText()).isEqualTo("visibility-test");
        assertThat(variables.statusCode()).isEqualTo(200);
        assertThat(json.readTree(variables.body())
                        .path("ticketNo")
                        .path("value")
                        .asText())
                .isEqualTo("2026120400017");
    }

    @Test
    void refusesFormAndVariablesToOtherGroups() {
        HttpResponse<String> form = http.get(engineRest("/task/" + taskId + "/deployed-form"), ENGINEER, "demo");
        HttpResponse<String> variables = http.get(engineRest("/task/" + taskId + "/variables"), ENGINEER, "demo");

        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(variables.statusCode()).isEqualTo(403);
    }

    @Test
    void letsCandidateCompleteTheTask() {
        HttpResponse<String> response = http.send(complete(SEAT));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void refusesCompletionByOtherGroups() {
        HttpResponse<String> response = http.send(complete(ENGINEER));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    private HttpRequest.Builder complete(String user) {
        String body = "{\"variables\": {\"resolution\": {\"value\": \"已处理\", \"type\": \"String\"}}}";
        return Http.request(engineRest("/task/" + taskId + "/complete"))
                .header("Authorization", Http.basic(user, "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
