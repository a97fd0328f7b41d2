package jp.tsunagari.diagram;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.security.AuditTrail;
import org.springframework.context.MessageSource;

/**
 * The area diagram for views of other modules: a council session's presenter view embeds it whole (gap overlay,
 * filters, what-if, editing with undo, live refresh), and its projection draws the presenter's picture with the
 * same styles and legend.
 */
@org.springframework.stereotype.Component
public class AreaDiagrams {

    private final DiagramQueries queries;
    private final GapFindings gaps;
    private final SavedLayouts layouts;
    private final AuditTrail audit;
    private final DiagramEdits edits;
    private final jp.tsunagari.shell.LiveUpdates live;
    private final MessageSource messages;

    AreaDiagrams(DiagramQueries queries, GapFindings gaps, SavedLayouts layouts, AuditTrail audit, DiagramEdits edits,
                 jp.tsunagari.shell.LiveUpdates live, MessageSource messages) {
        this.queries = queries;
        this.gaps = gaps;
        this.layouts = layouts;
        this.audit = audit;
        this.edits = edits;
        this.live = live;
        this.messages = messages;
    }

    /** A new area diagram to embed; show an area with {@link AreaDiagramView#showEmbedded}. */
    public AreaDiagramView embedded() {
        return new AreaDiagramView(queries, gaps, layouts, audit, edits, live, messages);
    }

    /** The area diagram's styles (node kinds, gap halos, edges) in the reader's language. */
    public GraphStyles styles(Function<String, String> translate) {
        return DiagramStyles.sheet(translate, false);
    }

    /** The area diagram's legend for these styles. */
    public Component legend(GraphStyles styles, Function<String, String> translate) {
        return DiagramStyles.legend(styles, translate);
    }

    /** The node kind of residents, people and individual networks (what a council projection must not name). */
    public static final String RESIDENT = DiagramKinds.RESIDENT, PERSON = DiagramKinds.PERSON,
            INDIVIDUAL_NETWORK = DiagramKinds.INDIVIDUAL_NETWORK;
}
