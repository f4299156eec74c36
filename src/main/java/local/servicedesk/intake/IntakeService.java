package local.servicedesk.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import local.servicedesk.ticket.IdempotentRequest;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a request from any channel into a ticket and starts its process, in one transaction: either both exist
 * or neither, so a failure leaves nothing half-made and the client may simply send the request again.
 */
@Service
public class IntakeService {

    public static final String PROCESS_KEY = "ticket";
    static final int IDEMPOTENCY_KEY_MAX = 128;

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final IntakeValidator validator;
    private final TicketService tickets;
    private final RuntimeService runtime;
    private final ObjectMapper json;
    private final PhoneCallLinks calls;
    private final TransactionTemplate transaction;

    IntakeService(
            IntakeValidator validator,
            TicketService tickets,
            RuntimeService runtime,
            ObjectMapper json,
            PhoneCallLinks calls,
            PlatformTransactionManager transactions) {
        this.validator = validator;
        this.tickets = tickets;
        this.runtime = runtime;
        this.json = json;
        this.calls = calls;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What intake did with a request: a new ticket, or the one that the same idempotency key made before. */
    public record Intake(Ticket ticket, boolean replayed) {}

    public Intake submit(TicketRequest request, String idempotencyKey, String user) {
        requireValid(request, idempotencyKey);
        String hash = fingerprint(request);
        String storedKey = idempotencyKey == null ? null : scopedKey(user, idempotencyKey);
        if (storedKey != null) {
            var earlier = tickets.findByIdempotencyKey(storedKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), idempotencyKey, hash);
            }
        }

        try {
            Ticket ticket = transaction.execute(status -> openAndStart(request, user, storedKey, hash));
            return new Intake(ticket, false);
        } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
            return replay(
                    tickets.findByIdempotencyKey(storedKey).orElseThrow(() -> sameKeyAtTheSameMoment),
                    idempotencyKey,
                    hash);
        }
    }

    /**
     * Opens the ticket of a process that a seat started from Tasklist's start form; the process itself is already
     * running, so only the record is made here.
     */
    public Ticket openForStartedProcess(TicketRequest request, String user) {
        requireValid(request, null);
        return open(request, user, null, null);
    }

    private Ticket openAndStart(TicketRequest request, String user, String idempotencyKey, String hash) {
        Ticket ticket = open(request, user, idempotencyKey, hash);

        var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, ticket.ticketNo(), ProcessVariables.of(ticket));
        log.info("Ticket {} started process instance {}", ticket.ticketNo(), instance.getId());
        return tickets.get(ticket.ticketNo());
    }

    private Ticket open(TicketRequest request, String user, String idempotencyKey, String hash) {
        Ticket ticket = tickets.open(request.toFacts(), user, idempotencyKey, hash);

        if (request.linkedCallId() != null) {
            calls.link(request.linkedCallId(), ticket.ticketNo(), user);
        }
        return ticket;
    }

    private Intake replay(IdempotentRequest earlier, String key, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new IdempotencyConflict(key, earlier.ticketNo());
        }
        log.info("Ticket {} returned again for a repeated idempotency key", earlier.ticketNo());
        return new Intake(tickets.get(earlier.ticketNo()), true);
    }

    private void requireValid(TicketRequest request, String idempotencyKey) {
        List<FieldViolation> violations = new ArrayList<>(validator.validate(request));
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > IDEMPOTENCY_KEY_MAX)) {
            violations.add(new FieldViolation("Idempotency-Key", "幂等键长度须为 1 至 128 个字符"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidTicket(violations);
        }
    }

    private String fingerprint(TicketRequest request) {
        try {
            return sha256(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a ticket request", e);
        }
    }

    /** A key belongs to the client that sent it: two clients choosing the same key do not meet. */
    private static String scopedKey(String user, String idempotencyKey) {
        return sha256(user + '\n' + idempotencyKey);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
