package jp.tsunagari.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the violations of one input, then throws them all at once (nothing half-checked, nothing written). */
final class Checks {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private final List<Violation> violations = new ArrayList<>();

    Checks add(String field, String key, Object... args) {
        violations.add(new Violation(field, key, List.of(args)));
        return this;
    }

    boolean ok() {
        return violations.isEmpty();
    }

    /** True when the value is present; records "required" otherwise. */
    boolean required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof Collection<?> c && c.isEmpty());
        if (!present) {
            add(field, "validation.required");
        }
        return present;
    }

    /** A well-formed id: letters, digits and {@code . _ : -}, at most 100 characters. */
    boolean id(String field, String id) {
        if (!required(field, id)) {
            return false;
        }
        if (!ID.matcher(id).matches()) {
            add(field, "validation.id.format", id);
            return false;
        }
        return true;
    }

    Checks name(String field, String name) {
        if (required(field, name) && name.length() > 200) {
            add(field, "validation.name.length", 200);
        }
        return this;
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
