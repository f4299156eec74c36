package local.servicedesk.workflow;

import java.util.List;
import java.util.stream.Collectors;
import local.servicedesk.intake.FieldViolation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a seat or an engineer submitted to a task or the start form does not hold. It extends the engine's form
 * validation exception because Camunda's REST API answers that one with 400 and leaves the task open; Tasklist
 * shows its message to the user.
 */
public class InvalidTaskInput extends FormFieldValidationException {

    private final transient List<FieldViolation> violations;

    public InvalidTaskInput(List<FieldViolation> violations) {
        super(
                violations.get(0).field(),
                "提交内容有误："
                        + violations.stream()
                                .map(v -> "%s（%s）".formatted(v.message(), v.field()))
                                .collect(Collectors.joining("；")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
