package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.demo.DemoCityFixture;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The engine on a town stored in Neo4j: on ギャップ町, built so that every kind of gap occurs, it names exactly the
 * subjects the seed rules name (worked out by hand below); on the demo city it names the same subjects, type by type,
 * as the analysts' Cypher queries ({@code cypher/queries/gaps.cypher}) — two independent implementations of the rules
 * checking each other.
 */
@TsunagariTest
class GapEngineTest {

    @Autowired GapEngine engine;
    @Autowired Driver driver;
    @Autowired ApplicationContext context;

    /**
     * ギャップ町: 中央圏域 (g-d1: neighbourhoods g-n1, g-n2) and 東部圏域 (g-d2: g-n3).
     * <ul>
     *   <li>g-r1 (要介護2) has nobody: isolated, and needs an individual network it lacks.</li>
     *   <li>g-r2 has an individual network whose only member, a salon, is suspended: isolated (inactive is absent),
     *       and the network has no route to a layer-3 coordinator.</li>
     *   <li>g-r3 and g-r4 are watched over by one 民生委員 alone (single supporter each; she is their key person);
     *       g-r3 also needs shopping that nobody brings, and with two needs should have a network.</li>
     *   <li>g-r5 (要介護3) is well supported: home care, family, a layer-3 coordinator in her network. No gap.</li>
     *   <li>g-r6 has a network of one family member: single supporter, no coordinator route.</li>
     *   <li>g-m1…g-m5 in 東部 are watched over by two volunteers but need meals nobody in the area provides: an unmet
     *       need each, a network each should have, and a shortage of meals in 東部.</li>
     *   <li>Home care in 中央 has a same-kind network that g-care2 stays outside of (g-care3, suspended, is absent);
     *       the cross-kind network of 中央 has it as member but nobody offering watching or shopping, which residents
     *       there need; a salon network in 中央 belongs to nothing (siloed).</li>
     *   <li>東部 has four day-care providers with no same-kind network and nobody needing day care (duplication), and
     *       no cross-kind network.</li>
     *   <li>Associations: g-assoc1 refers to an NPO offering watching but not the shopping it reports; g-assoc2 refers
     *       only to a suspended NPO; g-assoc3 to nobody.</li>
     * </ul>
     */
    static final Map<GapType, List<String>> EXPECTED_IN_GAP_TOWN = new TreeMap<>(Map.ofEntries(
            Map.entry(GapType.ISOLATED_RESIDENT, List.of("g-r1", "g-r2")),
            Map.entry(GapType.SINGLE_SUPPORTER, List.of("g-r3", "g-r4", "g-r6")),
            Map.entry(GapType.UNMET_NEED, List.of("g-m1", "g-m2", "g-m3", "g-m4", "g-m5", "g-r3")),
            Map.entry(GapType.NETWORK_NOT_FORMED, List.of("g-m1", "g-m2", "g-m3", "g-m4", "g-m5", "g-r1", "g-r3")),
            Map.entry(GapType.NO_COORDINATOR_ROUTE, List.of("g-inw2", "g-inw6")),
            Map.entry(GapType.KEY_PERSON, List.of("g-minsei")),
            Map.entry(GapType.OUTSIDE_SAME_KIND_NETWORK, List.of("g-care2")),
            Map.entry(GapType.NO_CROSS_KIND_NETWORK, List.of("g-d2")),
            Map.entry(GapType.ASSOCIATION_WITHOUT_NPO, List.of("g-assoc2", "g-assoc3")),
            Map.entry(GapType.UNREFERRED_NEED, List.of("g-assoc1")),
            Map.entry(GapType.NO_SAME_KIND_NETWORK, List.of("g-d2")),
            Map.entry(GapType.SERVICE_SHORTAGE, List.of("g-d2")),
            Map.entry(GapType.SERVICE_DUPLICATION, List.of("g-d2")),
            Map.entry(GapType.CROSS_KIND_MISSING_KIND, List.of("g-cross", "g-cross")),
            Map.entry(GapType.SILOED_CLUSTER, List.of("g-pn-salon"))));

    @Test
    void everySeedRuleNamesExactlyTheExpectedSubjectsInGapTown() throws Exception {
        buildGapTown(new TestGraph(driver));
        engine.refresh();
        engine.awaitBackgroundWork();

        assertThat(subjectsByType(cutPointFindings())).isEqualTo(EXPECTED_IN_GAP_TOWN);
    }

    @Test
    void theAnalystsCypherQueriesNameTheSameSubjectsInGapTown() throws IOException {
        buildGapTown(new TestGraph(driver));

        Map<GapType, List<String>> cypher = new TreeMap<>();
        for (GapType type : GapType.values()) {
            List<String> subjects = cypherSubjects(type);
            if (!subjects.isEmpty()) {
                cypher.put(type, subjects);
            }
        }
        assertThat(cypher).isEqualTo(EXPECTED_IN_GAP_TOWN);
    }

    @Test
    void engineAgreesWithTheCypherQueryLibraryOnTheDemoCitySubjectBySubject() throws Exception {
        new TestGraph(driver).clear();
        DemoCityFixture.loadHagi(context);
        engine.refresh();
        engine.awaitBackgroundWork();

        Map<GapType, List<String>> engineSubjects = subjectsByType(cutPointFindings());
        for (GapType type : GapType.values()) {
            List<String> cypher = cypherSubjects(type);
            assertThat(cypher).as(type.name()).isNotEmpty(); // the demo city has every gap the seeds describe
            if (type == GapType.KEY_PERSON) {
                // The query names the only help of two or more residents; the engine every such cut point, also of one.
                assertThat(engineSubjects.get(type)).as(type.name()).containsAll(cypher);
            } else {
                assertThat(engineSubjects.get(type)).as(type.name()).isEqualTo(cypher);
            }
        }
    }

    /** Brokers (KEY_PERSON ranked by betweenness, with no dependents listed) are left out: they are a ranking. */
    private List<Finding> cutPointFindings() {
        return engine.findings().stream()
                .filter(f -> f.type() != GapType.KEY_PERSON || !f.related().isEmpty())
                .toList();
    }

    private static Map<GapType, List<String>> subjectsByType(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::type, TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(Finding::subject, Collectors.toList()),
                        list -> list.stream().sorted().toList())));
    }

    /** The first column of the type's query in the library (the subject), one entry per row, sorted. */
    private List<String> cypherSubjects(GapType type) throws IOException {
        String library = Files.readString(Path.of("cypher/queries/gaps.cypher"));
        Matcher m = Pattern.compile("// gap: " + type.name() + "\\n(.*?);\\s*(?=// gap:|\\z)", Pattern.DOTALL).matcher(library);
        assertThat(m.find()).as("query for " + type).isTrue();
        return driver.executableQuery(m.group(1)).execute().records().stream()
                .map(r -> r.get(0).asString()).sorted().toList();
    }

    static void buildGapTown(TestGraph graph) {
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'g-city', name: 'ギャップ町', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'g-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 'g-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'g-n1', name: '桜地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (n2:Area {id: 'g-n2', name: '若葉地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (n3:Area {id: 'g-n3', name: '港地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d2),

                       (r1:Resident {id: 'g-r1', name: '一ノ瀬 孝', pseudonym: '住民-7001', careLevel: 'CARE_2',
                                     livesAlone: true})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 'g-r2', name: '二宮 文', pseudonym: '住民-7002', careLevel: 'SUPPORT_1',
                                     livesAlone: true})-[:LIVES_IN]->(n1),
                       (r3:Resident {id: 'g-r3', name: '三浦 晴', pseudonym: '住民-7003', careLevel: 'SUPPORT_1',
                                     livesAlone: true})-[:LIVES_IN]->(n2),
                       (r4:Resident {id: 'g-r4', name: '四谷 栄', pseudonym: '住民-7004', careLevel: 'SUPPORT_1',
                                     livesAlone: false})-[:LIVES_IN]->(n2),
                       (r5:Resident {id: 'g-r5', name: '五味 咲', pseudonym: '住民-7005', careLevel: 'CARE_3',
                                     livesAlone: false})-[:LIVES_IN]->(n1),
                       (r6:Resident {id: 'g-r6', name: '六角 実', pseudonym: '住民-7006', careLevel: 'CARE_1',
                                     livesAlone: false})-[:LIVES_IN]->(n3),

                       (minsei:Person {id: 'g-minsei', name: '民生 みどり', role: 'WELFARE_COMMISSIONER'}),
                       (family5:Person {id: 'g-family5', name: '五味 一郎', role: 'FAMILY'}),
                       (family6:Person {id: 'g-family6', name: '六角 花', role: 'FAMILY'}),
                       (vol1:Person {id: 'g-vol1', name: '有志 一', role: 'VOLUNTEER'}),
                       (vol2:Person {id: 'g-vol2', name: '有志 二', role: 'VOLUNTEER'}),
                       (l3:Person:Coordinator {id: 'g-l3', name: '包括 三郎', role: 'STAFF', layer: 3}),

                       (care:Organization {id: 'g-care', name: 'さくら訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(d1),
                       (care2:Organization {id: 'g-care2', name: 'もみじ訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(n2),
                       (care3:Organization {id: 'g-care3', name: 'かえで訪問介護', type: 'CARE_PROVIDER', active: false})
                         -[:SERVES]->(d1),
                       (salon:Organization {id: 'g-salon', name: 'ふれあいサロン', type: 'VOLUNTEER_GROUP', active: false})
                         -[:SERVES]->(n1),
                       (salon2:Organization {id: 'g-salon2', name: 'ひだまりサロン', type: 'VOLUNTEER_GROUP', active: true})
                         -[:SERVES]->(n2),
                       (npo:Organization:NPO {id: 'g-npo', name: 'NPO みまもり', type: 'NPO', active: true})
                         -[:SERVES]->(d1),
                       (npoStopped:Organization:NPO {id: 'g-npo-stopped', name: 'NPO かいもの', type: 'NPO',
                                                     active: false})-[:SERVES]->(d2),
                       (assoc1:Organization:NeighborhoodAssociation {id: 'g-assoc1', name: '桜自治会',
                                type: 'NEIGHBORHOOD_ASSOCIATION', active: true})-[:SERVES]->(n1),
                       (assoc2:Organization:NeighborhoodAssociation {id: 'g-assoc2', name: '港町内会',
                                type: 'NEIGHBORHOOD_ASSOCIATION', active: true})-[:SERVES]->(n3),
                       (assoc3:Organization:NeighborhoodAssociation {id: 'g-assoc3', name: '若葉自治会',
                                type: 'NEIGHBORHOOD_ASSOCIATION', active: true})-[:SERVES]->(n2),
                       (assoc1)-[:REFERS_TO {since: date('2026-01-01')}]->(npo),
                       (assoc2)-[:REFERS_TO {since: date('2026-01-01')}]->(npoStopped),

                       (minsei)-[:SUPPORTS {service: 'WATCHING', since: date('2026-01-01')}]->(r3),
                       (minsei)-[:SUPPORTS {service: 'WATCHING', since: date('2026-01-01')}]->(r4),
                       (care)-[:SUPPORTS {service: 'HOME_CARE', since: date('2026-01-01')}]->(r5),
                       (family5)-[:SUPPORTS {service: 'WATCHING', since: date('2026-01-01')}]->(r5),
                       (family6)-[:SUPPORTS {service: 'WATCHING', since: date('2026-01-01')}]->(r6),

                       (inw2:IndividualNetwork {id: 'g-inw2', name: '二宮 文 個別ネットワーク'})-[:FOR]->(r2),
                       (salon)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw2),
                       (inw5:IndividualNetwork {id: 'g-inw5', name: '五味 咲 個別ネットワーク'})-[:FOR]->(r5),
                       (care)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw5),
                       (family5)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw5),
                       (l3)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw5),
                       (inw6:IndividualNetwork {id: 'g-inw6', name: '六角 実 個別ネットワーク'})-[:FOR]->(r6),
                       (family6)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw6),

                       (pnHome:ProviderNetwork {id: 'g-pn-hc', name: '中央訪問介護連絡会', scope: 'SAME_KIND',
                                                service: 'HOME_CARE'})-[:COVERS]->(d1),
                       (care)-[:MEMBER_OF {since: date('2026-01-01')}]->(pnHome),
                       (pnSalon:ProviderNetwork {id: 'g-pn-salon', name: '中央サロン連絡会', scope: 'SAME_KIND',
                                                 service: 'SALON'})-[:COVERS]->(d1),
                       (salon2)-[:MEMBER_OF {since: date('2026-01-01')}]->(pnSalon),
                       (cross:ProviderNetwork {id: 'g-cross', name: '中央地域ケア連携会議', scope: 'CROSS_KIND'})
                         -[:COVERS]->(d1),
                       (pnHome)-[:MEMBER_OF {since: date('2026-01-01')}]->(cross)
                WITH n3, vol1, vol2
                UNWIND range(1, 5) AS i
                CREATE (m:Resident {id: 'g-m' + i, name: '港 住民' + i, pseudonym: '住民-710' + i, careLevel: 'SUPPORT_1',
                                    livesAlone: true})-[:LIVES_IN]->(n3),
                       (vol1)-[:SUPPORTS {service: 'WATCHING', since: date('2026-01-01')}]->(m),
                       (vol2)-[:SUPPORTS {service: 'WATCHING', since: date('2026-01-01')}]->(m)""");
        graph.run("""
                UNWIND range(1, 4) AS i
                MATCH (d2:Area {id: 'g-d2'}), (k:ServiceKind {code: 'DAY_CARE'})
                CREATE (o:Organization {id: 'g-day' + i, name: '東部デイサービス' + i, type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(d2),
                       (o)-[:OFFERS]->(k)""");
        graph.run("""
                MATCH (o:Organization), (k:ServiceKind)
                WHERE o.id IN ['g-care', 'g-care2', 'g-care3'] AND k.code = 'HOME_CARE'
                   OR o.id IN ['g-salon', 'g-salon2'] AND k.code = 'SALON'
                   OR o.id = 'g-npo' AND k.code = 'WATCHING'
                   OR o.id = 'g-npo-stopped' AND k.code = 'SHOPPING'
                CREATE (o)-[:OFFERS]->(k)""");
        graph.run("""
                MATCH (x), (k:ServiceKind)
                WHERE x.id = 'g-r3' AND k.code IN ['WATCHING', 'SHOPPING']
                   OR x.id = 'g-r5' AND k.code IN ['HOME_CARE', 'WATCHING']
                   OR x.id STARTS WITH 'g-m' AND x:Resident AND k.code = 'MEALS'
                CREATE (x)-[:NEEDS]->(k)""");
        graph.run("""
                MATCH (a:NeighborhoodAssociation {id: 'g-assoc1'}), (k:ServiceKind) WHERE k.code IN ['WATCHING', 'SHOPPING']
                CREATE (a)-[:REPORTS_NEED]->(k)""");
    }
}
