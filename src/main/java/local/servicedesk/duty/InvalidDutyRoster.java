package local.servicedesk.duty;

import java.util.List;

/** A duty roster that cannot be used; the problems are for the admin who sent or wrote it. */
class InvalidDutyRoster extends RuntimeException {

    private final transient List<String> problems;

    InvalidDutyRoster(String where, List<String> problems) {
        super(where + "：" + String.join("；", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
