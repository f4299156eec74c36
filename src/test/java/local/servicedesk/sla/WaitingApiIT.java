package local.servicedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Waiting for the customer over HTTP, and the service levels on the ticket, on H2 and on PostgreSQL. */
@DeskIntegrationTest
class WaitingApiIT {

    @LocalServerPort
    int port;

    @Test
    void showsTheServiceLevelsOnTheTicket() {
        String ticketNo = open("URGENT");

        JsonNode sla = ticket(ticketNo).path("sla");

        assertThat(sla.path("clock").asText()).isEqualTo("WALL");
        assertThat(sla.path("responseMinutes").asInt()).isEqualTo(30);
        assertThat(sla.path("responseDueAt").asText()).endsWith("+08:00");
        assertThat(sla.path("resolutionDueAt").asText()).endsWith("+08:00");
        assertThat(sla.path("breached").asBoolean()).isFalse();
    }

    @Test
    void pausesAndResumesTheResolutionClockAndShowsItOnTheTimeline() {
        String ticketNo = open("URGENT");

        ResponseEntity<JsonNode> waiting = post("/api/tickets/" + ticketNo + "/waiting", Map.of("reason", "等待用户回电"));
        ResponseEntity<JsonNode> resumed = post("/api/tickets/" + ticketNo + "/resumed", Map.of());
        JsonNode ticket = ticket(ticketNo);

        assertThat(waiting.getStatusCode().value()).isEqualTo(200);
        assertThat(waiting.getBody().path("sla").path("waiting").asBoolean()).isTrue();
        assertThat(resumed.getBody().path("sla").path("waiting").asBoolean()).isFalse();
        assertThat(ticket.path("timeline").toString()).contains("暂停计时：等待用户回电", "恢复计时");
    }

    @Test
    void refusesToWaitForAClosedOrUnknownTicket() {
        ResponseEntity<JsonNode> unknown = post("/api/tickets/2026010100000/waiting", Map.of());

        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    private String open(String urgency) {
        Map<String, Object> ticket = Map.of(
                "channel", "PHONE",
                "company", "hq",
                "category", "ERP",
                "type", "FAULT",
                "impact", "MEDIUM",
                "urgency", urgency,
                "subject", "ERP 报销单无法提交",
                "customer", Map.of("name", "刘洋", "phone", "0731-85550000"));
        return post("/api/tickets", ticket).getBody().path("ticketNo").asText();
    }

    private JsonNode ticket(String ticketNo) {
        return client().get().uri("/api/tickets/{no}", ticketNo).retrieve().body(JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String uri, Map<String, Object> body) {
        return client().post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(JsonNode.class);
    }

    private RestClient client() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("seat-biz1", "demo"))
                .build();
    }
}
