package jp.tsunagari.network;

import java.util.List;
import java.util.stream.Collectors;

/** Input rejected before anything was written; lists every problem found, field by field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
