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
 * The network image (ネットワークのイメージ図, seed 002 §4-1) of a daily-life area or the municipality, bookmarkable as
 * {@code /network-image/<areaId>}: individual networks on top, same-kind provider networks in the middle, the
 * cross-kind network and the area's council below, the municipal level at the bottom, with the links between the
 * layers and the gaps marked and listed. For coordinators and council viewers (whose picture names no resident).
 */
@Route(value = "network-image/:areaId?", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2, Role.COUNCIL})
public class NetworkImageView extends AreaGraphView {

    static final List<String> NODE_KINDS = List.of(DiagramKinds.INDIVIDUAL_NETWORK, DiagramKinds.PROVIDER_NETWORK,
            DiagramKinds.CROSS_KIND_NETWORK, DiagramKinds.COUNCIL, DiagramKinds.COORDINATOR, DiagramKinds.AREA,
            DiagramKinds.BAND);
    static final List<String> EDGE_KINDS = List.of(DiagramKinds.SHARES_MEMBER, DiagramKinds.MEMBER,
            DiagramKinds.CONVENED_BY, DiagramKinds.SITS_ON);

    private final NetworkImageQueries queries;

    NetworkImageView(NetworkImageQueries queries, SavedLayouts layouts, AuditTrail audit) {
        super("network-image", "networkImage.title", translate -> DiagramStyles.sheet(translate, NODE_KINDS,
                List.of(DiagramKinds.OTHER_GAP), EDGE_KINDS), EDGE_KINDS, Layout.KEEP, layouts, audit);
        this.queries = queries;
    }

    @Override
    List<DiagramQueries.AreaChoice> choices() {
        return queries.areas();
    }

    @Override
    Optional<Shown> load(String areaId, QueryParameters query) {
        return queries.image(areaId, getLocale()).map(image -> new Shown(image.areaName(), image.graph(),
                image.findings(), getTranslation("networkImage.summary", image.individualNetworks(),
                        image.sameKindNetworks(), image.crossKindNetworks(), image.councils(), image.findings().size())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("nav.networkImage");
    }
}
