package jp.tsunagari.gaps;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * An immutable snapshot of the support network, as the gap detectors need it. {@code graph} is undirected: residents
 * linked to their active supporters and to their individual network, the network linked to its active members.
 * Suspended organizations and people are absent from it, as everywhere in gap analysis.
 */
record SupportNetwork(Map<String, Resident> residents, Map<String, Helper> helpers,
                      Map<String, List<Support>> supports, Map<String, String> networkOfResident,
                      Map<String, Set<String>> networkMembers, Map<String, Provider> providers,
                      Map<String, Set<String>> sameKindMembers, Map<String, String> parentOf,
                      Map<String, List<String>> layer2Coordinators, Graph<String, DefaultEdge> graph,
                      Map<String, String> levelOf, Map<String, ProviderNetwork> providerNetworks,
                      Map<String, Association> associations) {

    /** A same-kind or cross-kind provider network: the areas it covers, its member organizations and networks. */
    record ProviderNetwork(String id, String name, boolean sameKind, String service, Set<String> covers,
                           Set<String> memberOrganizations, Set<String> memberNetworks) {
    }

    /** A neighbourhood association: the NPOs it refers to and the needs it reports. */
    record Association(String id, String name, String areaId, Set<String> refersTo, Set<String> reportedNeeds) {
    }

    record Resident(String id, String areaId, String dailyLifeArea, String careLevel, Set<String> needs) {
    }

    record Helper(String id, boolean organization, String kind, String name, boolean active) {
    }

    record Support(String helperId, String service) {
    }

    record Provider(String id, String name, String type, boolean active, Set<String> offers, Set<String> serves) {
    }

    /**
     * The same network as if these people and organizations stopped (what-if): they count as inactive everywhere and
     * leave the graph. The database is not touched.
     */
    SupportNetwork without(Set<String> stopped) {
        Map<String, Helper> helpersAfter = new java.util.HashMap<>(helpers);
        stopped.forEach(id -> helpersAfter.computeIfPresent(id, (k, h) -> new Helper(h.id(), h.organization(), h.kind(),
                h.name(), false)));
        Map<String, Provider> providersAfter = new java.util.HashMap<>(providers);
        stopped.forEach(id -> providersAfter.computeIfPresent(id, (k, p) -> new Provider(p.id(), p.name(), p.type(), false,
                p.offers(), p.serves())));
        Set<String> remaining = new java.util.HashSet<>(graph.vertexSet());
        remaining.removeAll(stopped);
        return new SupportNetwork(residents, helpersAfter, supports, networkOfResident, networkMembers, providersAfter,
                sameKindMembers, parentOf, layer2Coordinators, new org.jgrapht.graph.AsSubgraph<>(graph, remaining),
                levelOf, providerNetworks, associations);
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
            networkMembers.getOrDefault(network, Set.of()).stream().filter(this::active).forEach(all::add);
        }
        return all;
    }

    /** Active supporters only (those with a SUPPORTS tie). */
    Set<String> supportersOf(String residentId) {
        Set<String> all = new LinkedHashSet<>();
        supports.getOrDefault(residentId, List.of()).stream().map(Support::helperId).filter(this::active).forEach(all::add);
        return all;
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

    /** Active providers of a service that serve the area (from inside it, or from an area containing it). */
    List<Provider> providersServing(String areaId, String service) {
        return providers.values().stream()
                .filter(p -> p.active() && p.offers().contains(service))
                .filter(p -> p.serves().stream().anyMatch(served -> within(areaId, served) || within(served, areaId)))
                .toList();
    }
}
