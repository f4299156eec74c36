package local.servicedesk.call;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import local.servicedesk.intake.FieldViolation;
import org.springframework.stereotype.Component;

/** Checks a call record from the CTI and turns it into the call the desk keeps. */
@Component
class CallRecordValidator {

    static final int ID_MAX = 64;
    static final int AGENT_MAX = 64;

    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern NUMBER = Pattern.compile("[0-9+\\-() ]{3,32}");
    private static final String INSTANT_FORMAT = "须为带时区偏移的 ISO-8601 时间，例如 2026-12-04T09:15:30+08:00";

    private final IvrMenu menu;

    CallRecordValidator(IvrMenu menu) {
        this.menu = menu;
    }

    /** @throws InvalidCall naming every bad field */
    PhoneCall check(CallRecord record, String recordedBy, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        String callId = callId(violations, record.callId());
        String number = callerNumber(violations, record.callerNumber());
        IvrChoice choice = ivrChoice(violations, record.ivrChoice());
        Instant queued = instant(violations, "queuedAt", "排队时间", record.queuedAt(), true);
        Instant answered = instant(violations, "answeredAt", "接听时间", record.answeredAt(), false);
        Instant ended = instant(violations, "endedAt", "结束时间", record.endedAt(), true);
        String agent = agent(violations, record.agent(), answered != null);
        order(violations, queued, answered, ended);
        if (!violations.isEmpty()) {
            throw new InvalidCall(violations);
        }

        long wait =
                Duration.between(queued, answered != null ? answered : ended).toSeconds();
        boolean inTarget = answered != null && wait <= PhoneCall.ANSWER_TARGET.toSeconds();
        return new PhoneCall(
                callId,
                number,
                choice == null ? null : choice.key(),
                choice == null ? null : choice.category(),
                queued,
                answered,
                ended,
                agent,
                wait,
                inTarget,
                recordedBy,
                now);
    }

    private static String callId(List<FieldViolation> violations, String value) {
        String id = trim(value);
        if (id == null) {
            violations.add(new FieldViolation("callId", "来电编号不能为空"));
        } else if (!CALL_ID.matcher(id).matches()) {
            violations.add(new FieldViolation("callId", "来电编号须为 1 至 64 位字母、数字或 . _ : -"));
        }
        return id;
    }

    /** A withheld number comes empty; the call still counts. */
    private static String callerNumber(List<FieldViolation> violations, String value) {
        String number = trim(value);
        if (number != null && !NUMBER.matcher(number).matches()) {
            violations.add(new FieldViolation("callerNumber", "主叫号码格式不正确：" + number));
        }
        return number;
    }

    private IvrChoice ivrChoice(List<FieldViolation> violations, String value) {
        String key = trim(value);
        if (key == null) {
            return null;
        }

        IvrChoice choice = menu.choice(key).orElse(null);
        if (choice == null) {
            violations.add(new FieldViolation("ivrChoice", "未知的语音导航选项：" + key));
        }
        return choice;
    }

    private static Instant instant(
            List<FieldViolation> violations, String field, String label, String value, boolean required) {
        String text = trim(value);
        if (text == null) {
            if (required) {
                violations.add(new FieldViolation(field, label + "不能为空"));
            }
            return null;
        }

        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, label + INSTANT_FORMAT));
            return null;
        }
    }

    private static String agent(List<FieldViolation> violations, String value, boolean answered) {
        String agent = trim(value);
        if (agent == null && answered) {
            violations.add(new FieldViolation("agent", "已接听的来电须注明接听坐席"));
        } else if (agent != null && agent.length() > AGENT_MAX) {
            violations.add(new FieldViolation("agent", "接听坐席不能超过 %d 个字符".formatted(AGENT_MAX)));
        }
        return agent;
    }

    private static void order(List<FieldViolation> violations, Instant queued, Instant answered, Instant ended) {
        if (queued != null && answered != null && answered.isBefore(queued)) {
            violations.add(new FieldViolation("answeredAt", "接听时间不能早于排队时间"));
        }
        Instant before = answered != null ? answered : queued;
        if (before != null && ended != null && ended.isBefore(before)) {
            violations.add(new FieldViolation("endedAt", answered != null ? "结束时间不能早于接听时间" : "结束时间不能早于排队时间"));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
