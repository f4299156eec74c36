package local.servicedesk.intake;

import java.util.List;
import java.util.stream.Collectors;

/** A request that cannot become a ticket; it names every bad field. */
public class InvalidTicket extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidTicket(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + "：" + v.message()).collect(Collectors.joining("；")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
