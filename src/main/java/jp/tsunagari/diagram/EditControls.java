package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.Violation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * The edit bar of a diagram view: runs a change through {@link DiagramEdits}, then says what it did — in a
 * notification with 「元に戻す」 and in this bar, whose 「元に戻す」 button stays until the next change or undo — or,
 * when it was refused, what is wrong (nothing was changed then). Names shown are those of helpers and organizations.
 */
class EditControls extends HorizontalLayout {

    private final DiagramEdits edits;
    private final MessageSource messages;
    private final Runnable changed;
    private final Span status = new Span();
    private final Button undo = new Button();
    private Function<DiagramEdits.Edit, String> describe = edit -> "";

    /** {@code changed} runs after every change or undo that succeeded (the view refreshes). */
    EditControls(DiagramEdits edits, MessageSource messages, Runnable changed) {
        this.edits = edits;
        this.messages = messages;
        this.changed = changed;
        setId("edit-bar");
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        status.setId("edit-status");
        undo.setId("undo-edit");
        undo.setText(getTranslation("diagram.edit.undo"));
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addClickListener(e -> undo());
        add(status, undo);
        setVisible(false);
    }

    /** How the view names a change ({@code diagram.edit.done.<KIND>} with the subject's name, typically). */
    void describeWith(Function<DiagramEdits.Edit, String> describe) {
        this.describe = describe;
    }

    /**
     * Runs a change. On success: the bar and a notification offer undo, and the view refreshes. On a refusal the
     * violations go to {@code invalid} when given (shown next to the fields), else to a notification.
     */
    boolean run(Supplier<DiagramEdits.Edit> change, Consumer<List<Violation>> invalid) {
        DiagramEdits.Edit edit;
        try {
            edit = change.get();
        } catch (InvalidInputException e) {
            if (invalid != null) {
                invalid.accept(e.violations());
            } else {
                error(text(e.violations()));
            }
            return false;
        } catch (AccessDeniedException e) {
            error(getTranslation("diagram.edit.denied"));
            return false;
        }
        String text = describe.apply(edit);
        status.setText(text);
        setVisible(true);
        Notification notification = new Notification();
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button undoHere = new Button(getTranslation("diagram.edit.undo"), e -> {
            notification.close();
            undo();
        });
        undoHere.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undoHere.setId("undo-notification");
        HorizontalLayout content = new HorizontalLayout(new Span(text), undoHere);
        content.setAlignItems(FlexComponent.Alignment.BASELINE);
        notification.add(content);
        notification.open();
        changed.run();
        return true;
    }

    /** Takes the last change back; says so, or why it could not. */
    void undo() {
        try {
            DiagramEdits.Edit undone = edits.undo();
            setVisible(false);
            Notification.show(getTranslation("diagram.edit.undone", describe.apply(undone)), 4000,
                    Notification.Position.BOTTOM_START);
            changed.run();
        } catch (InvalidInputException e) {
            error(getTranslation("diagram.edit.undoFailed", text(e.violations())));
        } catch (AccessDeniedException e) {
            error(getTranslation("diagram.edit.denied"));
        }
    }

    /** The violations as one line in the user's language, field names included. */
    String text(List<Violation> violations) {
        List<String> lines = new ArrayList<>();
        violations.forEach(v -> lines.add(v.message(messages, getLocale())));
        return String.join(" / ", lines);
    }

    /** A violation's message alone, for showing under its own field. */
    String fieldText(Violation v) {
        return messages.getMessage(v.messageKey(), v.args().toArray(), v.messageKey(), getLocale());
    }

    private void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("edit-error");
    }

    /** The names of the nodes a change was about, where the diagram has them. */
    static String nameOf(Map<String, GraphNode> nodes, String id) {
        GraphNode node = nodes.get(id);
        return node == null ? id : node.label();
    }
}
