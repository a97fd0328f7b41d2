package jp.tsunagari.diagram;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;

/**
 * Neighbourhood associations (町内会・自治会) and NPOs of a daily-life area or the municipality, bookmarkable as
 * {@code /associations/<areaId>}: the associations' links to NPOs, the needs they reported and which NPOs offer
 * them; an association linked to no NPO marked. For coordinators of layers 1 and 2.
 */
@Route(value = "associations/:areaId?", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2})
public class AssociationView extends AreaGraphView {

    static final List<String> NODE_KINDS = List.of(DiagramKinds.ASSOCIATION, DiagramKinds.NPO, DiagramKinds.SERVICE);
    static final List<String> FLAGS = List.of(DiagramKinds.NO_NPO, DiagramKinds.OTHER_GAP, DiagramKinds.INACTIVE);
    static final List<String> EDGE_KINDS = List.of(DiagramKinds.REFERS, DiagramKinds.REPORTS, DiagramKinds.OFFERS);

    private final AssociationQueries queries;

    AssociationView(AssociationQueries queries, SavedLayouts layouts, AuditTrail audit) {
        super("associations", "associations.title",
                translate -> DiagramStyles.sheet(translate, NODE_KINDS, FLAGS, EDGE_KINDS), EDGE_KINDS,
                Layout.FORCE_ATLAS2, layouts, audit);
        this.queries = queries;
    }

    @Override
    List<DiagramQueries.AreaChoice> choices() {
        return queries.areas();
    }

    @Override
    Optional<Shown> load(String areaId, QueryParameters query) {
        return queries.associations(areaId, getLocale()).map(a -> new Shown(a.areaName(), a.graph(), a.findings(),
                getTranslation("associations.summary", a.associations(), a.npos(), a.withoutNpo(),
                        a.findings().size())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("nav.associations");
    }
}
