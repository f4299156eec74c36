package local.servicedesk.duty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The duty roster over HTTP, kept in the database, on H2 and on PostgreSQL. */
@DeskIntegrationTest
class DutyApiIT {

    @LocalServerPort
    int port;

    @Test
    void namesTheOfficersOnDutyAndTheEmergencySeatAtNight() {
        JsonNode answer =
                get("/api/duty?at=2026-12-05T22:00:00%2B08:00", "seat-biz1").getBody();

        assertThat(answer.path("workingTime").asBoolean()).isFalse();
        assertThat(answer.path("emergencySeat").asText()).isEqualTo("duty-b-info");
        assertThat(answer.path("duty").path("teamName").asText()).isEqualTo("乙班");
        assertThat(answer.path("duty").path("communication").asText()).isEqualTo("duty-b-comm");
        assertThat(answer.path("duty").path("from").asText()).isEqualTo("2026-12-05T20:00:00+08:00");
        assertThat(answer.path("duty").path("to").asText()).isEqualTo("2026-12-06T08:00:00+08:00");
    }

    @Test
    void showsTheWeekFromMondayToSunday() {
        JsonNode week = get("/api/duty/week?date=2026-12-04", "duty-a-info").getBody();

        assertThat(week.path("from").asText()).isEqualTo("2026-11-30");
        assertThat(week.path("to").asText()).isEqualTo("2026-12-06");
        assertThat(week.path("shifts").size()).isEqualTo(14);
        assertThat(week.path("shifts").get(0).path("team").asText()).isEqualTo("B");
        assertThat(week.path("shifts").get(1).path("team").asText()).isEqualTo("A");
    }

    @Test
    void refusesAnUnreadableInstant() {
        ResponseEntity<JsonNode> answer = get("/api/duty?at=tonight", "seat-biz1");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().path("parameter").asText()).isEqualTo("at");
    }

    @Test
    void anAdminReplacesTheRosterAndItAnswersAtOnce() {
        JsonNode current = get("/api/duty/roster", "seat-biz1").getBody().path("roster");
        String swapped = current.toString().replace("\"duty-a-comm\"", "\"duty-x-comm\"");

        ResponseEntity<JsonNode> put = put(swapped, "admin", "admin");
        JsonNode answer =
                get("/api/duty?at=2026-01-01T10:00:00%2B08:00", "seat-biz1").getBody();
        put(current.toString(), "admin", "admin");

        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(put.getBody().path("origin").asText()).isEqualTo("DATABASE");
        assertThat(answer.path("duty").path("communication").asText()).isEqualTo("duty-x-comm");
    }

    @Test
    void refusesARosterFromAnyoneButAnAdminOrWithAnUnknownTeam() {
        JsonNode current = get("/api/duty/roster", "seat-biz1").getBody().path("roster");
        String broken = current.toString().replace("[\"A\",\"D\"]", "[\"A\",\"E\"]");

        ResponseEntity<JsonNode> bySeat = put(current.toString(), "seat-biz1", "demo");
        ResponseEntity<JsonNode> unknownTeam = put(broken, "admin", "admin");

        assertThat(bySeat.getStatusCode().value()).isEqualTo(403);
        assertThat(unknownTeam.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownTeam.getBody().path("errors").toString()).contains("班组不存在");
    }

    private ResponseEntity<JsonNode> put(String roster, String user, String password) {
        return client(user, password)
                .put()
                .uri("/api/duty/roster")
                .contentType(MediaType.APPLICATION_JSON)
                .body(roster)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String uri, String user) {
        return client(user, "demo")
                .get()
                .uri(URI.create("http://127.0.0.1:" + port + uri))
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
}
