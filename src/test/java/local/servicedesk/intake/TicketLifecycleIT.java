package local.servicedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.support.TestDesk;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A ticket's whole life over HTTP: created by the API, worked through Camunda's REST API by the right people. */
@DeskIntegrationTest
class TicketLifecycleIT {

    /** Wednesday 2 December 2026, 10:00 in Beijing: the seats are working. */
    static final Instant WORKING_TIME = Instant.parse("2026-12-02T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TestDesk desk;

    @BeforeEach
    void duringWorkingTime() {
        ClockUtil.setCurrentTime(Date.from(WORKING_TIME));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void carriesATicketFromTheApiThroughSecondLineAndCallbackToClosure() {
        String ticketNo = create("ERP", "seat-biz1").path("ticketNo").asText();

        String firstLine = taskOf(ticketNo, "seat-biz2", "first-line");
        complete(firstLine, "seat-biz2", Map.of("outcome", "ESCALATE", "resolution", "凭证过账报错 F5 702，需二线排查"));
        String secondLine = eventually(() -> taskOf(ticketNo, "eng-erp", "second-line"));
        complete(secondLine, "eng-erp", Map.of("outcome", "FIXED", "resolution", "补充了记账期间配置，凭证已过账"));
        String callback = taskOf(ticketNo, "seat-biz3", "callback");
        complete(
                callback,
                "seat-biz3",
                Map.of("customerReached", true, "satisfied", true, "satisfaction", 4, "comment", "问题已解决"));

        JsonNode ticket = eventually(() -> closedTicket(ticketNo));
        assertThat(ticket.path("resolvedAt").asText()).isEqualTo("SECOND_LINE");
        assertThat(ticket.path("closure").asText()).isEqualTo("RESOLVED");
        assertThat(ticket.path("subject").asText()).isEqualTo("ERP 凭证无法过账");
        assertThat(ticket.path("handledBy").path("firstLine").asText()).isEqualTo("seat-biz2");
        assertThat(ticket.path("handledBy").path("secondLine").asText()).isEqualTo("eng-erp");
        assertThat(ticket.path("handledBy").path("callback").asText()).isEqualTo("seat-biz3");
        assertThat(statuses(ticket)).contains("NEW", "FIRST_LINE", "SECOND_LINE", "CALLBACK", "CLOSED");
        assertThat(subjects(mailbox("eng-erp@servicedesk.local")))
                .contains("[工单#%s] 二线工单 %s-01：ERP 凭证无法过账".formatted(ticketNo, ticketNo));
        assertThat(eventually(() -> {
                    List<String> subjects = subjects(mailbox("machao@hq.servicedesk.local"));
                    assertThat(subjects).contains("[工单#%s] 已解决：ERP 凭证无法过账".formatted(ticketNo));
                    return subjects;
                }))
                .isNotEmpty();
    }

    @Test
    void onlyAnAdminReadsTheEmbeddedMailServersMailboxes() {
        ResponseEntity<String> response = client("seat-biz1")
                .get()
                .uri("/api/mailbox?address=eng-erp@servicedesk.local")
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aUserOfAnotherGroupNeitherSeesNorCompletesTheTask() {
        String ticketNo = create("ERP", "seat-biz1").path("ticketNo").asText();
        String taskId = taskOf(ticketNo, "seat-biz1", "first-line");

        List<JsonNode> seen = tasks(ticketNo, "eng-network");
        ResponseEntity<String> completion = post(
                desk.engineRestPath() + "/task/" + taskId + "/complete",
                "eng-network",
                Map.of("variables", Map.of("outcome", variable("RESOLVED"), "resolution", variable("越权处理"))));

        assertThat(seen).isEmpty();
        assertThat(completion.getStatusCode().value()).isIn(403, 404);
        assertThat(taskOf(ticketNo, "seat-biz1", "first-line")).isEqualTo(taskId);
    }

    @Test
    void refusesACompletionWithoutAResolutionAndKeepsTheTaskOpen() {
        String ticketNo = create("OA", "seat-biz1").path("ticketNo").asText();
        String taskId = taskOf(ticketNo, "seat-biz1", "first-line");

        ResponseEntity<String> completion = post(
                desk.engineRestPath() + "/task/" + taskId + "/complete",
                "seat-biz1",
                Map.of("variables", Map.of("outcome", variable("RESOLVED"))));

        assertThat(completion.getStatusCode().value()).isEqualTo(400);
        assertThat(completion.getBody()).contains("resolution");
        assertThat(taskOf(ticketNo, "seat-biz1", "first-line")).isEqualTo(taskId);
    }

    @Test
    void aSeatLogsACallThroughTheStartFormAndAnIncompleteFormIsRefused() {
        String path = desk.engineRestPath() + "/process-definition/key/ticket/submit-form";
        Map<String, Object> call = new java.util.HashMap<>(Map.of(
                "channel", variable("PHONE"),
                "company", variable("yiyang"),
                "category", variable("PHONE_REPAIR"),
                "type", variable("FAULT"),
                "impact", variable("LOW"),
                "urgency", variable("NORMAL"),
                "subject", variable("会议室电话无法外拨"),
                "customerName", variable("唐敏"),
                "customerPhone", variable("0737-4220011")));
        Map<String, Object> incomplete = new java.util.HashMap<>(call);
        incomplete.remove("category");

        ResponseEntity<String> refused = post(path, "seat-desk1", Map.of("variables", incomplete));
        ResponseEntity<String> started = post(path, "seat-desk1", Map.of("variables", call));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("category");
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String ticketNo = eventually(() -> {
            JsonNode page = client("seat-desk1")
                    .get()
                    .uri("/api/tickets?size=100")
                    .retrieve()
                    .body(JsonNode.class);
            List<JsonNode> mine = iterable(page.path("items")).stream()
                    .filter(t -> t.path("subject").asText().equals("会议室电话无法外拨"))
                    .toList();
            assertThat(mine).hasSize(1);
            return mine.get(0).path("ticketNo").asText();
        });
        assertThat(taskOf(ticketNo, "seat-desk1", "first-line")).isNotBlank();
    }

    private JsonNode create(String category, String user) {
        Map<String, Object> body = Map.of(
                "channel",
                "PHONE",
                "company",
                "hq",
                "category",
                category,
                "type",
                "FAULT",
                "impact",
                "MEDIUM",
                "urgency",
                "NORMAL",
                "subject",
                "ERP 凭证无法过账",
                "description",
                "月结前凭证过账失败",
                "customer",
                Map.of("name", "马超", "phone", "13807310009", "email", "machao@hq.servicedesk.local"));
        ResponseEntity<JsonNode> response = client(user)
                .post()
                .uri("/api/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response.getBody();
    }

    private String taskOf(String ticketNo, String user, String taskKey) {
        List<JsonNode> found = tasks(ticketNo, user).stream()
                .filter(task -> task.path("taskDefinitionKey").asText().equals(taskKey))
                .toList();
        assertThat(found)
                .as("%s sees task %s of ticket %s", user, taskKey, ticketNo)
                .hasSize(1);
        return found.get(0).path("id").asText();
    }

    private List<JsonNode> tasks(String ticketNo, String user) {
        JsonNode tasks = client(user)
                .get()
                .uri(desk.engineRestPath() + "/task?processInstanceBusinessKey={no}", ticketNo)
                .retrieve()
                .body(JsonNode.class);
        return tasks == null ? List.of() : List.copyOf(iterable(tasks));
    }

    private void complete(String taskId, String user, Map<String, Object> values) {
        Map<String, Object> variables = new java.util.HashMap<>();
        values.forEach((name, value) -> variables.put(name, variable(value)));

        ResponseEntity<String> response =
                post(desk.engineRestPath() + "/task/" + taskId + "/complete", user, Map.of("variables", variables));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    }

    private JsonNode closedTicket(String ticketNo) {
        JsonNode ticket = client("seat-biz1")
                .get()
                .uri("/api/tickets/{no}", ticketNo)
                .retrieve()
                .body(JsonNode.class);
        assertThat(ticket.path("status").asText()).isEqualTo("CLOSED");
        return ticket;
    }

    private ResponseEntity<String> post(String path, String user, Object body) {
        return client(user)
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {})
                .toEntity(String.class);
    }

    private RestClient client(String user) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, "demo"))
                .build();
    }

    private List<JsonNode> mailbox(String address) {
        JsonNode mails = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("admin", "admin"))
                .build()
                .get()
                .uri("/api/mailbox?address={address}", address)
                .retrieve()
                .body(JsonNode.class);
        return iterable(mails);
    }

    private static List<String> subjects(List<JsonNode> mails) {
        return mails.stream().map(mail -> mail.path("subject").asText()).toList();
    }

    private static Map<String, Object> variable(Object value) {
        return Map.of("value", value);
    }

    private static List<String> statuses(JsonNode ticket) {
        return iterable(ticket.path("timeline")).stream()
                .map(entry -> entry.path("status").asText())
                .toList();
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** Waits for what the job executor does after a commit (an asynchronous mail step, say). */
    private static <T> T eventually(Supplier<T> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try {
                return probe.get();
            } catch (AssertionError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
