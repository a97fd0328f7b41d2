package jp.tsunagari.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The query's parameters as form fields: a library query's declared ones (typed, with their defaults and
 * descriptions), or the {@code $names} found in an ad-hoc query (a number, {@code true}/{@code false} or text).
 */
class ParametersPanel extends FormLayout {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, LibraryQuery.Type> types = new LinkedHashMap<>();
    private final Span none = new Span();

    ParametersPanel() {
        setId("console-parameters");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 3));
        none.setText(getTranslation("console.noParameters"));
        none.addClassName("tsunagari-muted");
        add(none);
    }

    /** A library query's parameters, filled with their defaults. */
    void show(List<LibraryQuery.Parameter> parameters) {
        clear();
        for (LibraryQuery.Parameter p : parameters) {
            TextField field = field(p.name(), p.type());
            field.setValue(p.defaultValue() == null ? "" : display(p.defaultValue()));
            field.setHelperText(p.description(getLocale()) + " (" + p.type().label() + ")");
        }
        none.setVisible(fields.isEmpty());
    }

    /** The {@code $names} of an ad-hoc query; values already typed are kept. */
    void detect(String cypher) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(cypher == null ? "" : cypher);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.equals(fields.keySet())) {
            return;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        fields.forEach((name, field) -> kept.put(name, field.getValue()));
        Map<String, LibraryQuery.Type> keptTypes = new LinkedHashMap<>(types);
        clear();
        for (String name : names) {
            field(name, keptTypes.get(name)).setValue(kept.getOrDefault(name, ""));
        }
        none.setVisible(fields.isEmpty());
    }

    /** Sets values (e.g. from history). */
    void fill(Map<String, Object> values) {
        values.forEach((name, value) -> {
            TextField field = fields.get(name);
            if (field != null) {
                field.setValue(value == null ? "" : display(value));
            }
        });
    }

    /** The values, typed; throws a {@link ConsoleRefusal} naming the field whose value is wrong. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            LibraryQuery.Type type = types.get(name);
            try {
                values.put(name, type == null ? guess(field.getValue()) : type.parseValue(field.getValue()));
                field.setInvalid(false);
            } catch (IllegalArgumentException e) {
                field.setInvalid(true);
                field.setErrorMessage(e.getMessage());
                throw new ConsoleRefusal(ConsoleRefusal.Reason.PARAMETER, name, e.getMessage());
            }
        });
        return values;
    }

    private TextField field(String name, LibraryQuery.Type type) {
        TextField field = new TextField("$" + name);
        field.setId("console-param-" + name);
        fields.put(name, field);
        if (type != null) {
            types.put(name, type);
        }
        add(field);
        return field;
    }

    private void clear() {
        fields.values().forEach(this::remove);
        fields.clear();
        types.clear();
    }

    /** An untyped value: an integer, a decimal, true/false, or the text itself. */
    static Object guess(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("-?\\d{1,18}")) {
            return Long.parseLong(t);
        }
        if (t.matches("-?\\d+\\.\\d+")) {
            return Double.parseDouble(t);
        }
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        return text;
    }

    private static String display(Object value) {
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(String.valueOf(v)));
            return String.join(", ", items);
        }
        return String.valueOf(value);
    }
}
