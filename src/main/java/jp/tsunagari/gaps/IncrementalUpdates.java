package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.tsunagari.network.NetworkChanged;
import jp.tsunagari.network.NetworkChanged.AreaCreated;
import jp.tsunagari.network.NetworkChanged.AreaMoved;
import jp.tsunagari.network.NetworkChanged.BulkLoaded;
import jp.tsunagari.network.NetworkChanged.CoordinatorCreated;
import jp.tsunagari.network.NetworkChanged.CouncilCreated;
import jp.tsunagari.network.NetworkChanged.CouncilSeatAdded;
import jp.tsunagari.network.NetworkChanged.IndividualNetworkConvened;
import jp.tsunagari.network.NetworkChanged.IndividualNetworkDissolved;
import jp.tsunagari.network.NetworkChanged.IndividualNetworkMemberAdded;
import jp.tsunagari.network.NetworkChanged.IndividualNetworkMemberRemoved;
import jp.tsunagari.network.NetworkChanged.NeedAdded;
import jp.tsunagari.network.NetworkChanged.NeedReported;
import jp.tsunagari.network.NetworkChanged.OrganizationActivityChanged;
import jp.tsunagari.network.NetworkChanged.OrganizationCreated;
import jp.tsunagari.network.NetworkChanged.PersonCreated;
import jp.tsunagari.network.NetworkChanged.ProviderNetworkCreated;
import jp.tsunagari.network.NetworkChanged.ProviderNetworkMemberAdded;
import jp.tsunagari.network.NetworkChanged.ProviderNetworkMemberRemoved;
import jp.tsunagari.network.NetworkChanged.ReferralAdded;
import jp.tsunagari.network.NetworkChanged.ResidentCreated;
import jp.tsunagari.network.NetworkChanged.SupportAdded;
import jp.tsunagari.network.NetworkChanged.SupportRemoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Applies each committed {@link NetworkChanged} to the projection in place: the facts of the residents, helpers or
 * provider networks it touched are read again by id (so the projection agrees with the database whatever the event
 * says), and only their findings recomputed — the resident's own, the key-person findings of everyone helping them, the
 * area level when needs or providers changed. The area tree, coordinators and bulk loads mark the projection stale
 * instead (rare; the next reader reloads it whole). Afterwards {@link GapFindingsChanged} tells views what may differ.
 */
@Component
class IncrementalUpdates {

    private static final Logger log = LoggerFactory.getLogger(IncrementalUpdates.class);

    private final Projection projection;
    private final SupportNetworkLoader loader;
    private final Analyser analyser;
    private final ApplicationEventPublisher events;

    IncrementalUpdates(Projection projection, SupportNetworkLoader loader, Analyser analyser,
                       ApplicationEventPublisher events) {
        this.projection = projection;
        this.loader = loader;
        this.analyser = analyser;
        this.events = events;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NetworkChanged change) {
        Set<String> ids = new LinkedHashSet<>(change.ids());
        Set<String> areas = new LinkedHashSet<>();
        try {
            projection.change((network, analysis) -> {
                touched(network, change.ids(), ids, areas); // before: e.g. the resident of a network now dissolved
                if (apply(change, network, analysis)) {
                    network.putNames(loader.names(change.ids()));
                    touched(network, change.ids(), ids, areas);
                } else {
                    projection.markStale();
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not apply {} incrementally; the gap projection will be reloaded", change.kind(), e);
        }
        // When stale, the next request reloads everything: any view may show other findings then.
        events.publishEvent(new GapFindingsChanged(ids, areas, projection.isStale(), System.nanoTime()));
    }

    /** Applies the change (the write lock held); false when only a whole reload can. */
    boolean apply(NetworkChanged change, SupportNetwork network, Analysis analysis) {
        switch (change) {
            case ResidentCreated c -> residentsChanged(network, analysis, Set.of(c.residentId()));
            case NeedAdded c -> residentsChanged(network, analysis, Set.of(c.residentId()));
            case SupportAdded c -> residentsChanged(network, analysis, Set.of(c.residentId()));
            case SupportRemoved c -> residentsChanged(network, analysis, Set.of(c.residentId()));
            case IndividualNetworkConvened c -> residentsChanged(network, analysis, Set.of(c.residentId()));
            case IndividualNetworkMemberAdded c -> residentsChanged(network, analysis, Set.of(c.residentId()));
            case IndividualNetworkMemberRemoved c -> residentsChanged(network, analysis, Set.of(c.residentId()));
            case IndividualNetworkDissolved c -> residentsChanged(network, analysis, Set.of(c.residentId()));
            case OrganizationCreated c -> helperChanged(network, analysis, c.organizationId());
            case OrganizationActivityChanged c -> helperChanged(network, analysis, c.organizationId());
            case PersonCreated c -> helperChanged(network, analysis, c.personId());
            case ProviderNetworkCreated c -> providerNetworksChanged(network, analysis);
            case ProviderNetworkMemberAdded c -> providerNetworksChanged(network, analysis);
            case ProviderNetworkMemberRemoved c -> providerNetworksChanged(network, analysis);
            case ReferralAdded c -> providerNetworksChanged(network, analysis);
            case NeedReported c -> providerNetworksChanged(network, analysis);
            case CouncilCreated c -> {
                // councils are not part of gap analysis
            }
            case CouncilSeatAdded c -> {
                // nor are their seats
            }
            case AreaCreated c -> {
                return false;
            }
            case AreaMoved c -> {
                return false;
            }
            case CoordinatorCreated c -> {
                return false; // conveners and suggested coordinators of an area change
            }
            case BulkLoaded c -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the residents of the individual networks among {@code changed}, and the daily-life areas whose findings a
     * change of these nodes may touch: a resident's, those a provider serves or a provider network covers, those of
     * the residents a helper is tied to.
     */
    private static void touched(SupportNetwork network, List<String> changed, Set<String> ids, Set<String> areas) {
        for (String id : changed) {
            String resident = network.residentOfNetwork(id);
            if (resident != null) {
                ids.add(resident);
            }
        }
        for (String id : List.copyOf(ids)) {
            SupportNetwork.Resident r = network.residents().get(id);
            if (r != null) {
                areas.add(r.dailyLifeArea());
            }
            SupportNetwork.Provider provider = network.providers().get(id);
            if (provider != null) {
                provider.serves().forEach(a -> areas.addAll(network.dailyLifeAreasWithin(a)));
            }
            SupportNetwork.ProviderNetwork providerNetwork = network.providerNetworks().get(id);
            if (providerNetwork != null) {
                providerNetwork.covers().forEach(a -> areas.addAll(network.dailyLifeAreasWithin(a)));
            }
            if (network.helpers().containsKey(id)) {
                network.residentsTiedTo(id).forEach(t -> {
                    SupportNetwork.Resident tied = network.residents().get(t);
                    if (tied != null) {
                        areas.add(tied.dailyLifeArea());
                    }
                });
            }
        }
        areas.remove(null);
    }

    private void residentsChanged(SupportNetwork network, Analysis analysis, Set<String> residentIds) {
        Map<String, SupportNetworkLoader.ResidentFacts> facts = loader.residents(residentIds, network);
        Set<String> unknownHelpers = new HashSet<>();
        facts.values().forEach(f -> {
            f.supports().forEach(s -> unknownHelpers.add(s.helperId()));
            unknownHelpers.addAll(f.members());
        });
        unknownHelpers.removeIf(network.helpers()::containsKey);
        if (!unknownHelpers.isEmpty()) {
            SupportNetworkLoader.HelperFacts helpers = loader.helpers(unknownHelpers);
            helpers.helpers().forEach((id, h) -> network.putHelper(id, h, helpers.providers().get(id)));
        }
        Set<String> helpersBefore = new LinkedHashSet<>();
        boolean needsChanged = false;
        for (String id : residentIds) {
            SupportNetwork.Resident before = network.residents().get(id);
            helpersBefore.addAll(network.helpersOf(id));
            SupportNetworkLoader.ResidentFacts f = facts.get(id);
            if (f == null) {
                network.putResident(id, null, List.of(), null, Set.of());
            } else {
                network.putResident(id, f.resident(), f.supports(), f.network(), f.members());
            }
            SupportNetwork.Resident after = network.residents().get(id);
            needsChanged |= !Objects.equals(before == null ? null : before.needs(), after == null ? null : after.needs())
                    || !Objects.equals(before == null ? null : before.areaId(), after == null ? null : after.areaId());
        }
        analyser.recomputeResidents(network, analysis, residentIds, helpersBefore);
        if (needsChanged) {
            analyser.recomputeAreaLevel(network, analysis);
        }
    }

    private void helperChanged(SupportNetwork network, Analysis analysis, String helperId) {
        Set<String> residents = new LinkedHashSet<>(network.residentsTiedTo(helperId));
        Set<String> helpersBefore = new LinkedHashSet<>(Set.of(helperId));
        residents.forEach(r -> helpersBefore.addAll(network.helpersOf(r)));
        SupportNetwork.Provider before = network.providers().get(helperId);
        SupportNetworkLoader.HelperFacts facts = loader.helpers(Set.of(helperId));
        network.putHelper(helperId, facts.helpers().get(helperId), facts.providers().get(helperId));
        // Staff and colleagues may hold a route to the layer-3 coordinator through this one (or lose it).
        Set<String> routeDependents = loader.worksForNeighbours(helperId);
        routeDependents.retainAll(network.helpers().keySet());
        if (!routeDependents.isEmpty()) {
            SupportNetworkLoader.HelperFacts dependents = loader.helpers(routeDependents);
            for (String id : routeDependents) {
                residents.addAll(network.residentsTiedTo(id));
                network.putHelper(id, dependents.helpers().get(id), dependents.providers().get(id));
            }
        }
        SupportNetwork.Provider after = network.providers().get(helperId);
        if (!Objects.equals(before, after)) {
            // A provider is suggested to residents of the areas it serves: their findings name candidates again.
            Set<String> served = new HashSet<>();
            Set<String> offered = new HashSet<>();
            boolean centre = false;
            for (SupportNetwork.Provider p : Arrays.asList(before, after)) {
                if (p != null) {
                    served.addAll(p.serves());
                    offered.addAll(p.offers());
                    centre |= "COMMUNITY_SUPPORT_CENTER".equals(p.type());
                }
            }
            boolean suggestedAsCentre = centre;
            analysis.byResident().forEach((id, findings) -> {
                if (findings.stream().anyMatch(f -> mayName(f, offered, suggestedAsCentre))) {
                    String area = network.residents().get(id).areaId();
                    if (served.stream().anyMatch(s -> network.within(area, s) || network.within(s, area))) {
                        residents.add(id);
                    }
                }
            });
            analyser.recomputeAreaLevel(network, analysis);
        }
        analyser.recomputeResidents(network, analysis, residents, helpersBefore);
    }

    /** Could this finding's suggested action name a provider offering these services (or a centre)? */
    private static boolean mayName(Finding f, Set<String> offered, boolean centre) {
        return switch (f.type()) {
            case UNMET_NEED -> offered.containsAll(f.related());
            case ISOLATED_RESIDENT, SINGLE_SUPPORTER -> offered.contains("WATCHING");
            case NO_COORDINATOR_ROUTE -> centre;
            default -> false;
        };
    }

    private void providerNetworksChanged(SupportNetwork network, Analysis analysis) {
        SupportNetworkLoader.ProviderFacts facts = loader.providerFacts();
        network.putProviderFacts(facts.networks(), facts.sameKind(), facts.associations());
        analyser.recomputeAreaLevel(network, analysis);
        // Same-kind members come first among candidates: every suggestion may change order.
        analyser.recomputeResidents(network, analysis, new ArrayList<>(analysis.byResident().keySet()), Set.of());
    }
}
