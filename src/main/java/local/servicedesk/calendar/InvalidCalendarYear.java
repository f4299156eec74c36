package local.servicedesk.calendar;

import java.util.List;

/** A statutory calendar year that cannot be used; the problems are for the admin who sent or wrote it. */
class InvalidCalendarYear extends RuntimeException {

    private final transient List<String> problems;

    InvalidCalendarYear(String where, List<String> problems) {
        super(where + "：" + String.join("；", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
