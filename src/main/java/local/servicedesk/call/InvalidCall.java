package local.servicedesk.call;

import java.util.List;
import java.util.stream.Collectors;
import local.servicedesk.intake.FieldViolation;

/** A call record the desk cannot keep; it names every bad field. */
public class InvalidCall extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidCall(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + "：" + v.message()).collect(Collectors.joining("；")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
