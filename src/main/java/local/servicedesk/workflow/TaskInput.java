package local.servicedesk.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import local.servicedesk.catalog.Catalog;
import local.servicedesk.intake.FieldViolation;
import local.servicedesk.ticket.CallbackAnswer;
import org.springframework.stereotype.Component;

/**
 * The server's check of what completes a task. Tasklist's forms check the same fields, but a REST client skips
 * them, so nothing a task produces is trusted before it passes here.
 */
@Component
class TaskInput {

    static final int TEXT_MAX = 4000;
    static final int COMMENT_MAX = 2000;

    private final Catalog catalog;

    TaskInput(Catalog catalog) {
        this.catalog = catalog;
    }

    record FirstLine(String outcome, String resolution, String category, String type) {
        boolean resolved() {
            return "RESOLVED".equals(outcome);
        }
    }

    record SecondLine(String outcome, String resolution) {
        boolean fixed() {
            return "FIXED".equals(outcome);
        }
    }

    FirstLine firstLine(Function<String, Object> variables) {
        List<FieldViolation> violations = new ArrayList<>();
        String outcome = choice(violations, variables, Set.of("RESOLVED", "ESCALATE"), "处理结果");
        String resolution = Variables.asText(variables.apply("resolution"));
        required(
                violations,
                "resolution",
                resolution,
                "RESOLVED".equals(outcome) ? "解决方案" : "ESCALATE".equals(outcome) ? "派单说明" : "处理说明");
        length(violations, "resolution", resolution, TEXT_MAX);
        String category = code(violations, variables, "category", catalog::isCategory, "业务类别");
        String type = code(violations, variables, "type", catalog::isType, "请求类型");
        return valid(violations, new FirstLine(outcome, resolution, category, type));
    }

    SecondLine secondLine(Function<String, Object> variables) {
        List<FieldViolation> violations = new ArrayList<>();
        String outcome = choice(violations, variables, Set.of("FIXED", "RETURNED"), "处理结果");
        String resolution = Variables.asText(variables.apply("resolution"));
        required(violations, "resolution", resolution, "RETURNED".equals(outcome) ? "退回原因" : "处理结果说明");
        length(violations, "resolution", resolution, TEXT_MAX);
        return valid(violations, new SecondLine(outcome, resolution));
    }

    CallbackAnswer callback(Function<String, Object> variables) {
        List<FieldViolation> violations = new ArrayList<>();
        Boolean reached = Variables.asBoolean(variables.apply("customerReached"));
        if (reached == null) {
            violations.add(new FieldViolation("customerReached", "请选择是否联系上客户"));
            throw new InvalidTaskInput(violations);
        }
        if (!reached) {
            return new CallbackAnswer(false, null, null, false, null);
        }
        Boolean satisfied = Variables.asBoolean(variables.apply("satisfied"));
        if (satisfied == null) {
            violations.add(new FieldViolation("satisfied", "请选择客户是否满意"));
        }
        Integer satisfaction = Variables.asInteger(variables.apply("satisfaction"));
        if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
            violations.add(new FieldViolation("satisfaction", "满意度评分须为 1 至 5 的整数"));
        }
        Object complaintValue = variables.apply("complaint");
        Boolean complaint = complaintValue == null ? Boolean.FALSE : Variables.asBoolean(complaintValue);
        if (complaint == null) {
            violations.add(new FieldViolation("complaint", "是否投诉须为是或否"));
        }
        String comment = Variables.asText(variables.apply("comment"));
        length(violations, "comment", comment, COMMENT_MAX);
        return valid(
                violations, new CallbackAnswer(true, satisfied, satisfaction, Boolean.TRUE.equals(complaint), comment));
    }

    private static String choice(
            List<FieldViolation> violations, Function<String, Object> variables, Set<String> allowed, String label) {
        String value = Variables.asText(variables.apply("outcome"));
        if (value == null) {
            violations.add(new FieldViolation("outcome", "请选择" + label));
        } else if (!allowed.contains(value)) {
            violations.add(new FieldViolation(
                    "outcome",
                    "%s只能是 %s 之一：%s"
                            .formatted(
                                    label,
                                    String.join("、", allowed.stream().sorted().toList()),
                                    value)));
        }
        return value;
    }

    private static String code(
            List<FieldViolation> violations,
            Function<String, Object> variables,
            String name,
            Function<String, Boolean> known,
            String label) {
        String value = Variables.asText(variables.apply(name));
        if (value == null) {
            violations.add(new FieldViolation(name, label + "不能为空"));
        } else if (!known.apply(value)) {
            violations.add(new FieldViolation(name, "未知的%s：%s".formatted(label, value)));
        }
        return value;
    }

    private static void required(List<FieldViolation> violations, String name, String value, String label) {
        if (value == null) {
            violations.add(new FieldViolation(name, "请填写" + label));
        }
    }

    private static void length(List<FieldViolation> violations, String name, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new FieldViolation(name, "不能超过 %d 个字符".formatted(max)));
        }
    }

    private static <T> T valid(List<FieldViolation> violations, T input) {
        if (!violations.isEmpty()) {
            throw new InvalidTaskInput(violations);
        }
        return input;
    }
}
