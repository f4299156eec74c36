package local.servicedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** {@code POST /api/tickets} and {@code GET /api/tickets/{no}} as a client sees them, bad input included. */
@DeskIntegrationTest
class IntakeApiIT {

    @LocalServerPort
    int port;

    @Test
    void createsATicketWithAThirteenDigitNumberAndItsRouting() {
        ResponseEntity<JsonNode> response = post(validTicket(), null);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode ticket = response.getBody();
        assertThat(ticket.path("ticketNo").asText()).matches("\\d{13}");
        assertThat(ticket.path("priority").asText()).isEqualTo("P3");
        assertThat(ticket.path("seatGroup").asText()).isEqualTo("remote-seat-changsha");
        assertThat(ticket.path("status").asText()).isIn("FIRST_LINE", "DEFERRED");
        assertThat(response.getHeaders().getLocation())
                .hasPath("/api/tickets/" + ticket.path("ticketNo").asText());
    }

    @Test
    void readsTheTicketBackWithItsChineseTextAndTimeline() {
        String ticketNo = post(validTicket(), null).getBody().path("ticketNo").asText();

        JsonNode ticket =
                client().get().uri("/api/tickets/{no}", ticketNo).retrieve().body(JsonNode.class);

        assertThat(ticket.path("subject").asText()).isEqualTo("营业厅电脑无法连接打印机");
        assertThat(ticket.path("customer").path("name").asText()).isEqualTo("欧阳娜");
        assertThat(ticket.path("timeline").size()).isGreaterThanOrEqualTo(2);
        assertThat(ticket.path("timeline").get(0).path("message").asText()).contains("电话");
        assertThat(ticket.path("createdAt").asText()).endsWith("+08:00");
    }

    @Test
    void theSameIdempotencyKeyTwiceGivesOneTicket() {
        Map<String, Object> ticket = validTicket();
        ticket.put("customer", Map.of("name", "欧阳娜", "email", "once@changsha.servicedesk.local"));
        ResponseEntity<JsonNode> first = post(ticket, "cti-call-20261204-0001");

        ResponseEntity<JsonNode> second = post(ticket, "cti-call-20261204-0001");

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getBody().path("ticketNo").asText())
                .isEqualTo(first.getBody().path("ticketNo").asText());
        assertThat(ticketsOf("once@changsha.servicedesk.local")).hasSize(1);
    }

    @Test
    void anIdempotencyKeyBelongsToTheClientThatSentIt() {
        Map<String, Object> ticket = validTicket();
        ticket.put("customer", Map.of("name", "欧阳娜", "email", "twice@changsha.servicedesk.local"));

        String first = post(ticket, "shared-key-1").getBody().path("ticketNo").asText();
        ResponseEntity<JsonNode> other = post(ticket, "shared-key-1", "seat-biz2");

        assertThat(other.getStatusCode().value()).isEqualTo(201);
        assertThat(other.getBody().path("ticketNo").asText()).isNotEqualTo(first);
    }

    @Test
    void refusesTheSameIdempotencyKeyWithADifferentRequest() {
        post(validTicket(), "portal-form-77");
        Map<String, Object> other = validTicket();
        other.put("subject", "另一个问题");

        ResponseEntity<JsonNode> response = post(other, "portal-form-77");

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().path("detail").asText()).contains("portal-form-77");
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "channel, FAX",
                "channel, NULL",
                "company, beijing",
                "company, ''",
                "category, PRINTER",
                "type, NULL",
                "impact, SEVERE",
                "urgency, ASAP",
                "subject, NULL",
                "subject, '   '"
            })
    void namesTheBadFieldInA400Problem(String field, String value) {
        Map<String, Object> ticket = validTicket();
        ticket.put(field, value);

        ResponseEntity<JsonNode> response = post(ticket, null);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(response.getBody())).containsExactly(field);
    }

    @Test
    void namesEveryBadFieldOfTheCustomer() {
        Map<String, Object> ticket = validTicket();
        ticket.put("customer", Map.of("name", "", "email", "not-an-address"));

        ResponseEntity<JsonNode> response = post(ticket, null);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response.getBody())).containsExactlyInAnyOrder("customer.name", "customer.email");
    }

    @Test
    void refusesABodyThatIsNotJson() {
        ResponseEntity<JsonNode> response = client().post()
                .uri("/api/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"subject\": ")
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().path("title").asText()).isEqualTo("请求内容无法解析");
    }

    @Test
    void refusesAnOversizedBodyWith413() {
        Map<String, Object> ticket = validTicket();
        ticket.put("description", "长".repeat(1_100_000));

        ResponseEntity<JsonNode> response = post(ticket, null);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getBody().path("title").asText()).isEqualTo("请求内容过大");
    }

    @Test
    void answersAWrongContentTypeInChinese() {
        ResponseEntity<JsonNode> response = client().post()
                .uri("/api/tickets")
                .contentType(MediaType.TEXT_PLAIN)
                .body("报修")
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(415);
        assertThat(response.getBody().path("title").asText()).isEqualTo("不支持的内容类型");
    }

    @Test
    void answersAnUnknownTicketWith404() {
        ResponseEntity<JsonNode> response = client().get()
                .uri("/api/tickets/2026010100001")
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void refusesACallerWithoutCredentials() {
        ResponseEntity<String> response = RestClient.create("http://127.0.0.1:" + port)
                .post()
                .uri("/api/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .body(validTicket())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    private List<JsonNode> ticketsOf(String email) {
        JsonNode page = client().get()
                .uri("/api/tickets?customerEmail={email}&size=100", email)
                .retrieve()
                .body(JsonNode.class);
        List<JsonNode> items = new java.util.ArrayList<>();
        page.path("items").forEach(items::add);
        return items;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new java.util.ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private ResponseEntity<JsonNode> post(Map<String, Object> body, String idempotencyKey) {
        return post(body, idempotencyKey, "seat-biz1");
    }

    private ResponseEntity<JsonNode> post(Map<String, Object> body, String idempotencyKey, String user) {
        return client(user)
                .post()
                .uri("/api/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (idempotencyKey != null) {
                        headers.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .body(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(JsonNode.class);
    }

    private RestClient client() {
        return client("seat-biz1");
    }

    private RestClient client(String user) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, "demo"))
                .build();
    }

    private static Map<String, Object> validTicket() {
        Map<String, Object> ticket = new HashMap<>();
        ticket.put("channel", "PHONE");
        ticket.put("company", "changsha");
        ticket.put("category", "DESKTOP");
        ticket.put("type", "FAULT");
        ticket.put("impact", "MEDIUM");
        ticket.put("urgency", "NORMAL");
        ticket.put("subject", "营业厅电脑无法连接打印机");
        ticket.put("description", "芙蓉营业厅 2 号窗口电脑打印时提示脱机");
        ticket.put(
                "customer",
                Map.of("name", "欧阳娜", "phone", "0731-84112233", "email", "ouyangna@changsha.servicedesk.local"));
        return ticket;
    }
}
