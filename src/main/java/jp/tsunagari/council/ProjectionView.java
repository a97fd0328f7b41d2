package jp.tsunagari.council;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.diagram.AreaDiagrams;
import jp.tsunagari.diagram.GraphStyles;
import jp.tsunagari.diagram.Layout;
import jp.tsunagari.diagram.NetworkGraph;
import jp.tsunagari.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The projection of a council session ({@code /council/<sessionId>/screen}): full screen, no navigation, large type,
 * high contrast, dark or light — the presenter's diagram as council rules name it (residents as pseudonyms, people by
 * role, no care level: the picture arrives already named so from the presenter, see {@link PresenterView}), and the
 * gap counts by type with arrows since the session opened. It follows the presenter's focus, camera, filters and
 * what-if until the viewer releases it (「追従を解除」), and re-joins on 「発表者に追従」. Read-only.
 */
@Route(value = "council/:sessionId/screen", autoLayout = false)
@RolesAllowed({Role.LAYER1, Role.LAYER2, Role.COUNCIL})
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/council.css")
public class ProjectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilSessions sessions;
    private final SessionBroadcaster broadcaster;
    private final H1 title = new H1();
    private final Span state = new Span();
    private final NetworkGraph graph = new NetworkGraph();
    private final GapCountsPanel counts;
    private final Button follow = new Button();
    private final Button theme = new Button();
    private final Div waiting = new Div();
    private String sessionId;
    private Registration unregister;
    private boolean following = true;
    private boolean dark = true;
    private SessionBroadcaster.Follow lastFollow = SessionBroadcaster.Follow.NONE;
    private String shownArea;
    private int shownLayout = -1;
    /** The number of the presenter's picture shown (0: none yet). */
    private int shownPicture;

    ProjectionView(CouncilSessions sessions, SessionBroadcaster broadcaster, AreaDiagrams diagrams) {
        this.sessions = sessions;
        this.broadcaster = broadcaster;
        this.counts = new GapCountsPanel(this::getTranslation);
        setId("council-screen");
        addClassNames("council-screen", "council-dark");
        setSizeFull();
        title.setId("screen-title");
        state.setId("screen-state");
        counts.setId("screen-counts");
        follow.setId("screen-follow");
        follow.addClickListener(e -> setFollowing(!following));
        theme.setId("screen-theme");
        theme.addClickListener(e -> setDark(!dark));
        waiting.setId("screen-waiting");
        waiting.setText(getTranslation("council.screen.waiting"));
        GraphStyles styles = diagrams.styles(this::getTranslation);
        graph.setId("screen-graph");
        graph.setStyles(styles);
        graph.setLayout(Layout.KEEP);
        graph.setLabelSize(18);
        graph.setSizeFull();
        graph.setVisible(false);

        Div bar = new Div(title, state, follow, theme);
        bar.addClassName("council-screen-bar");
        Div side = new Div(new Span(getTranslation("council.counts.title")), counts);
        side.addClassName("council-screen-side");
        Div stage = new Div(waiting, graph);
        stage.addClassName("council-screen-stage");
        Div main = new Div(stage, side);
        main.addClassName("council-screen-main");
        add(bar, main);
        setFollowing(true);
        setDark(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("sessionId").orElse("");
        try {
            sessions.session(id).ifPresentOrElse(s -> {
                sessionId = s.id();
                title.setText(s.councilName() + " — " + s.title());
                state.setText(getTranslation("council.state." + s.state().name()));
                if (!s.open()) {
                    counts.show(s.before(), s.after());
                    waiting.setText(getTranslation("council.screen.closed"));
                }
            }, () -> title.setText(getTranslation("council.notFound", id)));
        } catch (AccessDeniedException denied) {
            title.setText(getTranslation("council.denied"));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        if (sessionId != null) {
            unregister = broadcaster.register(sessionId, ui, this::apply);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.remove();
            unregister = null;
        }
    }

    /** The counts first (what a change shows first), then the picture, then where the presenter looks. */
    private void apply(SessionBroadcaster.Update update) {
        SessionBroadcaster.Counts c = update.counts();
        if (c != null) {
            counts.show(c.before(), c.now());
            if (c.seq() > 0) {
                // The number of changes seen: tests and the benchmark watch it.
                counts.getElement().setAttribute("data-seq", String.valueOf(c.seq()));
            }
        }
        SessionBroadcaster.Picture p = update.picture();
        if (p != null) {
            if (!p.areaId().equals(shownArea) || p.layoutVersion() != shownLayout) {
                graph.setGraph(p.graph());
                shownArea = p.areaId();
                shownLayout = p.layoutVersion();
                if (following && update.follow() == null) {
                    follow(lastFollow); // a new graph clears focus and filters
                }
            } else if (p.patches(shownPicture)) {
                graph.patchGraph(p.sincePrevious()); // what changed only: usually a node or two of a thousand
            } else {
                graph.updateGraph(p.graph());
            }
            shownPicture = p.seq();
            waiting.setVisible(false);
            graph.setVisible(true);
        }
        SessionBroadcaster.Follow f = update.follow();
        if (f != null) {
            lastFollow = f;
            if (following) {
                follow(f);
            }
        }
    }

    private void follow(SessionBroadcaster.Follow f) {
        if (f.focus() == null) {
            graph.clearFocus();
        } else {
            graph.focus(f.focus().nodeId(), f.focus().hops());
        }
        graph.hide(f.hiddenIds(), f.hiddenKinds());
        graph.search(f.query());
        if (f.camera() != null) {
            graph.setCamera(f.camera());
        }
    }

    private void setFollowing(boolean on) {
        following = on;
        follow.setText(getTranslation(on ? "council.screen.release" : "council.screen.follow"));
        follow.getElement().setAttribute("data-following", String.valueOf(on));
        if (on) {
            follow(lastFollow);
        }
    }

    private void setDark(boolean on) {
        dark = on;
        if (on) {
            addClassName("council-dark");
        } else {
            removeClassName("council-dark");
        }
        theme.setText(getTranslation(on ? "council.screen.light" : "council.screen.dark"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("council.screen.title");
    }
}
