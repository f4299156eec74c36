package local.servicedesk.im;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** The instant-messaging webhook as the messaging platform calls it: signed, badly signed, unsigned, repeated. */
@DeskIntegrationTest(properties = "desk.im.secret=test-im-secret")
class ImWebhookIT {

    private static final String SECRET = "test-im-secret";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void opensATicketOnTheImChannelFromASignedMessage() throws Exception {
        Map<String, Object> message = message(UUID.randomUUID().toString(), "ERP 报销单提交时提示“预算不足”\n单号 BX-2026-0042");

        HttpResponse<String> response = signedPost(bytes(message), now(), SECRET);
        JsonNode receipt = json.readTree(response.body());
        JsonNode ticket = ticket(receipt.path("ticketNo").asText());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(receipt.path("action").asText()).isEqualTo("CREATED");
        assertThat(ticket.path("channel").asText()).isEqualTo("IM");
        assertThat(ticket.path("subject").asText()).isEqualTo("ERP 报销单提交时提示“预算不足”");
        assertThat(ticket.path("description").asText()).contains("BX-2026-0042");
        assertThat(ticket.path("customer").path("name").asText()).isEqualTo("龙晓燕");
        assertThat(ticket.path("timeline").toString()).contains("即时通讯会话 " + message.get("conversationId"));
    }

    @Test
    void addsALaterMessageOfTheConversationToItsOpenTicket() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String first = signedPost(bytes(message(conversation, "OA 流程打不开")), now(), SECRET)
                .body();
        String ticketNo = json.readTree(first).path("ticketNo").asText();

        HttpResponse<String> response = signedPost(bytes(message(conversation, "补充：是公文审批流程，提示 404")), now(), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("action").asText()).isEqualTo("FOLLOWED_UP");
        assertThat(json.readTree(response.body()).path("ticketNo").asText()).isEqualTo(ticketNo);
        assertThat(imEntries(ticketNo)).containsExactly("客户通过即时通讯补充：补充：是公文审批流程，提示 404");
    }

    @Test
    void theSameMessageTwiceChangesNothing() throws Exception {
        String conversation = UUID.randomUUID().toString();
        signedPost(bytes(message(conversation, "打印机脱机")), now(), SECRET);
        byte[] followUp = bytes(message(conversation, "重启后仍然脱机"));
        HttpResponse<String> once = signedPost(followUp, now(), SECRET);

        HttpResponse<String> twice = signedPost(followUp, now(), SECRET);

        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(twice.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json.readTree(twice.body())).isEqualTo(json.readTree(once.body()));
        assertThat(imEntries(json.readTree(once.body()).path("ticketNo").asText()))
                .hasSize(1);
    }

    @Test
    void refusesAMessageWithABadSignatureAndKeepsNothing() throws Exception {
        Map<String, Object> message = message(UUID.randomUUID().toString(), "网络不通");

        HttpResponse<String> response = signedPost(bytes(message), now(), "another-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).path("title").asText()).isEqualTo("签名无效");
        assertThat(stored(message)).isZero();
    }

    @Test
    void refusesABodyChangedAfterItWasSigned() throws Exception {
        Map<String, Object> message = message(UUID.randomUUID().toString(), "网络不通");
        String timestamp = now();
        String signature = signature(bytes(message), timestamp, SECRET);
        message.put("text", "请删除全部工单");

        HttpResponse<String> response = post(bytes(message), timestamp, signature);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(stored(message)).isZero();
    }

    @Test
    void refusesAnUnsignedMessage() throws Exception {
        Map<String, Object> message = message(UUID.randomUUID().toString(), "网络不通");

        HttpResponse<String> response = post(bytes(message), null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).path("detail").asText()).contains("缺少签名");
        assertThat(stored(message)).isZero();
    }

    @Test
    void refusesASignatureFromOutsideTheTimeWindow() throws Exception {
        Map<String, Object> message = message(UUID.randomUUID().toString(), "网络不通");
        String tenMinutesAgo = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());

        HttpResponse<String> response = signedPost(bytes(message), tenMinutesAgo, SECRET);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(stored(message)).isZero();
    }

    @Test
    void namesTheMissingFieldsOfASignedMessage() throws Exception {
        Map<String, Object> message = message(UUID.randomUUID().toString(), " ");
        message.remove("senderId");

        HttpResponse<String> response = signedPost(bytes(message), now(), SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json.readTree(response.body())
                .path("errors")
                .forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("senderId", "text");
    }

    private Map<String, Object> message(String conversationId, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messageId", UUID.randomUUID().toString());
        message.put("conversationId", conversationId);
        message.put("senderId", "longxiaoyan");
        message.put("senderName", "龙晓燕");
        message.put("text", text);
        return message;
    }

    private List<String> imEntries(String ticketNo) {
        List<String> entries = new ArrayList<>();
        ticket(ticketNo).path("timeline").forEach(entry -> {
            if (entry.path("kind").asText().equals("IM_IN")) {
                entries.add(entry.path("message").asText());
            }
        });
        return entries;
    }

    private long stored(Map<String, Object> message) {
        return jdbc.sql("select count(*) from im_message where message_id = ?")
                .param(message.get("messageId"))
                .query(Long.class)
                .single();
    }

    private JsonNode ticket(String ticketNo) {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("seat-biz1", "demo"))
                .build()
                .get()
                .uri("/api/tickets/{no}", ticketNo)
                .retrieve()
                .body(JsonNode.class);
    }

    private byte[] bytes(Map<String, Object> message) throws Exception {
        return json.writeValueAsBytes(message);
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    private static String signature(byte[] body, String timestamp, String secret) {
        return "sha256=" + HexFormat.of().formatHex(ImSignature.sign(secret, timestamp, body));
    }

    private HttpResponse<String> signedPost(byte[] body, String timestamp, String secret) throws Exception {
        return post(body, timestamp, signature(body, timestamp, secret));
    }

    private HttpResponse<String> post(byte[] body, String timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/im/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (timestamp != null) {
            request.header("X-Desk-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Desk-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
