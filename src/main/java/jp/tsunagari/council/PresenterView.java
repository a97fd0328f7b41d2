package jp.tsunagari.council;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.diagram.AreaDiagramView;
import jp.tsunagari.diagram.AreaDiagrams;
import jp.tsunagari.diagram.GraphData;
import jp.tsunagari.diagram.GraphNode;
import jp.tsunagari.diagram.NetworkGraph;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * A council session on the coordinator's laptop ({@code /council/<sessionId>}): the area diagram as everywhere
 * (gap overlay, filters, what-if, editing with undo, live refresh), the session's attendees, its gap counts with
 * arrows, the running list of changes with the gaps each opened and closed, a link opening the projection in a second
 * window, and 「会議を終了」 writing the minutes. What the diagram shows is relayed to the projections named under
 * council rules ({@link CouncilNames}) — the projection never receives a real name.
 */
@Route(value = "council/:sessionId", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2})
@StyleSheet("context://styles/council.css")
public class PresenterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilSessions sessions;
    private final SessionBroadcaster broadcaster;
    private final CouncilNames names;
    private final ChangeTexts texts;
    private final Minutes minutes;
    private final MessageSource messages;
    private final AreaDiagrams diagrams;
    private final H2 title = new H2();
    private final Paragraph notice = new Paragraph();
    private final GapCountsPanel counts;
    private final Div changes = new Div();
    private final CheckboxGroup<String> attendees = new CheckboxGroup<>();
    private final Button close = new Button();
    private final Anchor screen = new Anchor();
    private final Anchor pdf = new Anchor();
    private AreaDiagramView diagram;
    private CouncilSession session;
    private Registration unregister;
    /** The session's changes as shown, in order. */
    private List<SessionChange> shownChanges = List.of();
    /** Council-safe labels already read, by id. */
    private final Map<String, String> safeLabels = new HashMap<>();
    private Map<String, double[]> positions = Map.of();
    private int layoutVersion;
    private NetworkGraph.Camera camera;
    private boolean relayQueued;

    PresenterView(CouncilSessions sessions, SessionBroadcaster broadcaster, CouncilNames names, ChangeTexts texts,
                  Minutes minutes, MessageSource messages, AreaDiagrams diagrams) {
        this.sessions = sessions;
        this.broadcaster = broadcaster;
        this.names = names;
        this.texts = texts;
        this.minutes = minutes;
        this.messages = messages;
        this.diagrams = diagrams;
        this.counts = new GapCountsPanel(this::getTranslation);
        setSizeFull();
        title.setId("presenter-title");
        notice.setId("presenter-notice");
        notice.setVisible(false);
        counts.setId("presenter-counts");
        changes.setId("presenter-changes");
        changes.addClassName("council-changes");
        attendees.setId("presenter-attendees");
        attendees.setLabel(getTranslation("council.attendees"));
        attendees.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveAttendees(List.copyOf(e.getValue()));
            }
        });
        close.setId("presenter-close");
        close.setText(getTranslation("council.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> closeSession());
        screen.setId("presenter-screen-link");
        screen.setText(getTranslation("council.openScreen"));
        screen.setTarget(AnchorTarget.BLANK);
        pdf.setId("presenter-minutes");
        pdf.setText(getTranslation("council.minutes.download"));
        pdf.setVisible(false);
        pdf.getElement().setAttribute("router-ignore", true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("sessionId").orElse("");
        try {
            sessions.session(id).ifPresentOrElse(this::show, () -> fail(getTranslation("council.notFound", id)));
        } catch (AccessDeniedException denied) {
            fail(getTranslation("council.denied"));
        }
    }

    private void show(CouncilSession s) {
        session = s;
        removeAll();
        Council council = sessions.councilOf(s);
        title.setText(s.councilName() + " — " + s.title() + "（" + s.date() + "）");
        screen.setHref("council/" + s.id() + "/screen");
        pdf.setHref("api/sessions/" + s.id() + "/minutes.pdf");
        attendees.setItems(council.members().stream().map(Council.Member::name).toList());
        attendees.setValue(Set.copyOf(s.attendees()));
        attendees.setReadOnly(!s.open() || !sessions.mayRun(council));
        close.setVisible(s.open() && sessions.mayRun(council));
        pdf.setVisible(!s.open());
        Span state = new Span(getTranslation("council.state." + s.state().name()));
        state.setId("presenter-state");
        HorizontalLayout header = new HorizontalLayout(title, state, screen, pdf, close);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        Paragraph agenda = new Paragraph(getTranslation("council.agenda") + ": " + (s.agenda().isBlank() ? "—" : s.agenda()));
        agenda.addClassName("tsunagari-help");

        VerticalLayout side = new VerticalLayout(new H3(getTranslation("council.counts.title")), counts,
                new H3(getTranslation("council.changes")), changes, attendees);
        side.setPadding(false);
        side.addClassName("council-side");
        showChanges(sessions.changes(s));
        counts.show(s.before(), s.open() ? broadcaster.counts(s.areaIds()) : s.after());
        if (s.open() && sessions.mayRun(council)) {
            diagram = diagrams.embedded();
            diagram.setPadding(false);
            NetworkGraph graph = diagram.graph();
            graph.addViewChangeListener(e -> queueRelay());
            graph.addCameraChangeListener(e -> {
                camera = e.getCamera();
                queueRelay();
            });
            graph.addLayoutEndListener(e -> fetchPositions(true));
            graph.addNodeDragEndListener(e -> fetchPositions(true));
            graph.addGraphRenderedListener(e -> fetchPositions(false));
            SplitLayout split = new SplitLayout(diagram, side);
            split.setSizeFull();
            split.setSplitterPosition(72);
            add(header, agenda, split);
            setFlexGrow(1, split);
            String first = s.areaIds().isEmpty() ? null : s.areaIds().getFirst();
            if (first != null) {
                diagram.showEmbedded(first, s.areaIds(), this::pickArea);
            }
        } else {
            add(header, agenda, side);
        }
    }

    /** A layer-1 council's presenter moves to another of its daily-life areas; the projections follow. */
    private void pickArea(String areaId) {
        if (diagram != null && session != null) {
            diagram.showEmbedded(areaId, session.areaIds(), this::pickArea);
        }
    }

    private void fail(String text) {
        removeAll();
        notice.setText(text);
        notice.setVisible(true);
        add(notice);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        queueRelay();
        if (session != null && session.open()) {
            unregister = broadcaster.register(session.id(), ui, update -> {
                SessionBroadcaster.Counts c = update.counts();
                if (c != null) {
                    counts.show(c.before(), c.now());
                    added(c.added());
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.remove();
            unregister = null;
        }
    }

    /**
     * Changes told as they happened (not read back: they are recorded after the views were told); when one was
     * missed (told before this view registered), the recorded list is read again.
     */
    private void added(List<SessionChange> added) {
        if (added.isEmpty()) {
            return;
        }
        int last = shownChanges.isEmpty() ? 0 : shownChanges.getLast().seq();
        List<SessionChange> list = new ArrayList<>(shownChanges);
        if (added.getFirst().seq() > last + 1) {
            list = new ArrayList<>(sessions.changes(session));
            last = list.isEmpty() ? 0 : list.getLast().seq();
        }
        for (SessionChange change : added) {
            if (change.seq() > last) {
                list.add(change);
                last = change.seq();
            }
        }
        showChanges(list);
    }

    private void showChanges(List<SessionChange> list) {
        shownChanges = List.copyOf(list);
        changes.removeAll();
        if (list.isEmpty()) {
            changes.add(new Span(getTranslation("council.changes.none")));
        }
        for (ChangeTexts.Described d : texts.describe(list, getLocale()).reversed()) {
            Div item = new Div();
            item.addClassName("council-change");
            item.getElement().setAttribute("data-seq", String.valueOf(d.change().seq()));
            item.add(new Div(new Span(d.change().seq() + ". " + d.what())));
            if (!d.opened().isEmpty()) {
                Div opened = new Div(new Span(getTranslation("council.changes.opened") + ": " + d.opened()));
                opened.addClassName("council-worse");
                item.add(opened);
            }
            if (!d.closed().isEmpty()) {
                Div closed = new Div(new Span(getTranslation("council.changes.closed") + ": " + d.closed()));
                closed.addClassName("council-better");
                item.add(closed);
            }
            changes.add(item);
        }
    }

    // ---- relaying to the projections -----------------------------------------------------------------------------

    /** Several properties change in one round trip (a new graph clears selection and focus): relay once, at its end. */
    private void queueRelay() {
        if (relayQueued || diagram == null || getUI().isEmpty()) {
            return; // not attached yet: onAttach relays
        }
        relayQueued = true;
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
            relayQueued = false;
            relay();
        }));
    }

    private void relay() {
        if (session == null || diagram == null || diagram.areaId() == null) {
            return;
        }
        NetworkGraph graph = diagram.graph();
        broadcaster.picture(session.id(), new SessionBroadcaster.Picture(diagram.areaId(), safe(graph.getGraph()),
                layoutVersion));
        broadcaster.follow(session.id(), new SessionBroadcaster.Follow(graph.getFocus().orElse(null), camera,
                graph.getHiddenIds(), graph.getHiddenKinds(), graph.getQuery()));
    }

    /** The presenter's positions as drawn; {@code anew}: laid out or dragged, so projections take them over. */
    private void fetchPositions(boolean anew) {
        if (diagram == null) {
            return;
        }
        diagram.graph().positions().thenAccept(p -> getUI().ifPresent(ui -> ui.access(() -> {
            positions = p;
            if (anew) {
                layoutVersion++;
            }
            relay();
        })));
    }

    /** The graph named as a council may see it, at the presenter's positions. */
    private GraphData safe(GraphData data) {
        List<String> unknown = new ArrayList<>();
        for (GraphNode n : data.nodes()) {
            if (sensitive(n) && !safeLabels.containsKey(n.id())) {
                unknown.add(n.id());
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, String> read = names.labels(unknown, getLocale());
            for (String id : unknown) {
                safeLabels.put(id, read.getOrDefault(id, CouncilNames.code(id)));
            }
        }
        List<GraphNode> nodes = new ArrayList<>(data.nodes().size());
        for (GraphNode n : data.nodes()) {
            String label = sensitive(n) ? safeLabels.get(n.id()) : n.label();
            double[] at = positions.get(n.id());
            nodes.add(new GraphNode(n.id(), label, n.kind(), at == null ? null : at[0], at == null ? null : at[1],
                    n.size(), n.flags()));
        }
        return new GraphData(nodes, data.edges());
    }

    private static boolean sensitive(GraphNode n) {
        return AreaDiagrams.RESIDENT.equals(n.kind()) || AreaDiagrams.PERSON.equals(n.kind())
                || AreaDiagrams.INDIVIDUAL_NETWORK.equals(n.kind());
    }

    // ---- session -------------------------------------------------------------------------------------------------

    private void saveAttendees(List<String> chosen) {
        try {
            sessions.attendees(session, chosen);
        } catch (InvalidInputException e) {
            Notification.show(e.violations().getFirst().message(messages, getLocale()), 4000,
                    Notification.Position.BOTTOM_START);
        }
    }

    private void closeSession() {
        Runnable closeNow = () -> {
            try {
                sessions.close(session, minutes.snapshot(session.id(), getLocale()));
            } catch (InvalidInputException e) {
                Notification.show(e.violations().getFirst().message(messages, getLocale()), 4000,
                        Notification.Position.BOTTOM_START);
            }
            onDetach(null);
            diagram = null;
            sessions.session(session.id()).ifPresent(this::show);
        };
        if (diagram == null) {
            closeNow.run();
            return;
        }
        // The snapshot takes the positions as they are on the presenter's screen now.
        diagram.graph().positions().thenAccept(p -> getUI().ifPresent(ui -> ui.access(() -> {
            positions = p;
            relay();
            closeNow.run();
        })));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("council.title");
    }
}
