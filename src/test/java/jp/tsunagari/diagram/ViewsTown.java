package jp.tsunagari.diagram;

import java.util.List;

import jp.tsunagari.TestGraph;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.network.NetworkChanged;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A tiny hand-made town for the network image, provider-network and association views: テスト市 with three daily-life
 * areas — 中央 (v-d1: two residents, one with an individual network; a same-kind home-care network one provider stays
 * outside of; a cross-kind network; an association referring to an NPO; the area's council), 東部 (v-d2: one resident
 * with a network whose clinic belongs to the municipal medical association; an association with no NPO; no cross-kind
 * network) and 西部 (v-d3: empty) — and the municipality's medical association and council. The gap engine is
 * reloaded on it; a layer-2 coordinator {@value #LAYER2} is scoped to 中央.
 */
final class ViewsTown {

    static final String LAYER2 = "test-views-layer2";
    /** What identifies the residents: names, pseudonyms, ids, and the network ids derived from them. */
    static final List<String> RESIDENT_IDENTIFIERS = List.of("山田", "花子", "川口", "正夫", "東 一子", "住民-92",
            "v-r1", "v-r2", "v-r3", "v-inw1", "v-inw3");

    private ViewsTown() {
    }

    /** How many refusals the layer-2 coordinator has been audited for on this target. */
    static int denials(AuditTrail audit, String targetId) {
        return audit.search(LAYER2, AuditAction.ACCESS_DENIED, targetId, null, null, 10_000).size();
    }

    static void build(Driver driver, ApplicationEventPublisher events) {
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'v-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'v-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 'v-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d3:Area {id: 'v-d3', name: '西部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'v-n1', name: '桜地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (n2:Area {id: 'v-n2', name: '若葉地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d2),
                       (r1:Resident {id: 'v-r1', name: '山田 花子', pseudonym: '住民-9201', livesAlone: true,
                                     careLevel: 'CARE_2', consentToShare: true})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 'v-r2', name: '川口 正夫', pseudonym: '住民-9202', livesAlone: true,
                                     careLevel: 'CARE_2', consentToShare: false})-[:LIVES_IN]->(n1),
                       (r3:Resident {id: 'v-r3', name: '東 一子', pseudonym: '住民-9203', livesAlone: false,
                                     careLevel: 'SUPPORT_1', consentToShare: false})-[:LIVES_IN]->(n2),
                       (fam:Person {id: 'v-fam', name: '山田 一郎', role: 'FAMILY'}),
                       (l1:Person:Coordinator {id: 'v-l1', name: '市川 第1層', role: 'STAFF', layer: 1})
                         -[:ASSIGNED_TO]->(city),
                       (l2:Person:Coordinator {id: 'v-l2', name: '中村 第2層', role: 'STAFF', layer: 2})
                         -[:ASSIGNED_TO]->(d1),
                       (care:Organization {id: 'v-care', name: 'さくら訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(d1),
                       (care2:Organization {id: 'v-care2', name: 'もみじ訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(n1),
                       (clinic:Organization {id: 'v-clinic', name: '東クリニック', type: 'MEDICAL', active: true})
                         -[:SERVES]->(d2),
                       (assoc:Organization:NeighborhoodAssociation {id: 'v-assoc', name: '桜自治会',
                                     type: 'NEIGHBORHOOD_ASSOCIATION', active: true})-[:SERVES]->(n1),
                       (assoc2:Organization:NeighborhoodAssociation {id: 'v-assoc2', name: '若葉町内会',
                                     type: 'NEIGHBORHOOD_ASSOCIATION', active: true})-[:SERVES]->(n2),
                       (npo:Organization:NPO {id: 'v-npo', name: 'NPO ささえ', type: 'NPO', active: true})-[:SERVES]->(d1),
                       (assoc)-[:REFERS_TO {since: date('2026-01-01')}]->(npo),
                       (care)-[:SUPPORTS {service: 'HOME_CARE', since: date('2026-01-01')}]->(r1),
                       (fam)-[:SUPPORTS {service: 'WATCHING', since: date('2026-01-01')}]->(r1),
                       (clinic)-[:SUPPORTS {service: 'MEDICAL_CARE', since: date('2026-01-01')}]->(r3),
                       (inw1:IndividualNetwork {id: 'v-inw1', name: '山田 花子 個別ネットワーク', contact: 'NOTEBOOK'})
                         -[:FOR]->(r1),
                       (inw1)-[:CONVENED_BY]->(l2),
                       (care)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw1),
                       (fam)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw1),
                       (inw3:IndividualNetwork {id: 'v-inw3', name: '東 一子 個別ネットワーク', contact: 'PHONE'})
                         -[:FOR]->(r3),
                       (clinic)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw3),
                       (pn:ProviderNetwork {id: 'v-pn', name: '中央訪問介護連絡会', scope: 'SAME_KIND', form: 'MEETING',
                                            service: 'HOME_CARE'})-[:COVERS]->(d1),
                       (pn)-[:CONVENED_BY]->(l2),
                       (care)-[:MEMBER_OF {since: date('2026-01-01')}]->(pn),
                       (cross:ProviderNetwork {id: 'v-cross', name: '中央地域ケア連携会議', scope: 'CROSS_KIND',
                                               form: 'MEETING'})-[:COVERS]->(d1),
                       (cross)-[:CONVENED_BY]->(l2),
                       (pn)-[:MEMBER_OF {since: date('2026-01-01')}]->(cross),
                       (npo)-[:MEMBER_OF {since: date('2026-01-01')}]->(cross),
                       (med:ProviderNetwork {id: 'v-med', name: 'テスト市医師会', scope: 'SAME_KIND',
                                             form: 'STANDING_BODY', service: 'MEDICAL_CARE'})-[:COVERS]->(city),
                       (med)-[:CONVENED_BY]->(l1),
                       (clinic)-[:MEMBER_OF {since: date('2026-01-01')}]->(med),
                       (c1:Council {id: 'v-cnc1', name: 'テスト市 第1層協議体', layer: 1})-[:COVERS]->(city),
                       (c2:Council {id: 'v-cnc2', name: '中央圏域 第2層協議体', layer: 2})-[:COVERS]->(d1),
                       (l1)-[:SITS_ON {since: date('2026-01-01')}]->(c1),
                       (l2)-[:SITS_ON {since: date('2026-01-01')}]->(c2),
                       (assoc)-[:SITS_ON {since: date('2026-01-01')}]->(c2)""");
        graph.run("""
                MATCH (o:Organization), (k:ServiceKind)
                WHERE o.id IN ['v-care', 'v-care2'] AND k.code = 'HOME_CARE'
                   OR o.id = 'v-clinic' AND k.code = 'MEDICAL_CARE'
                   OR o.id = 'v-npo' AND k.code = 'WATCHING'
                CREATE (o)-[:OFFERS]->(k)""");
        graph.run("""
                MATCH (a:NeighborhoodAssociation {id: 'v-assoc'}), (k:ServiceKind) WHERE k.code IN ['WATCHING', 'SHOPPING']
                CREATE (a)-[:REPORTS_NEED]->(k)""");
        graph.run("""
                MATCH (r:Resident {id: 'v-r1'}), (k:ServiceKind) WHERE k.code IN ['WATCHING', 'HOME_CARE']
                CREATE (r)-[:NEEDS]->(k)""");
        graph.run("""
                MERGE (u:User {username: $username})
                SET u.enabled = true, u.roles = ['LAYER2_COORDINATOR'], u.demo = false
                WITH u OPTIONAL MATCH (u)-[old:SCOPED_TO]->() DELETE old
                WITH DISTINCT u MATCH (a:Area {id: 'v-d1'}) CREATE (u)-[:SCOPED_TO]->(a)""", "username", LAYER2);
        events.publishEvent(new NetworkChanged.BulkLoaded("ViewsTown"));
    }
}
