package jp.tsunagari.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.demo.DemoCityFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every library query on the demo city, run through the console as a layer-1 coordinator with its defaults: it runs
 * read-only and returns what its description promises, checked against figures computed here in Java from the raw
 * facts (residents, ties, areas) read separately.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLibraryOnDemoCityTest {

    @Autowired ConsoleService console;
    @Autowired QueryLibrary library;
    @Autowired Driver driver;
    @Autowired ApplicationContext context;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;
    ConsoleUsers users;
    TestGraph graph;

    // Raw facts
    Map<String, String> parent = new HashMap<>(), level = new HashMap<>(), areaName = new HashMap<>();
    Map<String, Map<String, Object>> residents = new LinkedHashMap<>();
    List<Map<String, Object>> supports = new ArrayList<>();
    Map<String, Set<String>> needs = new HashMap<>();
    Map<String, String> networkOf = new HashMap<>(); // resident → individual network
    Map<String, Set<String>> activeMembers = new HashMap<>(); // network → active member ids
    Map<String, Map<String, Object>> orgs = new LinkedHashMap<>();
    Map<String, Map<String, Object>> persons = new HashMap<>();

    @BeforeAll
    void demoCity() {
        users = new ConsoleUsers(strategies);
        graph = new TestGraph(driver);
        graph.clear();
        DemoCityFixture.loadHagi(context);
        rows("MATCH (a:Area) OPTIONAL MATCH (a)-[:PART_OF]->(p:Area) RETURN a.id AS id, a.level AS level, a.name AS name, p.id AS parent")
                .forEach(r -> {
                    level.put(r.get("id").asString(), r.get("level").asString());
                    areaName.put(r.get("id").asString(), r.get("name").asString());
                    if (!r.get("parent").isNull()) {
                        parent.put(r.get("id").asString(), r.get("parent").asString());
                    }
                });
        rows("MATCH (r:Resident) OPTIONAL MATCH (r)-[:LIVES_IN]->(a:Area) RETURN r.id AS id, r.livesAlone AS alone, r.careLevel AS care, a.id AS area")
                .forEach(r -> residents.put(r.get("id").asString(), Map.of("alone", r.get("alone").asBoolean(false),
                        "care", r.get("care").asString(""), "area", r.get("area").asString(""))));
        rows("""
                MATCH (s)-[t:SUPPORTS]->(r:Resident)
                RETURN s.id AS s, coalesce(s.active, true) AS active, s:Person AS person, r.id AS r, t.service AS service""")
                .forEach(r -> supports.add(Map.of("s", r.get("s").asString(), "active", r.get("active").asBoolean(),
                        "person", r.get("person").asBoolean(), "r", r.get("r").asString(), "service", r.get("service").asString(""))));
        rows("MATCH (r:Resident)-[:NEEDS]->(k:ServiceKind) RETURN r.id AS r, k.code AS k")
                .forEach(r -> needs.computeIfAbsent(r.get("r").asString(), x -> new HashSet<>()).add(r.get("k").asString()));
        rows("MATCH (n:IndividualNetwork)-[:FOR]->(r:Resident) RETURN n.id AS n, r.id AS r")
                .forEach(r -> networkOf.put(r.get("r").asString(), r.get("n").asString()));
        rows("MATCH (m)-[:MEMBER_OF]->(n:IndividualNetwork) WHERE coalesce(m.active, true) RETURN m.id AS m, n.id AS n")
                .forEach(r -> activeMembers.computeIfAbsent(r.get("n").asString(), x -> new HashSet<>()).add(r.get("m").asString()));
        rows("""
                MATCH (o:Organization)
                RETURN o.id AS id, o.type AS type, coalesce(o.active, true) AS active, labels(o) AS labels,
                       COLLECT { MATCH (o)-[:OFFERS]->(k) RETURN k.code } AS offers,
                       COLLECT { MATCH (o)-[:SERVES]->(a) RETURN a.id } AS serves""")
                .forEach(r -> orgs.put(r.get("id").asString(), Map.of("type", r.get("type").asString(),
                        "active", r.get("active").asBoolean(), "labels", Set.copyOf(r.get("labels").asList(Value::asString)),
                        "offers", Set.copyOf(r.get("offers").asList(Value::asString)),
                        "serves", Set.copyOf(r.get("serves").asList(Value::asString)))));
        rows("MATCH (p:Person) RETURN p.id AS id, p.role AS role, coalesce(p.active, true) AS active")
                .forEach(r -> persons.put(r.get("id").asString(), Map.of("role", r.get("role").asString(""))));
    }

    private List<Record> rows(String cypher) {
        return driver.executableQuery(cypher).execute().records();
    }

    private ConsoleResult run(String id) {
        return run(id, library.find(id).orElseThrow().defaults());
    }

    private ConsoleResult run(String id, Map<String, Object> params) {
        LibraryQuery q = library.find(id).orElseThrow();
        String before = graph.fingerprintOfNetwork();
        ConsoleResult result = users.as("t-library-layer1", "LAYER1_COORDINATOR", () -> console.run(q, params));
        assertThat(graph.fingerprintOfNetwork()).as(id + " changed nothing").isEqualTo(before);
        return result;
    }

    private static List<Map<String, Object>> maps(ConsoleResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                m.put(result.columns().get(i), row.get(i));
            }
            out.add(m);
        }
        return out;
    }

    private static <T> Map<T, Object> column(List<Map<String, Object>> rows, Function<Map<String, Object>, T> key, String column) {
        Map<T, Object> out = new TreeMap<>();
        rows.forEach(r -> out.put(key.apply(r), r.get(column)));
        return out;
    }

    /** The daily-life area an area lies in (itself if it is one). */
    private String dailyLifeArea(String area) {
        String a = area;
        while (a != null && !"DAILY_LIFE_AREA".equals(level.get(a))) {
            a = parent.get(a);
        }
        return a;
    }

    private boolean within(String area, String ancestor) {
        for (String a = area; a != null; a = parent.get(a)) {
            if (a.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> activeHelpers(String resident) {
        Set<String> helpers = supports.stream().filter(s -> s.get("r").equals(resident) && (boolean) s.get("active"))
                .map(s -> (String) s.get("s")).collect(Collectors.toCollection(HashSet::new));
        String network = networkOf.get(resident);
        if (network != null) {
            helpers.addAll(activeMembers.getOrDefault(network, Set.of()));
        }
        return helpers;
    }

    private Set<String> activeSupporters(String resident) {
        return supports.stream().filter(s -> s.get("r").equals(resident) && (boolean) s.get("active"))
                .map(s -> (String) s.get("s")).collect(Collectors.toSet());
    }

    private boolean covered(String resident, String service) {
        return supports.stream().anyMatch(s -> s.get("r").equals(resident) && (boolean) s.get("active")
                && s.get("service").equals(service));
    }

    private Set<String> dailyLifeAreas() {
        return level.entrySet().stream().filter(e -> e.getValue().equals("DAILY_LIFE_AREA")).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void everyLibraryQueryRunsReadOnlyOnTheDemoCity() {
        for (LibraryQuery q : library.all()) {
            assertThat(run(q.id()).columns()).as(q.id()).isNotEmpty();
        }
    }

    // ---- isolation --------------------------------------------------------------------------------------------

    @Test
    void livingAloneWithoutWatchingCountsPerDailyLifeArea() {
        Map<String, Long> expected = new TreeMap<>();
        residents.forEach((id, r) -> {
            if ((boolean) r.get("alone") && !covered(id, "WATCHING")) {
                expected.merge(dailyLifeArea((String) r.get("area")), 1L, Long::sum);
            }
        });
        assertThat(expected).isNotEmpty();
        assertThat(column(maps(run("isolation/living-alone-without-watching")), r -> (String) r.get("area"), "residents"))
                .isEqualTo(new TreeMap<>(expected));
    }

    @Test
    void isolatedResidentsInAreaAreThoseWithNoActiveHelpAndNoNetwork() {
        Set<String> expected = residents.entrySet().stream()
                .filter(e -> within((String) e.getValue().get("area"), "area-d01"))
                .filter(e -> activeSupporters(e.getKey()).isEmpty() && !networkOf.containsKey(e.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        assertThat(maps(run("isolation/isolated-residents-in-area"))).extracting(r -> r.get("resident"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void cutOffIfServiceStopsAreThoseOnlyHelpedByOrganizationsOfferingIt() {
        int found = 0;
        for (String service : List.of("SALON", "WATCHING", "MEALS", "DAY_CARE", "HOME_CARE")) {
            Set<String> expected = new HashSet<>();
            residents.keySet().forEach(id -> {
                Set<String> helpers = activeSupporters(id);
                if (!networkOf.containsKey(id) && !helpers.isEmpty() && helpers.stream().allMatch(h -> orgs.containsKey(h)
                        && ((Set<?>) orgs.get(h).get("offers")).contains(service))) {
                    expected.add(id);
                }
            });
            found += expected.size();
            assertThat(maps(run("isolation/cut-off-if-service-stops", Map.of("service", service))))
                    .extracting(r -> r.get("resident")).as(service).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(found).as("the demo city has nobody helped by one kind of organization only").isZero();
        try {
            graph.run("""
                    MATCH (o:Organization)-[:OFFERS]->(:ServiceKind {code: 'SALON'}) WHERE coalesce(o.active, true)
                    WITH o LIMIT 1 MATCH (n:Area {id: $area})
                    CREATE (r:Resident {id: 't-salon-only', name: 't', pseudonym: '住民-t-salon'})-[:LIVES_IN]->(n),
                           (o)-[:SUPPORTS {service: 'SALON'}]->(r)""", "area", residents.get("res-000001").get("area"));
            assertThat(maps(run("isolation/cut-off-if-service-stops"))).extracting(r -> r.get("resident"))
                    .containsExactly("t-salon-only");
        } finally {
            graph.run("MATCH (r:Resident {id: 't-salon-only'}) DETACH DELETE r");
        }
    }

    @Test
    void singleSupporterByKindCountsResidentsWithOneHelper() {
        Map<String, Long> expected = new TreeMap<>();
        residents.keySet().forEach(id -> {
            Set<String> helpers = activeHelpers(id);
            if (helpers.size() == 1) {
                String h = helpers.iterator().next();
                String kind = orgs.containsKey(h) ? (String) orgs.get(h).get("type") : (String) persons.get(h).get("role");
                expected.merge(kind, 1L, Long::sum);
            }
        });
        assertThat(column(maps(run("isolation/single-supporter-by-kind")), r -> (String) r.get("helperKind"), "residents"))
                .isEqualTo(new TreeMap<>(expected));
    }

    @Test
    void keyPersonsAreTheOnlyHelpersOfAtLeastTwoResidents() {
        Map<String, Set<String>> dependents = new HashMap<>();
        residents.keySet().forEach(id -> {
            Set<String> helpers = activeHelpers(id);
            if (helpers.size() == 1) {
                dependents.computeIfAbsent(helpers.iterator().next(), h -> new HashSet<>()).add(id);
            }
        });
        Map<String, Set<String>> expected = dependents.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(expected).isNotEmpty();
        Map<String, Set<String>> actual = new HashMap<>();
        for (List<Object> row : run("isolation/key-persons").rows()) {
            actual.computeIfAbsent(((ResultNode) row.get(0)).id(), k -> new HashSet<>()).add(((ResultNode) row.get(2)).id());
        }
        assertThat(actual).isEqualTo(expected);
    }

    // ---- needs and coverage -----------------------------------------------------------------------------------

    @Test
    void unmetNeedsPerServiceCountTheNeedsNoActiveSupporterCovers() {
        Map<String, Long> unmet = new TreeMap<>(), needing = new TreeMap<>();
        needs.forEach((resident, codes) -> codes.forEach(code -> {
            needing.merge(code, 1L, Long::sum);
            if (!covered(resident, code)) {
                unmet.merge(code, 1L, Long::sum);
            }
        }));
        List<Map<String, Object>> rows = maps(run("needs-coverage/unmet-needs-by-service"));
        assertThat(column(rows, r -> (String) r.get("service"), "needing")).isEqualTo(new TreeMap<>(needing));
        Map<String, Object> actualUnmet = column(rows, r -> (String) r.get("service"), "unmet");
        actualUnmet.values().removeIf(v -> ((Long) v) == 0);
        assertThat(actualUnmet).isEqualTo(new TreeMap<>(unmet));
    }

    @Test
    void coverageByAreaGivesNeedingCoveredAndTheShare() {
        Map<String, long[]> expected = new TreeMap<>();
        needs.forEach((resident, codes) -> {
            if (codes.contains("WATCHING")) {
                long[] c = expected.computeIfAbsent(dailyLifeArea((String) residents.get(resident).get("area")), k -> new long[2]);
                c[0]++;
                if (covered(resident, "WATCHING")) {
                    c[1]++;
                }
            }
        });
        List<Map<String, Object>> rows = maps(run("needs-coverage/coverage-by-area"));
        assertThat(rows).hasSize(expected.size());
        for (Map<String, Object> r : rows) {
            long[] c = expected.get((String) r.get("area"));
            assertThat(r.get("needing")).isEqualTo(c[0]);
            assertThat(r.get("covered")).isEqualTo(c[1]);
            assertThat((Double) r.get("percentCovered")).isCloseTo(100.0 * c[1] / c[0], org.assertj.core.data.Offset.offset(0.051));
        }
    }

    @Test
    void providersPerNeedCountResidentsAndProvidersServingEachArea() {
        Map<String, Object> needing = new TreeMap<>(), providers = new TreeMap<>();
        for (String d : dailyLifeAreas()) {
            needing.put(d, needs.entrySet().stream().filter(e -> e.getValue().contains("HOME_CARE")
                    && within((String) residents.get(e.getKey()).get("area"), d)).count());
            providers.put(d, orgs.values().stream().filter(o -> (boolean) o.get("active")
                    && ((Set<?>) o.get("offers")).contains("HOME_CARE")
                    && ((Set<?>) o.get("serves")).stream().anyMatch(x -> within((String) x, d) || within(d, (String) x))).count());
        }
        List<Map<String, Object>> rows = maps(run("needs-coverage/providers-per-need"));
        assertThat(column(rows, r -> (String) r.get("area"), "needing")).isEqualTo(needing);
        assertThat(column(rows, r -> (String) r.get("area"), "providers")).isEqualTo(providers);
    }

    @Test
    void residentSupportReturnsTheResidentsHelpersAsAGraph() {
        String resident = "res-000003";
        Set<String> helpers = supports.stream().filter(s -> s.get("r").equals(resident)).map(s -> (String) s.get("s"))
                .collect(Collectors.toSet());
        assertThat(helpers).isNotEmpty();
        ConsoleResult result = run("needs-coverage/resident-support");
        var data = ResultGraph.of(result);
        Set<String> ids = new HashSet<>();
        result.rows().forEach(row -> row.forEach(c -> {
            if (c instanceof ResultNode n) {
                ids.add(n.id());
            }
        }));
        assertThat(ids).contains(resident).containsAll(helpers);
        assertThat(data.edges().stream().filter(e -> "SUPPORTS".equals(e.kind())).count()).isEqualTo(helpers.size());
    }

    @Test
    void needsPerCareLevelCountsResidentsAloneAndMeanNeeds() {
        Map<String, long[]> expected = new TreeMap<>();
        residents.forEach((id, r) -> {
            long[] c = expected.computeIfAbsent((String) r.get("care"), k -> new long[3]);
            c[0]++;
            c[1] += (boolean) r.get("alone") ? 1 : 0;
            c[2] += needs.getOrDefault(id, Set.of()).size();
        });
        for (Map<String, Object> r : maps(run("needs-coverage/needs-per-care-level"))) {
            long[] c = expected.get((String) r.get("careLevel"));
            assertThat(r.get("residents")).isEqualTo(c[0]);
            assertThat(r.get("livingAlone")).isEqualTo(c[1]);
            assertThat((Double) r.get("meanNeeds")).isCloseTo((double) c[2] / c[0], org.assertj.core.data.Offset.offset(0.0051));
        }
    }

    // ---- provider networks ------------------------------------------------------------------------------------

    @Test
    void providerNetworkQueriesAgreeWithTheMembershipTies() {
        Map<String, Long> members = new TreeMap<>();
        Map<String, Long> joined = new TreeMap<>();
        LocalDate since = LocalDate.of(2026, 1, 1);
        rows("""
                MATCH (o:Organization)-[m:MEMBER_OF]->(n:ProviderNetwork {scope: 'SAME_KIND'})
                RETURN n.id AS n, o.id AS o, coalesce(o.active, true) AS active, m.since AS since""").forEach(r -> {
            if (r.get("active").asBoolean()) {
                members.merge(r.get("n").asString(), 1L, Long::sum);
            }
            if (!r.get("since").isNull() && !r.get("since").asLocalDate().isBefore(since)) {
                joined.merge(r.get("n").asString(), 1L, Long::sum);
            }
        });
        Map<String, Object> actualMembers = column(maps(run("provider-networks/same-kind-networks")),
                r -> (String) r.get("network"), "members");
        actualMembers.values().removeIf(v -> (Long) v == 0);
        assertThat(actualMembers).isEqualTo(new TreeMap<>(members));
        assertThat(column(maps(run("provider-networks/joined-since")), r -> (String) r.get("network"), "joined"))
                .isEqualTo(new TreeMap<>(joined));
        LocalDate early = LocalDate.of(1990, 1, 1);
        assertThat(run("provider-networks/joined-since", Map.of("since", early)).rows().stream()
                .mapToLong(r -> (Long) r.get(2)).sum()).as("everyone joined after 1990")
                .isEqualTo(graph.count("MATCH (o:Organization)-[m:MEMBER_OF]->(:ProviderNetwork {scope: 'SAME_KIND'}) RETURN count(m)"));
    }

    @Test
    void providersOutsideNetworkAreActiveOffersInCoveredAreasWithoutMembership() {
        Map<String, Set<String>> expected = new TreeMap<>();
        rows("""
                MATCH (n:ProviderNetwork {scope: 'SAME_KIND'})
                RETURN n.id AS id, n.service AS service, COLLECT { MATCH (n)-[:COVERS]->(a) RETURN a.id } AS covers,
                       COLLECT { MATCH (o)-[:MEMBER_OF]->(n) RETURN o.id } AS members""").forEach(r -> {
            Set<String> covers = Set.copyOf(r.get("covers").asList(Value::asString));
            Set<String> memberIds = Set.copyOf(r.get("members").asList(Value::asString));
            orgs.forEach((id, o) -> {
                if ((boolean) o.get("active") && ((Set<?>) o.get("offers")).contains(r.get("service").asString())
                        && !memberIds.contains(id) && ((Set<?>) o.get("serves")).stream()
                        .anyMatch(x -> covers.stream().anyMatch(c -> within((String) x, c)))) {
                    expected.computeIfAbsent(r.get("id").asString(), k -> new java.util.TreeSet<>()).add(id);
                }
            });
        });
        assertThat(expected).isNotEmpty();
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Map<String, Object> r : maps(run("provider-networks/providers-outside-network"))) {
            actual.put((String) r.get("network"), new java.util.TreeSet<>(((List<?>) r.get("outside")).stream().map(String::valueOf).toList()));
            assertThat(r.get("outsideCount")).isEqualTo((long) ((List<?>) r.get("outside")).size());
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void crossKindCompositionListsMissingTypesAndAreasWithoutNetworkIncludeArea6() {
        for (Map<String, Object> r : maps(run("provider-networks/cross-kind-composition"))) {
            Set<String> types = new HashSet<>(rows("""
                    MATCH (o:Organization)-[:MEMBER_OF]->(:ProviderNetwork {id: '%s'}) WHERE coalesce(o.active, true)
                    RETURN DISTINCT o.type AS t""".formatted(r.get("network"))).stream().map(x -> x.get("t").asString()).toList());
            assertThat(new HashSet<>((List<?>) r.get("types"))).isEqualTo(types);
            List<String> missing = List.of("MEDICAL", "CARE_PROVIDER", "COMMUNITY_SUPPORT_CENTER", "NEIGHBORHOOD_ASSOCIATION", "NPO")
                    .stream().filter(t -> !types.contains(t)).toList();
            assertThat(r.get("missing")).isEqualTo(missing);
        }
        List<Map<String, Object>> areas = maps(run("provider-networks/areas-without-network"));
        assertThat(areas).hasSize(dailyLifeAreas().size());
        assertThat(areas.stream().filter(r -> (Long) r.get("crossKind") == 0).map(r -> r.get("area")).toList())
                .containsExactly("area-d06");
    }

    // ---- associations and NPOs --------------------------------------------------------------------------------

    @Test
    void associationQueriesAgreeWithReferralsAndReportedNeeds() {
        Map<String, Set<String>> refers = new HashMap<>(), reports = new HashMap<>();
        rows("MATCH (a:NeighborhoodAssociation)-[:REFERS_TO]->(n:NPO) RETURN a.id AS a, n.id AS n")
                .forEach(r -> refers.computeIfAbsent(r.get("a").asString(), k -> new HashSet<>()).add(r.get("n").asString()));
        rows("MATCH (a:NeighborhoodAssociation)-[:REPORTS_NEED]->(k) RETURN a.id AS a, k.code AS k")
                .forEach(r -> reports.computeIfAbsent(r.get("a").asString(), k -> new HashSet<>()).add(r.get("k").asString()));
        Set<String> associations = orgs.entrySet().stream()
                .filter(e -> ((Set<?>) e.getValue().get("labels")).contains("NeighborhoodAssociation")).map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        for (Map<String, Object> r : maps(run("associations-npos/association-referrals"))) {
            String a = (String) r.get("association");
            assertThat(r.get("npos")).isEqualTo((long) refers.getOrDefault(a, Set.of()).size());
            assertThat(new HashSet<>((List<?>) r.get("reportedNeeds"))).isEqualTo(reports.getOrDefault(a, Set.of()));
        }

        Map<String, Long> without = new TreeMap<>();
        associations.stream().filter(a -> !refers.containsKey(a)).forEach(a -> ((Set<?>) orgs.get(a).get("serves"))
                .stream().map(x -> dailyLifeArea((String) x)).distinct().forEach(d -> without.merge(d, 1L, Long::sum)));
        assertThat(without).isNotEmpty();
        assertThat(column(maps(run("associations-npos/associations-without-npo")), r -> (String) r.get("area"), "count"))
                .isEqualTo(new TreeMap<>(without));

        Map<String, Long> unreferred = new TreeMap<>();
        reports.forEach((a, codes) -> codes.forEach(code -> {
            boolean met = refers.getOrDefault(a, Set.of()).stream().anyMatch(n -> (boolean) orgs.get(n).get("active")
                    && ((Set<?>) orgs.get(n).get("offers")).contains(code));
            if (!met) {
                unreferred.merge(code, 1L, Long::sum);
            }
        }));
        assertThat(column(maps(run("associations-npos/unreferred-needs")), r -> (String) r.get("need"), "associations"))
                .isEqualTo(new TreeMap<>(unreferred));

        Map<String, Long> referredBy = new TreeMap<>();
        orgs.forEach((id, o) -> {
            if (((Set<?>) o.get("labels")).contains("NPO")) {
                referredBy.put(id, refers.values().stream().filter(s -> s.contains(id)).count());
            }
        });
        assertThat(column(maps(run("associations-npos/npo-reach")), r -> (String) r.get("npo"), "referredBy"))
                .isEqualTo(new TreeMap<>(referredBy));
    }

    // ---- councils ---------------------------------------------------------------------------------------------

    @Test
    void councilQueriesAgreeWithTheSeats() {
        Map<String, long[]> seats = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        rows("MATCH (m)-[:SITS_ON]->(c:Council) RETURN c.id AS c, m.id AS m, m:Person AS person").forEach(r -> {
            long[] s = seats.computeIfAbsent(r.get("c").asString(), k -> new long[2]);
            s[r.get("person").asBoolean() ? 0 : 1]++;
            if (!r.get("person").asBoolean()) {
                byType.merge(r.get("c").asString() + "/" + orgs.get(r.get("m").asString()).get("type"), 1L, Long::sum);
            }
        });
        List<Map<String, Object>> members = maps(run("councils/council-members"));
        assertThat(members).hasSize((int) graph.count("MATCH (c:Council) RETURN count(c)"));
        for (Map<String, Object> r : members) {
            long[] s = seats.getOrDefault((String) r.get("council"), new long[2]);
            assertThat(r.get("people")).as((String) r.get("council")).isEqualTo(s[0]);
            assertThat(r.get("organizations")).isEqualTo(s[1]);
        }
        assertThat(column(maps(run("councils/council-organization-types")),
                r -> r.get("council") + "/" + r.get("organizationType"), "organizations")).isEqualTo(new TreeMap<>(byType));

        Set<String> covered = new HashSet<>(rows("MATCH (:Council {layer: 2})-[:COVERS]->(a:Area) RETURN a.id AS a")
                .stream().map(r -> r.get("a").asString()).toList());
        assertThat(maps(run("councils/areas-without-council"))).extracting(r -> r.get("area"))
                .containsExactlyElementsOf(dailyLifeAreas().stream().filter(d -> !covered.contains(d)).toList());

        for (Map<String, Object> r : maps(run("councils/coordinators-on-councils"))) {
            String c = (String) r.get("coordinator");
            assertThat(r.get("convenes")).isEqualTo(graph.count(
                    "MATCH (n:ProviderNetwork)-[:CONVENED_BY]->(:Coordinator {id: $id}) RETURN count(DISTINCT n)", "id", c));
            assertThat(new HashSet<>((List<?>) r.get("areas"))).isEqualTo(new HashSet<>(rows(
                    "MATCH (:Coordinator {id: '%s'})-[:ASSIGNED_TO]->(a) RETURN a.id AS a".formatted(c)).stream()
                    .map(x -> x.get("a").asString()).toList()));
        }
    }

    // ---- data quality -----------------------------------------------------------------------------------------

    @Test
    void dataQualityQueriesFindNothingInTheCleanDemoCityAndFindPlantedFlaws() {
        assertThat(run("data-quality/residents-without-area").rows()).isEmpty();
        assertThat(run("data-quality/unknown-service-codes").rows()).isEmpty();
        Map<String, Object> ties = column(maps(run("data-quality/ties-without-since")), r -> (String) r.get("tie"), "ties");
        assertThat(ties.get("SUPPORTS")).isEqualTo((long) supports.size());
        long notOffered = supports.stream().filter(s -> orgs.containsKey((String) s.get("s"))
                && !((Set<?>) orgs.get((String) s.get("s")).get("offers")).contains(s.get("service"))).count();
        assertThat(run("data-quality/support-not-offered").rows().stream().mapToLong(r -> (Long) r.get(3)).sum())
                .isEqualTo(notOffered);

        try {
            graph.run("""
                    CREATE (:Resident {id: 't-lost', name: 'x', pseudonym: '住民-t-lost'})
                    WITH 1 AS one MATCH (p:Person {id: 'per-000001'}), (r:Resident {id: 'res-000001'})
                    CREATE (p)-[:SUPPORTS {service: 'WATHCING'}]->(r)""");
            assertThat(maps(run("data-quality/residents-without-area"))).extracting(r -> r.get("resident")).containsExactly("t-lost");
            assertThat(maps(run("data-quality/unknown-service-codes"))).extracting(r -> r.get("code")).containsExactly("WATHCING");
            assertThat(column(maps(run("data-quality/ties-without-since")), r -> (String) r.get("tie"), "withoutSince").get("SUPPORTS"))
                    .isEqualTo(1L + graph.count("MATCH ()-[s:SUPPORTS]->() WHERE s.since IS NULL AND s.service <> 'WATHCING' RETURN count(s)"));
        } finally {
            graph.run("MATCH ()-[s:SUPPORTS {service: 'WATHCING'}]->() DELETE s");
            graph.run("MATCH (r:Resident {id: 't-lost'}) DELETE r");
        }
    }

    // ---- as an analyst ----------------------------------------------------------------------------------------

    @Test
    void analystsGetTheLibrarysDeclaredCountsSuppressedAndNoNames() {
        LibraryQuery q = library.find("isolation/living-alone-without-watching").orElseThrow();
        ConsoleResult exact = run(q.id());
        ConsoleResult analyst = users.as("t-library-analyst", "ANALYST", () -> console.run(q, q.defaults()));
        assertThat(analyst.suppressedColumns()).contains("residents");
        for (int i = 0; i < exact.rows().size(); i++) {
            long n = (Long) exact.rows().get(i).get(2);
            assertThat(analyst.rows().get(i).get(2)).isEqualTo(n < 10 ? null : n);
        }
        LibraryQuery isolated = library.find("isolation/isolated-residents-in-area").orElseThrow();
        ConsoleResult named = run(isolated.id());
        ConsoleResult pseudonymised = users.as("t-library-analyst", "ANALYST", () -> console.run(isolated, isolated.defaults()));
        Set<String> realNames = named.rows().stream().map(r -> (String) r.get(1)).collect(Collectors.toSet());
        assertThat(pseudonymised.rows()).extracting(r -> (String) r.get(1)).allMatch(n -> n.startsWith("住民-"))
                .noneMatch(realNames::contains);
    }
}
