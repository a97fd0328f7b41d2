package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Builds small hand-made support networks for detector tests: area d1 with neighbourhoods n1, n2; d2 with n3. */
final class TestNetwork {

    final Map<String, SupportNetwork.Resident> residents = new HashMap<>();
    final Map<String, SupportNetwork.Helper> helpers = new HashMap<>();
    final Map<String, List<SupportNetwork.Support>> supports = new HashMap<>();
    final Map<String, String> networkOf = new HashMap<>();
    final Map<String, Set<String>> members = new HashMap<>();
    final Map<String, SupportNetwork.Provider> providers = new HashMap<>();
    final Map<String, Set<String>> sameKind = new HashMap<>();
    final Map<String, String> parentOf = new HashMap<>(Map.of("d1", "city", "d2", "city", "n1", "d1", "n2", "d1", "n3", "d2"));
    final Map<String, List<String>> layer2 = new HashMap<>();
    final Map<String, String> levelOf = new HashMap<>(Map.of("city", "MUNICIPALITY", "d1", "DAILY_LIFE_AREA",
            "d2", "DAILY_LIFE_AREA", "n1", "NEIGHBORHOOD", "n2", "NEIGHBORHOOD", "n3", "NEIGHBORHOOD"));
    final Map<String, SupportNetwork.ProviderNetwork> providerNetworks = new HashMap<>();
    final Map<String, SupportNetwork.Association> associations = new HashMap<>();
    final Map<String, SupportNetwork.DisplayName> names = new HashMap<>();

    static final GapSettings SETTINGS = new GapSettings("CARE_1", 2, 2, 5, 1, 5, 100, 4, 10, 3, 0);

    static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }

    TestNetwork resident(String id, String neighbourhood, String careLevel, String... needs) {
        residents.put(id, new SupportNetwork.Resident(id, neighbourhood, parentOf.get(neighbourhood), careLevel, Set.of(needs)));
        names.putIfAbsent(id, new SupportNetwork.DisplayName("住民" + id, "住民-" + id, false));
        return this;
    }

    /** Gives a node a display name (a resident's comes with a pseudonym). */
    TestNetwork named(String id, String name) {
        names.put(id, new SupportNetwork.DisplayName(name, residents.containsKey(id) ? "住民-" + id : null, false));
        return this;
    }

    TestNetwork person(String id, String role, boolean active) {
        helpers.put(id, new SupportNetwork.Helper(id, false, role, null, active));
        return this;
    }

    TestNetwork organization(String id, String name, boolean active, String servesArea, String... offers) {
        helpers.put(id, new SupportNetwork.Helper(id, true, "NPO", name, active));
        names.put(id, new SupportNetwork.DisplayName(name, null, false));
        providers.put(id, new SupportNetwork.Provider(id, name, "NPO", active, Set.of(offers), Set.of(servesArea)));
        return this;
    }

    TestNetwork supports(String helper, String resident, String service) {
        supports.computeIfAbsent(resident, k -> new ArrayList<>()).add(new SupportNetwork.Support(helper, service));
        return this;
    }

    TestNetwork network(String id, String resident, String... memberIds) {
        networkOf.put(resident, id);
        members.put(id, new HashSet<>(Set.of(memberIds)));
        return this;
    }

    TestNetwork sameKindMember(String service, String org) {
        sameKind.computeIfAbsent(service, k -> new HashSet<>()).add(org);
        return this;
    }

    TestNetwork layer2Coordinator(String id, String area) {
        layer2.computeIfAbsent(area, k -> new ArrayList<>()).add(id);
        return this;
    }

    TestNetwork providerNetwork(String id, boolean sameKind, String service, String covers, Set<String> orgs,
                                Set<String> networks) {
        providerNetworks.put(id, new SupportNetwork.ProviderNetwork(id, id, sameKind, service, Set.of(covers), orgs, networks));
        return this;
    }

    TestNetwork association(String id, String area, Set<String> refersTo, Set<String> reportedNeeds) {
        associations.put(id, new SupportNetwork.Association(id, id + "自治会", area, refersTo, reportedNeeds));
        names.put(id, new SupportNetwork.DisplayName(id + "自治会", null, false));
        return this;
    }

    SupportNetwork build() {
        // The same support graph the loader builds from the database.
        Graph<String, DefaultEdge> graph = SupportNetwork.graph(residents, helpers, supports, networkOf, members);
        SupportNetwork network = new SupportNetwork(residents, helpers, supports, networkOf, members, providers, sameKind,
                parentOf, layer2, graph, levelOf, providerNetworks, associations);
        network.putNames(names);
        return network;
    }

    /** A message as a coordinator reads it in Japanese: names from this town. */
    String ja(Finding.Text text) {
        return messages().render(text, java.util.Locale.JAPANESE, this::nameOf);
    }

    String en(Finding.Text text) {
        return messages().render(text, java.util.Locale.ENGLISH, this::nameOf);
    }

    private String nameOf(String id) {
        SupportNetwork.DisplayName name = names.get(id);
        return name == null || name.name() == null ? id : name.name();
    }

    List<Finding> detect(GapDetector detector) {
        return detector.detect(build(), SETTINGS, messages());
    }
}
