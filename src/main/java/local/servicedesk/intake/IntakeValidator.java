package local.servicedesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import local.servicedesk.catalog.Catalog;
import org.springframework.stereotype.Component;

/** The one set of rules every channel's request passes, whatever a form or a client checked before. */
@Component
public class IntakeValidator {

    static final int SUBJECT_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int NAME_MAX = 100;
    static final int PHONE_MAX = 32;
    static final int EMAIL_MAX = 254;

    private static final String PHONE = "PHONE";
    private static final String IM = "IM";
    private static final Pattern PHONE_NUMBER = Pattern.compile("[0-9+\\-() ]{3,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Catalog catalog;
    private final PhoneCallLinks calls;

    IntakeValidator(Catalog catalog, PhoneCallLinks calls) {
        this.catalog = catalog;
        this.calls = calls;
    }

    public List<FieldViolation> validate(TicketRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        code(violations, "channel", request.channel(), catalog::isChannel, "渠道");
        code(violations, "company", request.company(), catalog::isCompany, "单位");
        code(violations, "category", request.category(), catalog::isCategory, "业务类别");
        code(violations, "type", request.type(), catalog::isType, "请求类型");
        code(violations, "impact", request.impact(), catalog::isImpact, "影响范围");
        code(violations, "urgency", request.urgency(), catalog::isUrgency, "紧急程度");
        text(violations, "subject", request.subject(), true, SUBJECT_MAX, "主题");
        text(violations, "description", request.description(), false, DESCRIPTION_MAX, "详细描述");
        customer(violations, request.customer(), request.channel());
        call(violations, request);
        return violations;
    }

    private void customer(List<FieldViolation> violations, TicketRequest.CustomerRequest customer, String channel) {
        if (customer == null) {
            violations.add(new FieldViolation("customer", "客户信息不能为空"));
            return;
        }
        text(violations, "customer.name", customer.name(), true, NAME_MAX, "客户姓名");
        // an instant message's conversation is itself a way back to its sender
        if (blank(customer.phone()) && blank(customer.email()) && !IM.equals(channel)) {
            violations.add(new FieldViolation("customer.phone", "联系电话和电子邮箱至少填写一项"));
        }
        format(violations, "customer.phone", customer.phone(), PHONE_MAX, PHONE_NUMBER, "联系电话");
        format(violations, "customer.email", customer.email(), EMAIL_MAX, EMAIL, "电子邮箱");
    }

    private void call(List<FieldViolation> violations, TicketRequest request) {
        String callId = request.linkedCallId();
        if (callId == null) {
            return;
        }

        if (!PHONE.equals(request.channel())) {
            violations.add(new FieldViolation("callId", "只有电话渠道的工单可以关联来电"));
            return;
        }
        calls.refusal(callId).ifPresent(reason -> violations.add(new FieldViolation("callId", reason)));
    }

    private static void code(
            List<FieldViolation> violations, String field, String value, Predicate<String> known, String label) {
        if (blank(value)) {
            violations.add(new FieldViolation(field, label + "不能为空"));
        } else if (!known.test(value)) {
            violations.add(new FieldViolation(field, "未知的%s：%s".formatted(label, value)));
        }
    }

    private static void text(
            List<FieldViolation> violations, String field, String value, boolean required, int max, String label) {
        if (blank(value)) {
            if (required) {
                violations.add(new FieldViolation(field, label + "不能为空"));
            }
        } else if (value.strip().length() > max) {
            violations.add(new FieldViolation(field, "%s不能超过 %d 个字符".formatted(label, max)));
        }
    }

    private static void format(
            List<FieldViolation> violations, String field, String value, int max, Pattern pattern, String label) {
        if (blank(value)) {
            return;
        }
        String stripped = value.strip();
        if (stripped.length() > max || !pattern.matcher(stripped).matches()) {
            violations.add(new FieldViolation(field, label + "格式不正确：" + stripped));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
