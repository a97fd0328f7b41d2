package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The support network as the gap detectors need it, projected from Neo4j. {@code graph} is undirected: residents
 * linked to their active supporters and to their individual network, the network linked to its active members.
 * Suspended organizations and people are absent from it, as everywhere in gap analysis.
 * <p>
 * The {@link GapEngine} keeps one instance current by applying each change to the facts of the residents, helpers
 * and networks it touched ({@link #putResident}, {@link #putHelper}…), under its write lock; detectors only read.
 * Derived indexes (residents per area, providers per service, candidates) are rebuilt lazily after a change.
 */
final class SupportNetwork {

    /** A same-kind or cross-kind provider network: the areas it covers, its member organizations and networks. */
    record ProviderNetwork(String id, String name, boolean sameKind, String service, Set<String> covers,
                           Set<String> memberOrganizations, Set<String> memberNetworks) {
    }

    /** A neighbourhood association: the NPOs it refers to and the needs it reports. */
    record Association(String id, String name, String areaId, Set<String> refersTo, Set<String> reportedNeeds) {
    }

    record Resident(String id, String areaId, String dailyLifeArea, String careLevel, Set<String> needs) {
    }

    /**
     * A person or organization who helps residents. {@code routeHolder}: is, works for or is directly tied to a
     * layer-3 coordinator or a 地域包括支援センター (a route for an individual network, 002 §4-3).
     */
    record Helper(String id, boolean organization, String kind, String name, boolean active, boolean routeHolder) {

        Helper(String id, boolean organization, String kind, String name, boolean active) {
            this(id, organization, kind, name, active, false);
        }

        Helper stopped() {
            return new Helper(id, organization, kind, name, false, routeHolder);
        }
    }

    record Support(String helperId, String service) {
    }

    /**
     * A resident with the help they have — active supporters, and everyone who helps (supporters and active members of
     * their individual network) — worked out once for all the resident-level detectors.
     */
    record ResidentHelp(Resident resident, Set<String> supporters, Set<String> helpers) {
    }

    record Provider(String id, String name, String type, boolean active, Set<String> offers, Set<String> serves) {
    }

    /**
     * What a node is called in messages: its name, and for residents their pseudonym (住民-0017) and whether they
     * consented to be named to councils — who sees which is decided when a message is shown.
     */
    record DisplayName(String name, String pseudonym, boolean consentToShare) {
    }

    private final Map<String, Resident> residents;
    private final Map<String, Helper> helpers;
    private final Map<String, List<Support>> supports;
    private final Map<String, String> networkOfResident;
    private final Map<String, String> residentOfNetwork = new HashMap<>();
    private final Map<String, Set<String>> supportedBy = new HashMap<>();
    private final Map<String, Set<String>> memberOf = new HashMap<>();
    private final Map<String, Set<String>> networkMembers;
    private final Map<String, Provider> providers;
    private final Map<String, Set<String>> sameKindMembers;
    private final Map<String, String> parentOf;
    private final Map<String, List<String>> layer2Coordinators;
    private final Graph<String, DefaultEdge> graph;
    private final Map<String, String> levelOf;
    private final Map<String, ProviderNetwork> providerNetworks;
    private final Map<String, Association> associations;
    private Map<String, DisplayName> names = new ConcurrentHashMap<>(); // shared with what-if copies

    // Lazily derived; dropped on every change.
    private volatile Map<String, Map<String, Resident>> residentsByArea;
    private final Map<String, Map<String, Integer>> needCounts = new ConcurrentHashMap<>();
    private volatile Map<String, List<Provider>> providersByService;
    private volatile Set<String> services;
    private final Map<String, List<String>> candidates = new HashMap<>();
    private final Map<String, Set<String>> transitiveMembers = new ConcurrentHashMap<>();

    SupportNetwork(Map<String, Resident> residents, Map<String, Helper> helpers, Map<String, List<Support>> supports,
                   Map<String, String> networkOfResident, Map<String, Set<String>> networkMembers,
                   Map<String, Provider> providers, Map<String, Set<String>> sameKindMembers,
                   Map<String, String> parentOf, Map<String, List<String>> layer2Coordinators,
                   Graph<String, DefaultEdge> graph, Map<String, String> levelOf,
                   Map<String, ProviderNetwork> providerNetworks, Map<String, Association> associations) {
        this.residents = residents;
        this.helpers = helpers;
        this.supports = supports;
        this.networkOfResident = networkOfResident;
        this.networkMembers = networkMembers;
        this.providers = providers;
        this.sameKindMembers = sameKindMembers;
        this.parentOf = parentOf;
        this.layer2Coordinators = layer2Coordinators;
        this.graph = graph;
        this.levelOf = levelOf;
        this.providerNetworks = providerNetworks;
        this.associations = associations;
        networkOfResident.forEach((resident, network) -> residentOfNetwork.put(network, resident));
        supports.forEach((resident, ties) -> ties.forEach(t -> index(supportedBy, t.helperId(), resident)));
        networkMembers.forEach((network, members) -> members.forEach(m -> index(memberOf, m, network)));
    }

    private static void index(Map<String, Set<String>> index, String key, String value) {
        index.computeIfAbsent(key, k -> new HashSet<>()).add(value);
    }

    private static void unindex(Map<String, Set<String>> index, String key, String value) {
        Set<String> values = index.get(key);
        if (values != null && values.remove(value) && values.isEmpty()) {
            index.remove(key);
        }
    }

    /** Residents, active helpers and individual networks, joined by active ties. */
    static Graph<String, DefaultEdge> graph(Map<String, Resident> residents, Map<String, Helper> helpers,
                                            Map<String, List<Support>> supports, Map<String, String> networkOf,
                                            Map<String, Set<String>> members) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        residents.keySet().forEach(graph::addVertex);
        helpers.values().stream().filter(Helper::active).forEach(h -> graph.addVertex(h.id()));
        supports.forEach((resident, ties) -> ties.forEach(t -> link(graph, t.helperId(), resident)));
        networkOf.forEach((resident, network) -> linkNetwork(graph, resident, network, members.getOrDefault(network, Set.of())));
        return graph;
    }

    private static void link(Graph<String, DefaultEdge> graph, String helper, String resident) {
        if (graph.containsVertex(helper) && graph.containsVertex(resident) && !helper.equals(resident)) {
            graph.addEdge(helper, resident);
        }
    }

    private static void linkNetwork(Graph<String, DefaultEdge> graph, String resident, String network, Set<String> members) {
        if (graph.containsVertex(resident)) {
            graph.addVertex(network);
            graph.addEdge(resident, network);
            members.stream().filter(graph::containsVertex).forEach(m -> graph.addEdge(m, network));
        }
    }

    Map<String, Resident> residents() {
        return residents;
    }

    Map<String, Helper> helpers() {
        return helpers;
    }

    Map<String, List<Support>> supports() {
        return supports;
    }

    Map<String, String> networkOfResident() {
        return networkOfResident;
    }

    Map<String, Set<String>> networkMembers() {
        return networkMembers;
    }

    Map<String, Provider> providers() {
        return providers;
    }

    Map<String, Set<String>> sameKindMembers() {
        return sameKindMembers;
    }

    Map<String, String> parentOf() {
        return parentOf;
    }

    Map<String, List<String>> layer2Coordinators() {
        return layer2Coordinators;
    }

    Graph<String, DefaultEdge> graph() {
        return graph;
    }

    Map<String, String> levelOf() {
        return levelOf;
    }

    Map<String, ProviderNetwork> providerNetworks() {
        return providerNetworks;
    }

    Map<String, Association> associations() {
        return associations;
    }

    /** The resident an individual network is for. */
    String residentOfNetwork(String networkId) {
        return residentOfNetwork.get(networkId);
    }

    // ------------------------------------------------------------------ changes (the engine's write lock held)

    /**
     * Replaces what is known of one resident: their record (null: removed), supporters, individual network and its
     * members. Helpers they name must already be known ({@link #putHelper}).
     */
    void putResident(String id, Resident resident, List<Support> ties, String network, Set<String> members) {
        String oldNetwork = networkOfResident.remove(id);
        if (oldNetwork != null) {
            residentOfNetwork.remove(oldNetwork);
            networkMembers.getOrDefault(oldNetwork, Set.of()).forEach(m -> unindex(memberOf, m, oldNetwork));
            networkMembers.remove(oldNetwork);
            graph.removeVertex(oldNetwork);
        }
        graph.removeVertex(id);
        supports.getOrDefault(id, List.of()).forEach(t -> unindex(supportedBy, t.helperId(), id));
        supports.remove(id);
        Resident before = residents.remove(id);
        if (resident != null) {
            residents.put(id, resident);
            graph.addVertex(id);
            if (!ties.isEmpty()) {
                supports.put(id, new ArrayList<>(ties));
                ties.forEach(t -> {
                    index(supportedBy, t.helperId(), id);
                    link(graph, t.helperId(), id);
                });
            }
            if (network != null) {
                networkOfResident.put(id, network);
                residentOfNetwork.put(network, id);
                networkMembers.put(network, new HashSet<>(members));
                members.forEach(m -> index(memberOf, m, network));
                linkNetwork(graph, id, network, members);
            }
        }
        residentChanged(before, resident);
    }

    /**
     * Replaces what is known of a person or organization (null: removed). An organization's provider facts are
     * replaced too. Their ties to residents and networks are kept (they are the residents' facts), and leave the
     * graph while the helper is inactive.
     */
    void putHelper(String id, Helper helper, Provider provider) {
        graph.removeVertex(id);
        helpers.remove(id);
        providers.remove(id);
        if (provider != null) {
            providers.put(id, provider);
        }
        if (helper != null) {
            helpers.put(id, helper);
            if (helper.active()) {
                graph.addVertex(id);
                for (String neighbour : tiedTo(id)) {
                    if (graph.containsVertex(neighbour)) {
                        graph.addEdge(id, neighbour);
                    }
                }
            }
        }
        changed();
    }

    /** The residents a helper supports and the individual networks it is a member of (whether active or not). */
    List<String> tiedTo(String helperId) {
        List<String> tied = new ArrayList<>(supportedBy.getOrDefault(helperId, Set.of()));
        tied.addAll(memberOf.getOrDefault(helperId, Set.of()));
        return tied;
    }

    /** Replaces the provider networks, same-kind memberships and associations (small: a city has hundreds). */
    void putProviderFacts(Map<String, ProviderNetwork> networks, Map<String, Set<String>> sameKind,
                          Map<String, Association> associationsNow) {
        providerNetworks.clear();
        providerNetworks.putAll(networks);
        sameKindMembers.clear();
        sameKindMembers.putAll(sameKind);
        associations.clear();
        associations.putAll(associationsNow);
        changed();
    }

    /** Keeps the per-area indexes of residents and needs in step with one resident's change. */
    private void residentChanged(Resident before, Resident after) {
        dropCompactViews();
        Map<String, Map<String, Resident>> byArea = residentsByArea;
        for (Resident r : java.util.Arrays.asList(before, after)) {
            if (r == null) {
                continue;
            }
            needCounts.keySet().removeIf(area -> within(r.areaId(), area));
            if (byArea != null) {
                if (r == before) {
                    Map<String, Resident> living = byArea.get(r.dailyLifeArea());
                    if (living != null) {
                        living.remove(r.id());
                    }
                } else {
                    byArea.computeIfAbsent(r.dailyLifeArea(), k -> new java.util.LinkedHashMap<>()).put(r.id(), r);
                }
            }
        }
        Set<String> known = services;
        if (after != null && known != null && !known.containsAll(after.needs())) {
            services = null;
        }
    }

    /** Providers or provider networks changed: what depends on them is worked out again when asked. */
    private void changed() {
        dropCompactViews();
        providersByService = null;
        Set<String> known = services;
        if (known != null && !providers.values().stream().allMatch(p -> known.containsAll(p.offers()))) {
            services = null;
        }
        transitiveMembers.clear();
        synchronized (this) {
            candidates.clear();
        }
    }

    /**
     * The same network as if these people and organizations stopped (what-if): they count as inactive everywhere and
     * leave the graph. The database is not touched, nor this network; the copy shares this one's unchanged parts,
     * so it is only valid while this one does not change.
     */
    SupportNetwork without(Set<String> stopped) {
        Map<String, Helper> helpersAfter = new HashMap<>(helpers);
        stopped.forEach(id -> helpersAfter.computeIfPresent(id, (k, h) -> h.stopped()));
        Map<String, Provider> providersAfter = new HashMap<>(providers);
        stopped.forEach(id -> providersAfter.computeIfPresent(id, (k, p) -> new Provider(p.id(), p.name(), p.type(), false,
                p.offers(), p.serves())));
        Set<String> remaining = new HashSet<>(graph.vertexSet());
        remaining.removeAll(stopped);
        SupportNetwork copy = new SupportNetwork(residents, helpersAfter, supports, networkOfResident, networkMembers,
                providersAfter, sameKindMembers, parentOf, layer2Coordinators, new AsSubgraph<>(graph, remaining), levelOf,
                providerNetworks, associations);
        copy.names = names;
        return copy;
    }

    /** Replaces the display names of these nodes (names change rarely; read without the lock when rendering). */
    void putNames(Map<String, DisplayName> known) {
        names.putAll(known);
    }

    /** The display name of a node, if known. */
    DisplayName name(String id) {
        return id == null ? null : names.get(id);
    }

    // ------------------------------------------------------------------ questions the detectors ask

    /**
     * The organizations belonging to a provider network directly or through the networks that are its members, at any
     * depth (a neighbourhood's same-kind network inside the municipal one: its members are members of both). Cycles
     * in the data do not loop. Memoized until the provider networks change.
     */
    Set<String> membersOf(String providerNetworkId) {
        Set<String> known = transitiveMembers.get(providerNetworkId);
        if (known != null) {
            return known;
        }
        Set<String> members = new HashSet<>();
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(providerNetworkId));
        while (!queue.isEmpty()) {
            ProviderNetwork n = providerNetworks.get(queue.poll());
            if (n != null && seen.add(n.id())) {
                members.addAll(n.memberOrganizations());
                queue.addAll(n.memberNetworks());
            }
        }
        Set<String> all = Set.copyOf(members);
        transitiveMembers.put(providerNetworkId, all);
        return all;
    }

    /** The provider networks this one belongs to, directly or through others (at any depth). */
    Set<String> networksContaining(String providerNetworkId) {
        Set<String> containing = new HashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(providerNetworkId));
        while (!queue.isEmpty()) {
            String inner = queue.poll();
            for (ProviderNetwork n : providerNetworks.values()) {
                if (n.memberNetworks().contains(inner) && containing.add(n.id())) {
                    queue.add(n.id());
                }
            }
        }
        containing.remove(providerNetworkId);
        return containing;
    }

    /** The daily-life area an area lies in, or every one inside it (for a municipality). */
    List<String> dailyLifeAreasWithin(String areaId) {
        String own = dailyLifeAreaOf(areaId);
        if ("DAILY_LIFE_AREA".equals(levelOf.get(own))) {
            return List.of(own);
        }
        return dailyLifeAreas().stream().filter(d -> within(d, areaId)).toList();
    }

    /** Whether the area exists. */
    boolean knowsArea(String areaId) {
        return areaId != null && levelOf.containsKey(areaId);
    }

    /** The resident's help (see {@link ResidentHelp}). */
    ResidentHelp help(Resident resident) {
        List<Support> ties = supports.get(resident.id());
        String network = networkOfResident.get(resident.id());
        if (ties == null && network == null) {
            return new ResidentHelp(resident, Set.of(), Set.of());
        }
        Set<String> supporters = supportersOf(resident.id());
        if (network == null) {
            return new ResidentHelp(resident, supporters, supporters);
        }
        return new ResidentHelp(resident, supporters, helpersOf(resident.id()));
    }

    /** Active supporters and active members of the resident's individual network: everyone who helps. */
    Set<String> helpersOf(String residentId) {
        Set<String> all = new LinkedHashSet<>();
        for (Support s : supports.getOrDefault(residentId, List.of())) {
            if (active(s.helperId())) {
                all.add(s.helperId());
            }
        }
        String network = networkOfResident.get(residentId);
        if (network != null) {
            for (String m : networkMembers.getOrDefault(network, Set.of())) {
                if (active(m)) {
                    all.add(m);
                }
            }
        }
        return all;
    }

    /** Active supporters only (those with a SUPPORTS tie). */
    Set<String> supportersOf(String residentId) {
        Set<String> all = new LinkedHashSet<>();
        for (Support s : supports.getOrDefault(residentId, List.of())) {
            if (active(s.helperId())) {
                all.add(s.helperId());
            }
        }
        return all;
    }

    /**
     * The residents whose help runs through this helper, active or not: those it supports and those whose individual
     * network it is a member of.
     */
    Set<String> residentsTiedTo(String helperId) {
        Set<String> tied = new LinkedHashSet<>(supportedBy.getOrDefault(helperId, Set.of()));
        for (String network : memberOf.getOrDefault(helperId, Set.of())) {
            String resident = residentOfNetwork.get(network);
            if (resident != null) {
                tied.add(resident);
            }
        }
        return tied;
    }

    boolean active(String helperId) {
        Helper h = helpers.get(helperId);
        return h != null && h.active();
    }

    /** The daily-life area an area lies in (itself, for a daily-life area; the area itself above that level). */
    String dailyLifeAreaOf(String areaId) {
        for (String a = areaId; a != null; a = parentOf.get(a)) {
            if ("DAILY_LIFE_AREA".equals(levelOf.get(a))) {
                return a;
            }
        }
        return areaId;
    }

    /** True when {@code areaId} is {@code ancestor} or lies inside it. */
    boolean within(String areaId, String ancestor) {
        for (String a = areaId; a != null; a = parentOf.get(a)) {
            if (a.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** The daily-life areas, sorted. */
    List<String> dailyLifeAreas() {
        return levelOf.entrySet().stream().filter(e -> "DAILY_LIFE_AREA".equals(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** Residents living in the daily-life area. */
    Collection<Resident> residentsIn(String dailyLifeArea) {
        Map<String, Map<String, Resident>> byArea = residentsByArea;
        if (byArea == null) {
            synchronized (this) {
                byArea = residentsByArea;
                if (byArea == null) {
                    byArea = new HashMap<>();
                    for (Resident r : residents.values()) {
                        byArea.computeIfAbsent(r.dailyLifeArea(), k -> new java.util.LinkedHashMap<>()).put(r.id(), r);
                    }
                    residentsByArea = byArea;
                }
            }
        }
        return byArea.getOrDefault(dailyLifeArea, Map.of()).values();
    }

    /** How many residents living inside {@code area} need each service (memoized until they change). */
    Map<String, Integer> needing(String area) {
        return needCounts.computeIfAbsent(area, this::countNeeds);
    }

    private Map<String, Integer> countNeeds(String area) {
        Map<String, Integer> counts = new TreeMap<>();
        Collection<Resident> living = "DAILY_LIFE_AREA".equals(levelOf.get(area)) ? residentsIn(area)
                : residents.values().stream().filter(r -> within(r.areaId(), area)).toList();
        for (Resident r : living) {
            if (within(r.areaId(), area)) {
                r.needs().forEach(k -> counts.merge(k, 1, Integer::sum));
            }
        }
        return counts;
    }

    /** Every service kind offered or needed, sorted. */
    Set<String> services() {
        if (services == null) {
            Set<String> all = new java.util.TreeSet<>();
            providers.values().forEach(p -> all.addAll(p.offers()));
            residents.values().forEach(r -> all.addAll(r.needs()));
            services = java.util.Collections.unmodifiableSet(all);
        }
        return services;
    }

    /** Active providers offering a service. */
    List<Provider> providersOffering(String service) {
        if (providersByService == null) {
            Map<String, List<Provider>> byService = new HashMap<>();
            providers.values().stream().filter(Provider::active)
                    .forEach(p -> p.offers().forEach(k -> byService.computeIfAbsent(k, x -> new ArrayList<>()).add(p)));
            providersByService = byService;
        }
        return providersByService.getOrDefault(service, List.of());
    }

    /** Active providers of a service that serve the area (from inside it, or from an area containing it). */
    List<Provider> providersServing(String areaId, String service) {
        return providersOffering(service).stream()
                .filter(p -> p.serves().stream().anyMatch(served -> within(areaId, served) || within(served, areaId)))
                .toList();
    }

    /** Memoized answers of {@link Candidates} for this state of the network. */
    synchronized List<String> candidates(String key, java.util.function.Supplier<List<String>> compute) {
        List<String> known = candidates.get(key);
        if (known == null) {
            known = compute.get();
            candidates.put(key, known);
        }
        return known;
    }

    // ------------------------------------------------------------------ compact views: the support graph as int
    // arrays, the start page's counts per area; derived lazily from the maps above, dropped on every change

    private volatile SupportGraphIndex index;
    private volatile List<AreaCounts> areaCounts;
    private volatile Map<String, String> areaNames = Map.of();

    /** The support graph as compressed int arrays ({@link SupportGraphIndex}), built on first use after a change. */
    SupportGraphIndex index() {
        SupportGraphIndex known = index;
        if (known == null) {
            synchronized (this) {
                known = index;
                if (known == null) {
                    known = SupportGraphIndex.of(this);
                    index = known;
                }
            }
        }
        return known;
    }

    /** What the start page counts for every area, sorted by id ({@link AreaTally}), worked out on first use. */
    List<AreaCounts> areaCounts() {
        List<AreaCounts> known = areaCounts;
        if (known == null) {
            synchronized (this) {
                known = areaCounts;
                if (known == null) {
                    known = AreaTally.of(this);
                    areaCounts = known;
                }
            }
        }
        return known;
    }

    /** The areas' display names, by id (loaded with the area tree; a change of the tree reloads the network). */
    Map<String, String> areaNames() {
        return areaNames;
    }

    void putAreaNames(Map<String, String> names) {
        areaNames = java.util.Collections.unmodifiableMap(new HashMap<>(names)); // names may be missing: null
        dropCompactViews();
    }

    private void dropCompactViews() {
        index = null;
        areaCounts = null;
    }
}
