package jp.tsunagari.console;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * A Cypher editor: CodeMirror 6 with Neo4j's Cypher support (highlighting, linting, completion of keywords and
 * functions, and of the labels, relationship types, property keys and parameters given by {@link #setSchema}), as
 * the {@code <tsunagari-cypher-editor>} element of frontend/src/tsunagari-cypher-editor.ts. The text comes back with
 * {@link ValueChangeEvent} (as the user types, debounced) and {@link RunEvent} (Ctrl+Enter / ⌘+Enter).
 *
 * <pre>{@code
 * var editor = new CypherEditor();
 * editor.setSchema(new CypherEditor.Schema(labels, types, keys, List.of("areaId")));
 * editor.addRunListener(e -> run(e.getValue()));
 * }</pre>
 */
@Tag("tsunagari-cypher-editor")
@JsModule("context://frontend-build/tsunagari-cypher-editor.js")
public class CypherEditor extends Component implements HasSize {

    /** What completion offers besides Cypher's own keywords and functions. */
    public record Schema(List<String> labels, List<String> relationshipTypes, List<String> propertyKeys,
                         List<String> parameters) {
        public Schema {
            labels = List.copyOf(labels);
            relationshipTypes = List.copyOf(relationshipTypes);
            propertyKeys = List.copyOf(propertyKeys);
            parameters = List.copyOf(parameters);
        }

        public Schema withParameters(Collection<String> names) {
            return new Schema(labels, relationshipTypes, propertyKeys, List.copyOf(names));
        }
    }

    private String value = "";

    public CypherEditor() {
        setWidthFull();
        getElement().setProperty("value", "");
        addListener(ValueChangeEvent.class, e -> value = e.getValue());
        addListener(RunEvent.class, e -> value = e.getValue());
    }

    /** The text as last reported by the browser, or as last set. */
    public String getValue() {
        return value;
    }

    public void setValue(String text) {
        value = text == null ? "" : text;
        getElement().setProperty("value", value);
    }

    public void setSchema(Schema schema) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("labels", schema.labels());
        json.put("relationshipTypes", schema.relationshipTypes());
        json.put("propertyKeys", schema.propertyKeys());
        json.put("parameters", schema.parameters());
        getElement().setPropertyJson("schema", (BaseJsonNode) JacksonUtils.getMapper().valueToTree(json));
    }

    public void setPlaceholder(String placeholder) {
        getElement().setProperty("placeholder", placeholder == null ? "" : placeholder);
    }

    /**
     * Asks the browser to run the editor's current text: it comes back as a {@link RunEvent}, so text typed in the
     * last moment (before the debounced {@link ValueChangeEvent}) is run too, as with Ctrl+Enter.
     */
    public void run() {
        getElement().callJsFunction("runNow");
    }

    public void focus() {
        getElement().callJsFunction("focus");
    }

    public Registration addValueChangeListener(ComponentEventListener<ValueChangeEvent> listener) {
        return addListener(ValueChangeEvent.class, listener);
    }

    public Registration addRunListener(ComponentEventListener<RunEvent> listener) {
        return addListener(RunEvent.class, listener);
    }

    /** The user changed the text. */
    @DomEvent("value-change")
    public static class ValueChangeEvent extends ComponentEvent<CypherEditor> {
        private final String value;

        public ValueChangeEvent(CypherEditor source, boolean fromClient, @EventData("event.detail.value") String value) {
            super(source, fromClient);
            this.value = value == null ? "" : value;
        }

        public String getValue() {
            return value;
        }
    }

    /** The user pressed Ctrl+Enter (⌘+Enter): run this text. */
    @DomEvent("run")
    public static class RunEvent extends ComponentEvent<CypherEditor> {
        private final String value;

        public RunEvent(CypherEditor source, boolean fromClient, @EventData("event.detail.value") String value) {
            super(source, fromClient);
            this.value = value == null ? "" : value;
        }

        public String getValue() {
            return value;
        }
    }
}
