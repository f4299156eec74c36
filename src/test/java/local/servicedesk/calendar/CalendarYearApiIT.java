package local.servicedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The statutory calendar's years over HTTP, kept in the database, on H2 and on PostgreSQL. */
@DeskIntegrationTest
class CalendarYearApiIT {

    /** A year far enough ahead that no other test asks about it. */
    private static final int YEAR = 2031;

    @LocalServerPort
    int port;

    @Test
    void showsTheShippedYearToEveryone() {
        JsonNode year = client("seat-biz1", "demo")
                .get()
                .uri("/api/calendar/years/2026")
                .retrieve()
                .body(JsonNode.class);

        assertThat(year.path("origin").asText()).isEqualTo("CLASSPATH");
        assertThat(year.path("holidays").size()).isEqualTo(7);
        assertThat(year.path("workdays").get(0).path("date").asText()).isEqualTo("2026-01-04");
    }

    @Test
    void answersAMissingYearWithNotFound() {
        ResponseEntity<JsonNode> answer = get("/api/calendar/years/2029", "seat-biz1");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().path("detail").asText()).contains("周一至周五");
    }

    @Test
    void anAdminAddsAYearThatChangesWorkingTimeAtOnceAndRemovesItAgain() {
        ResponseEntity<JsonNode> put = put(YEAR, "admin", "admin", year());
        JsonNode holidayMorning = get("/api/calendar/working-time?at=2031-01-02T10:00:00%2B08:00", "seat-biz1")
                .getBody();
        JsonNode makeUpSunday = get("/api/calendar/working-time?at=2031-01-05T10:00:00%2B08:00", "seat-biz1")
                .getBody();
        ResponseEntity<Void> deleted = client("admin", "admin")
                .delete()
                .uri("/api/calendar/years/{year}", YEAR)
                .retrieve()
                .toBodilessEntity();
        JsonNode afterwards = get("/api/calendar/working-time?at=2031-01-02T10:00:00%2B08:00", "seat-biz1")
                .getBody();

        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(put.getBody().path("origin").asText()).isEqualTo("DATABASE");
        assertThat(holidayMorning.path("workingTime").asBoolean()).isFalse();
        assertThat(holidayMorning.path("nextWorkingStart").asText()).isEqualTo("2031-01-05T08:30:00+08:00");
        assertThat(makeUpSunday.path("workingTime").asBoolean()).isTrue();
        assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        assertThat(afterwards.path("workingTime").asBoolean()).isTrue();
    }

    @Test
    void refusesAChangeByAnyoneButAnAdmin() {
        ResponseEntity<JsonNode> answer = put(YEAR, "seat-biz1", "demo", year());

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/calendar/years/" + YEAR, "seat-biz1")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void refusesAYearWhoseMakeUpDayIsAWeekdayAndSaysWhy() {
        Map<String, Object> year = Map.of(
                "source", "测试",
                "holidays", List.of(),
                "workdays", List.of(Map.of("name", "调休上班", "date", "2031-01-06")));

        ResponseEntity<JsonNode> answer = put(YEAR, "admin", "admin", year);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().path("errors").get(0).asText()).contains("周六或周日", "2031-01-06");
    }

    /** An arrangement made up for the test: 2031-01-01 to 03 off, Sunday 5 January worked. */
    private static Map<String, Object> year() {
        return Map.of(
                "year",
                YEAR,
                "source",
                "测试用安排",
                "holidays",
                List.of(Map.of("name", "元旦", "from", "2031-01-01", "to", "2031-01-03")),
                "workdays",
                List.of(Map.of("name", "元旦调休上班", "date", "2031-01-05")));
    }

    private ResponseEntity<JsonNode> put(int year, String user, String password, Map<String, Object> body) {
        return client(user, password)
                .put()
                .uri("/api/calendar/years/{year}", year)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
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
