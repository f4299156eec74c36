package local.servicedesk.im;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import local.servicedesk.intake.FieldViolation;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.InvalidTicket;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.ticket.TicketService;
import local.servicedesk.ticket.TicketStatus;
import local.servicedesk.ticket.TimelineKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes instant messages: the first message of a conversation, or one after its ticket closed, opens a ticket
 * through intake; a message while the conversation's ticket is open joins that ticket's timeline. Each message id
 * is taken once, in the same transaction as what it does, so a message posted twice changes nothing.
 */
@Service
public class InstantMessages {

    /** Who opens tickets from messages, as the ticket's record names it. */
    public static final String ACTOR = "im";

    static final int MESSAGE_ID_MAX = 100;
    static final int ID_MAX = 128;
    static final int NAME_MAX = 100;
    static final int TEXT_MAX = 4000;
    static final int SUBJECT_MAX = 50;
    static final int ACTOR_MAX = 64;

    /** Intake names the fields of a ticket; the platform knows them by the message's names. */
    private static final Map<String, String> MESSAGE_FIELDS = Map.of(
            "customer.name", "senderName",
            "customer.phone", "senderPhone",
            "customer.email", "senderEmail",
            "subject", "text",
            "description", "text",
            "company", "company");

    private static final Logger log = LoggerFactory.getLogger(InstantMessages.class);

    private final ImMessageRepository messages;
    private final IntakeService intake;
    private final TicketService tickets;
    private final ImProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    InstantMessages(
            ImMessageRepository messages,
            IntakeService intake,
            TicketService tickets,
            ImProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.messages = messages;
        this.intake = intake;
        this.tickets = tickets;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What became of a message, and whether the desk had taken it before. */
    public record Received(ImReceipt receipt, boolean replayed) {}

    /** @throws InvalidTicket naming the message's bad fields */
    public Received receive(ImMessage message) {
        requireValid(message);
        Optional<ImReceipt> earlier = messages.find(message.messageId());
        if (earlier.isPresent()) {
            return replay(earlier.get());
        }

        try {
            return new Received(transaction.execute(status -> take(message)), false);
        } catch (DuplicateKeyException sameMessageAtTheSameMoment) {
            return replay(messages.find(message.messageId()).orElseThrow(() -> sameMessageAtTheSameMoment));
        }
    }

    private ImReceipt take(ImMessage message) {
        String text = message.text().strip();
        messages.claim(message, senderName(message), text, clock.instant());

        Optional<String> open = messages.latestTicketOf(message.conversationId())
                .filter(ticketNo -> tickets.get(ticketNo).status() != TicketStatus.CLOSED);
        ImReceipt receipt = open.isPresent() ? followUp(message, open.get(), text) : open(message, text);
        messages.recordTicket(message.messageId(), receipt.ticketNo(), receipt.action());
        return receipt;
    }

    private ImReceipt followUp(ImMessage message, String ticketNo, String text) {
        tickets.appendToTimeline(ticketNo, TimelineKind.IM_IN, actor(message), "客户通过即时通讯补充：" + text);

        log.info("Ticket {} followed up by instant message {}", ticketNo, message.messageId());
        return new ImReceipt(message.messageId(), message.conversationId(), ticketNo, ImReceipt.Action.FOLLOWED_UP);
    }

    private ImReceipt open(ImMessage message, String text) {
        IntakeService.Intake taken;
        try {
            taken = intake.submit(request(message, text), "im-" + message.messageId(), ACTOR);
        } catch (InvalidTicket e) {
            throw new InvalidTicket(asMessageFields(e.violations()));
        }
        String ticketNo = taken.ticket().ticketNo();

        tickets.appendToTimeline(
                ticketNo,
                TimelineKind.NOTE,
                ACTOR,
                "即时通讯会话 %s，发送人 %s（%s）".formatted(message.conversationId(), senderName(message), message.senderId()));
        log.info("Ticket {} opened by instant message {}", ticketNo, message.messageId());
        return new ImReceipt(message.messageId(), message.conversationId(), ticketNo, ImReceipt.Action.CREATED);
    }

    private TicketRequest request(ImMessage message, String text) {
        return new TicketRequest(
                "IM",
                blank(message.company())
                        ? properties.company()
                        : message.company().strip(),
                properties.category(),
                properties.type(),
                properties.impact(),
                properties.urgency(),
                subject(text),
                text,
                new TicketRequest.CustomerRequest(senderName(message), message.senderPhone(), message.senderEmail()));
    }

    /** The first line of the text, cut short: the seat sees the whole text in the description. */
    static String subject(String text) {
        String firstLine = text.lines()
                .filter(line -> !line.isBlank())
                .findFirst()
                .orElse(text)
                .strip();
        return firstLine.length() <= SUBJECT_MAX ? firstLine : firstLine.substring(0, SUBJECT_MAX - 1) + "…";
    }

    private Received replay(ImReceipt earlier) {
        log.info("Instant message {} posted again; ticket {} stands", earlier.messageId(), earlier.ticketNo());
        return new Received(earlier, true);
    }

    private static void requireValid(ImMessage message) {
        List<FieldViolation> violations = new ArrayList<>();
        required(violations, "messageId", message.messageId(), MESSAGE_ID_MAX, "消息编号");
        required(violations, "conversationId", message.conversationId(), ID_MAX, "会话编号");
        required(violations, "senderId", message.senderId(), ID_MAX, "发送人编号");
        required(violations, "text", message.text(), TEXT_MAX, "消息内容");
        if (!blank(message.senderName()) && message.senderName().strip().length() > NAME_MAX) {
            violations.add(new FieldViolation("senderName", "发送人姓名不能超过 %d 个字符".formatted(NAME_MAX)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidTicket(violations);
        }
    }

    private static void required(List<FieldViolation> violations, String field, String value, int max, String label) {
        if (blank(value)) {
            violations.add(new FieldViolation(field, label + "不能为空"));
        } else if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "%s不能超过 %d 个字符".formatted(label, max)));
        }
    }

    private static List<FieldViolation> asMessageFields(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> new FieldViolation(MESSAGE_FIELDS.getOrDefault(v.field(), v.field()), v.message()))
                .toList();
    }

    /** A platform that sends no display name still identifies the sender. */
    private static String senderName(ImMessage message) {
        String name = blank(message.senderName()) ? message.senderId() : message.senderName();
        String stripped = name.strip();
        return stripped.length() <= NAME_MAX ? stripped : stripped.substring(0, NAME_MAX);
    }

    private static String actor(ImMessage message) {
        String name = senderName(message);
        return name.length() <= ACTOR_MAX ? name : name.substring(0, ACTOR_MAX);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
