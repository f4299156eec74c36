package local.servicedesk.im;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import local.servicedesk.intake.FieldViolation;
import local.servicedesk.intake.InvalidTicket;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /im/webhook}: the messaging platform's messages. Outside {@code /api}, because the platform proves
 * itself by the body's signature ({@link ImSignature}), not by a desk login; the signature covers the raw bytes,
 * so the body is read as bytes and parsed only once it is verified.
 */
@RestController
class ImWebhookController {

    static final String PATH = "/im/webhook";

    private final ImSignature signature;
    private final InstantMessages messages;
    private final ObjectMapper json;

    ImWebhookController(ImSignature signature, InstantMessages messages, ObjectMapper json) {
        this.signature = signature;
        this.messages = messages;
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<ImReceipt> receive(
            @RequestHeader(name = ImSignature.TIMESTAMP, required = false) String timestamp,
            @RequestHeader(name = ImSignature.SIGNATURE, required = false) String signed,
            @RequestBody(required = false) byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        signature.verify(timestamp, signed, bytes);

        InstantMessages.Received received = messages.receive(parse(bytes));
        boolean created = !received.replayed() && received.receipt().action() == ImReceipt.Action.CREATED;
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Idempotent-Replayed", String.valueOf(received.replayed()))
                .body(received.receipt());
    }

    private ImMessage parse(byte[] body) {
        try {
            ImMessage message = json.readValue(body, ImMessage.class);
            if (message != null) {
                return message;
            }
        } catch (IOException e) {
            // reported below, as for an empty body
        }
        throw new InvalidTicket(List.of(new FieldViolation("body", "请求体须为 UTF-8 编码的 JSON 对象")));
    }
}
