package local.servicedesk.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** {@code POST /api/calls} from the CTI, and tickets that seats log for a call, through the API and the start form. */
@DeskIntegrationTest
class CallApiIT {

    private static final AtomicInteger calls = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TestDesk desk;

    @Test
    void recordsAnAnsweredCallWithTheCategoryOfItsIvrChoiceAndItsWait() {
        Map<String, Object> call = answeredCall(nextCallId(), 12);

        ResponseEntity<JsonNode> response = postCall("cti", "cti", call);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode stored = response.getBody();
        assertThat(stored.path("category").asText()).isEqualTo("DESKTOP");
        assertThat(stored.path("answered").asBoolean()).isTrue();
        assertThat(stored.path("waitSeconds").asLong()).isEqualTo(12);
        assertThat(stored.path("answeredInTarget").asBoolean()).isTrue();
        assertThat(stored.path("queuedAt").asText()).isEqualTo("2026-12-04T09:15:00+08:00");
        assertThat(stored.path("recordedBy").asText()).isEqualTo("cti");
    }

    @Test
    void keepsAnUnansweredCallWithHowLongTheCallerWaited() {
        String callId = nextCallId();
        Map<String, Object> call = answeredCall(callId, 0);
        call.remove("answeredAt");
        call.remove("agent");
        call.put("endedAt", "2026-12-04T01:15:45Z");

        ResponseEntity<JsonNode> response = postCall("cti", "cti", call);
        JsonNode stored = getCall(callId).getBody();

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(stored.path("answered").asBoolean()).isFalse();
        assertThat(stored.path("answeredAt").isNull()).isTrue();
        assertThat(stored.path("waitSeconds").asLong()).isEqualTo(45);
        assertThat(stored.path("answeredInTarget").asBoolean()).isFalse();
        assertThat(stored.path("endedAt").asText()).isEqualTo("2026-12-04T09:15:45+08:00");
    }

    @Test
    void doesNotCountACallAnsweredAfterTwentySecondsAsInTarget() {
        ResponseEntity<JsonNode> inTime = postCall("cti", "cti", answeredCall(nextCallId(), 20));

        ResponseEntity<JsonNode> late = postCall("cti", "cti", answeredCall(nextCallId(), 21));

        assertThat(inTime.getBody().path("answeredInTarget").asBoolean()).isTrue();
        assertThat(late.getBody().path("answeredInTarget").asBoolean()).isFalse();
        assertThat(late.getBody().path("waitSeconds").asLong()).isEqualTo(21);
    }

    @Test
    void theSameCallIdTwiceChangesNothing() {
        String callId = nextCallId();
        ResponseEntity<JsonNode> first = postCall("cti", "cti", answeredCall(callId, 8));
        Map<String, Object> changed = answeredCall(callId, 30);
        changed.put("agent", "seat-biz2");

        ResponseEntity<JsonNode> second = postCall("cti", "cti", changed);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(getCall(callId).getBody().path("agent").asText()).isEqualTo("seat-desk1");
    }

    @Test
    void namesEveryBadFieldOfACallRecordInA400Problem() {
        Map<String, Object> call = answeredCall(nextCallId(), 10);
        call.put("queuedAt", "2026-12-04T09:15:00");
        call.put("ivrChoice", "42");
        call.put("callerNumber", "转人工");
        call.remove("agent");

        ResponseEntity<JsonNode> response = postCall("cti", "cti", call);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(response.getBody()))
                .containsExactlyInAnyOrder("queuedAt", "ivrChoice", "callerNumber", "agent");
        assertThat(response.getBody().path("errors").get(0).path("message").asText())
                .containsPattern("\\p{IsHan}");
    }

    @Test
    void refusesACallThatEndsBeforeItWasAnswered() {
        Map<String, Object> call = answeredCall(nextCallId(), 10);
        call.put("endedAt", "2026-12-04T09:15:05+08:00");

        ResponseEntity<JsonNode> response = postCall("cti", "cti", call);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response.getBody())).containsExactly("endedAt");
    }

    @Test
    void letsTheCtiAndSeatsPostCallsButNobodyElse() {
        ResponseEntity<JsonNode> seat = postCall("seat-desk1", "demo", answeredCall(nextCallId(), 5));
        ResponseEntity<JsonNode> engineer = postCall("eng-erp", "demo", answeredCall(nextCallId(), 5));
        ResponseEntity<JsonNode> stranger = postCall("nobody", "cti", answeredCall(nextCallId(), 5));

        assertThat(seat.getStatusCode().value()).isEqualTo(201);
        assertThat(engineer.getStatusCode().value()).isEqualTo(403);
        assertThat(stranger.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void linksATicketThatASeatLogsForAnAnsweredCall() {
        String callId = nextCallId();
        postCall("cti", "cti", answeredCall(callId, 6));
        Map<String, Object> ticket = phoneTicket();
        ticket.put("callId", callId);

        ResponseEntity<JsonNode> created = post("/api/tickets", "seat-desk1", "demo", ticket);
        String ticketNo = created.getBody().path("ticketNo").asText();

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(getCall(callId).getBody().path("ticketNos").get(0).asText()).isEqualTo(ticketNo);
        assertThat(client("seat-desk1", "demo")
                        .get()
                        .uri("/api/tickets/{no}", ticketNo)
                        .retrieve()
                        .body(JsonNode.class)
                        .path("timeline")
                        .toString())
                .contains("关联来电 " + callId);
    }

    @Test
    void refusesToLinkATicketToAnUnknownOrUnansweredCall() {
        String unanswered = nextCallId();
        Map<String, Object> call = answeredCall(unanswered, 0);
        call.remove("answeredAt");
        call.remove("agent");
        postCall("cti", "cti", call);
        Map<String, Object> ticket = phoneTicket();

        ticket.put("callId", "no-such-call");
        ResponseEntity<JsonNode> unknown = post("/api/tickets", "seat-desk1", "demo", ticket);
        ticket.put("callId", unanswered);
        ResponseEntity<JsonNode> notAnswered = post("/api/tickets", "seat-desk1", "demo", ticket);

        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(unknown.getBody())).containsExactly("callId");
        assertThat(notAnswered.getStatusCode().value()).isEqualTo(400);
        assertThat(notAnswered.getBody().path("errors").get(0).path("message").asText())
                .contains("未接通");
    }

    @Test
    void refusesACallIdOnATicketOfAnotherChannel() {
        String callId = nextCallId();
        postCall("cti", "cti", answeredCall(callId, 6));
        Map<String, Object> ticket = phoneTicket();
        ticket.put("channel", "EMAIL");
        ticket.put("callId", callId);

        ResponseEntity<JsonNode> response = post("/api/tickets", "seat-desk1", "demo", ticket);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response.getBody())).containsExactly("callId");
    }

    @Test
    void linksATicketLoggedThroughTasklistsStartForm() {
        String callId = nextCallId();
        postCall("cti", "cti", answeredCall(callId, 6));
        Map<String, Object> variables = new HashMap<>();
        phoneTicket().forEach((name, value) -> {
            if (!(value instanceof Map)) {
                variables.put(name, Map.of("value", value));
            }
        });
        variables.put("customerName", Map.of("value", "欧阳娜"));
        variables.put("customerPhone", Map.of("value", "0731-84112233"));
        variables.put("callId", Map.of("value", callId));

        ResponseEntity<JsonNode> started = post(
                desk.engineRestPath() + "/process-definition/key/ticket/submit-form",
                "seat-desk1",
                "demo",
                Map.of("variables", variables));

        assertThat(started.getStatusCode().value()).as(started.toString()).isEqualTo(200);
        JsonNode linked = getCall(callId).getBody().path("ticketNos");
        assertThat(linked.size()).isEqualTo(1);
        assertThat(linked.get(0).asText()).matches("\\d{13}");
    }

    private static String nextCallId() {
        return "CTI-20261204-" + calls.incrementAndGet() + "-" + System.nanoTime();
    }

    /** A call to the desktop menu choice, queued at 09:15:00 Beijing time and answered after the given wait. */
    private static Map<String, Object> answeredCall(String callId, int waitSeconds) {
        Map<String, Object> call = new HashMap<>();
        call.put("callId", callId);
        call.put("callerNumber", "0731-84112233");
        call.put("ivrChoice", "7");
        call.put("queuedAt", "2026-12-04T09:15:00+08:00");
        call.put("answeredAt", "2026-12-04T09:15:%02d+08:00".formatted(waitSeconds));
        call.put("endedAt", "2026-12-04T09:22:10+08:00");
        call.put("agent", "seat-desk1");
        return call;
    }

    private static Map<String, Object> phoneTicket() {
        Map<String, Object> ticket = new HashMap<>();
        ticket.put("channel", "PHONE");
        ticket.put("company", "hq");
        ticket.put("category", "DESKTOP");
        ticket.put("type", "FAULT");
        ticket.put("impact", "LOW");
        ticket.put("urgency", "NORMAL");
        ticket.put("subject", "办公电脑开机蓝屏");
        ticket.put("customer", Map.of("name", "欧阳娜", "phone", "0731-84112233"));
        return ticket;
    }

    private ResponseEntity<JsonNode> postCall(String user, String password, Map<String, Object> call) {
        return post("/api/calls", user, password, call);
    }

    private ResponseEntity<JsonNode> getCall(String callId) {
        return client("cti", "cti")
                .get()
                .uri("/api/calls/{id}", callId)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String user, String password, Object body) {
        return client(user, password)
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(JsonNode.class);
    }

    private RestClient client(String user, String password) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, password))
                .build();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
