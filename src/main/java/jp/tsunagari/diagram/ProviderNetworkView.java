package jp.tsunagari.diagram;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;

/**
 * The provider networks of a daily-life area or the municipality, bookmarkable as
 * {@code /provider-networks/<areaId>?service=<code>}: same-kind networks per service and the cross-kind network
 * with their members; providers outside the same-kind network of their service marked (purple halo, dashed edge to
 * the network they have not joined). For coordinators of layers 1 and 2.
 */
@Route(value = "provider-networks/:areaId?", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2})
public class ProviderNetworkView extends AreaGraphView {

    static final String SERVICE_PARAMETER = "service";
    static final List<String> NODE_KINDS = List.of(DiagramKinds.PROVIDER_NETWORK, DiagramKinds.CROSS_KIND_NETWORK,
            DiagramKinds.ORGANIZATION, DiagramKinds.NPO, DiagramKinds.ASSOCIATION, DiagramKinds.AREA);
    static final List<String> FLAGS = List.of(DiagramKinds.OUTSIDE_NETWORK, DiagramKinds.OTHER_GAP,
            DiagramKinds.INACTIVE);
    static final List<String> EDGE_KINDS = List.of(DiagramKinds.MEMBER, DiagramKinds.COVERS, DiagramKinds.OUTSIDE);

    private final ProviderNetworkQueries queries;
    private final Select<String> service = new Select<>();
    private String areaId;
    private List<String> kinds = List.of();

    ProviderNetworkView(ProviderNetworkQueries queries, SavedLayouts layouts, AuditTrail audit) {
        super("provider-networks", "providerNetworks.title",
                translate -> DiagramStyles.sheet(translate, NODE_KINDS, FLAGS, EDGE_KINDS), EDGE_KINDS,
                Layout.FORCE_ATLAS2, layouts, audit);
        this.queries = queries;
        service.setId("service-filter");
        service.setLabel(getTranslation("providerNetworks.service"));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("providerNetworks.service.all"));
        service.setItemLabelGenerator(code -> code == null ? getTranslation("providerNetworks.service.all")
                : getTranslation("service." + code));
        service.addValueChangeListener(e -> {
            if (e.isFromClient() && areaId != null) {
                navigateTo(areaId, e.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of(SERVICE_PARAMETER, e.getValue())));
            }
        });
        toolbar.addComponentAtIndex(1, service);
    }

    @Override
    List<DiagramQueries.AreaChoice> choices() {
        List<DiagramQueries.AreaChoice> choices = queries.areas();
        kinds = queries.serviceKinds();
        service.setItems(kinds);
        return choices;
    }

    @Override
    Optional<Shown> load(String areaId, QueryParameters query) {
        this.areaId = areaId;
        String chosen = query.getParameters().getOrDefault(SERVICE_PARAMETER, List.of()).stream().findFirst()
                .filter(kinds::contains).orElse(null); // an unknown code shows every service
        service.setValue(chosen);
        return queries.networks(areaId, chosen, getLocale()).map(n -> new Shown(n.areaName(), n.graph(), n.findings(),
                getTranslation("providerNetworks.summary", n.sameKindNetworks(), n.crossKindNetworks(),
                        n.organizations(), n.outside(), n.findings().size())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("nav.providerNetworks");
    }
}
