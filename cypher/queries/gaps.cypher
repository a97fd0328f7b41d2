// Gap queries (ネットワークの隙間): one per gap the seeds describe, readable and runnable as they are in Neo4j Browser
// or cypher-shell. Each starts with a header the test suite reads:
//   // gap: <TYPE>     the finding type code used across Tsunagari
//   // seed: <where>   the rule in ../shared/seeds it checks
// "Active" everywhere means: not marked active = false (suspended organizations and people count as absent).
// The built-in thresholds are the documented defaults; change the literals to ask your own question.

// gap: ISOLATED_RESIDENT
// seed: 000 「孤立」, 004 「誰もが誰かとつながること」
// Residents nobody active helps: no active supporter, and no active member of an individual network for them.
MATCH (r:Resident)-[:LIVES_IN]->(a:Area)
WHERE NOT EXISTS { MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true) }
  AND NOT EXISTS { MATCH (m)-[:MEMBER_OF]->(:IndividualNetwork)-[:FOR]->(r) WHERE coalesce(m.active, true) }
RETURN r.id AS resident, a.id AS area, r.livesAlone AS livesAlone, r.careLevel AS careLevel
ORDER BY resident;

// gap: SINGLE_SUPPORTER
// seed: 000 「連携についての検討のポイント」 (a single tie is fragile)
// Residents whose only link to help (supporters and individual-network members) is one active person or organization.
MATCH (r:Resident)-[:LIVES_IN]->(a:Area)
CALL (r) {
  MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true) RETURN s
  UNION
  MATCH (s)-[:MEMBER_OF]->(:IndividualNetwork)-[:FOR]->(r) WHERE coalesce(s.active, true) RETURN s
}
WITH r, a, collect(DISTINCT s) AS helpers
WHERE size(helpers) = 1
RETURN r.id AS resident, a.id AS area, helpers[0].id AS onlyHelper
ORDER BY resident;

// gap: UNMET_NEED
// seed: 001 §3 (ニーズとサービスのマッチング)
// Needs that no active supporter of the resident covers.
MATCH (r:Resident)-[:NEEDS]->(k:ServiceKind)
WHERE NOT EXISTS { MATCH (s)-[:SUPPORTS {service: k.code}]->(r) WHERE coalesce(s.active, true) }
RETURN r.id AS resident, k.code AS need
ORDER BY resident, need;

// gap: NETWORK_NOT_FORMED
// seed: 002 §4-3 (4) 「必要であるのに個別ネットワークが形成されていない時は、2層コーディネーターは、その形成を働きかける」
// Residents with several active supporters, several needs, or care level CARE_1 or above, and no individual network.
MATCH (r:Resident)
WHERE NOT EXISTS { (:IndividualNetwork)-[:FOR]->(r) }
CALL (r) { OPTIONAL MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true) RETURN count(DISTINCT s) AS supporters }
CALL (r) { OPTIONAL MATCH (r)-[:NEEDS]->(k:ServiceKind) RETURN count(k) AS needs }
WITH r, supporters, needs
WHERE supporters >= 2 OR needs >= 2 OR r.careLevel IN ['CARE_1', 'CARE_2', 'CARE_3', 'CARE_4', 'CARE_5']
RETURN r.id AS resident, supporters, needs, r.careLevel AS careLevel
ORDER BY resident;

// gap: NO_COORDINATOR_ROUTE
// seed: 002 §4-3 (4) 「3層コーディネーター（地域包括支援センター）に連絡できるルート」
// Individual networks with no active member that is, works for, or is directly tied to (one WORKS_FOR step: works
// for a centre, employs a layer-3 coordinator, or works alongside one) a layer-3 coordinator or a 地域包括支援センター.
MATCH (n:IndividualNetwork)-[:FOR]->(r:Resident)
WHERE NOT EXISTS {
  MATCH (m)-[:MEMBER_OF]->(n)
  WHERE coalesce(m.active, true)
    AND ((m:Coordinator AND m.layer = 3)
     OR m.type = 'COMMUNITY_SUPPORT_CENTER'
     OR EXISTS { (m)-[:WORKS_FOR]->(:Organization {type: 'COMMUNITY_SUPPORT_CENTER'}) }
     OR EXISTS { (m)<-[:WORKS_FOR]-(:Coordinator {layer: 3}) }
     OR EXISTS { (m)-[:WORKS_FOR]->(:Organization)<-[:WORKS_FOR]-(:Coordinator {layer: 3}) })
}
RETURN n.id AS network, r.id AS resident
ORDER BY network;

// gap: OUTSIDE_SAME_KIND_NETWORK
// seed: 002 §4-4 (4) 「同種事業者間ネットワークについては、ネットワークに入っていない事業者がいるのか」
// Active organizations offering a service in an area covered by a same-kind network for it, but not members.
MATCH (n:ProviderNetwork {scope: 'SAME_KIND'})-[:COVERS]->(covered:Area)
MATCH (o:Organization)-[:OFFERS]->(:ServiceKind {code: n.service})
WHERE coalesce(o.active, true)
  AND EXISTS { (o)-[:SERVES]->(:Area)-[:PART_OF*0..]->(covered) }
  AND NOT (o)-[:MEMBER_OF]->(n)
RETURN DISTINCT o.id AS organization, n.id AS network, n.service AS service
ORDER BY organization;

// gap: NO_SAME_KIND_NETWORK
// seed: 002 §4-4 (4) 「関係する事業者団体のネットワークがない地域」
// Daily-life areas with two or more active providers of a service inside them and no same-kind network for it
// covering the area (or an area that contains it).
MATCH (a:Area {level: 'DAILY_LIFE_AREA'}), (k:ServiceKind)
CALL (a, k) {
  MATCH (o:Organization)-[:OFFERS]->(k)
  WHERE coalesce(o.active, true) AND EXISTS { (o)-[:SERVES]->(:Area)-[:PART_OF*0..]->(a) }
  RETURN count(DISTINCT o) AS providers
}
WITH a, k, providers
WHERE providers >= 2
  AND NOT EXISTS { MATCH (n:ProviderNetwork {scope: 'SAME_KIND', service: k.code})-[:COVERS]->(c:Area)
                   WHERE (a)-[:PART_OF*0..]->(c) }
RETURN a.id AS area, k.code AS service, providers
ORDER BY area, service;

// gap: SERVICE_SHORTAGE
// seed: 002 §4-4 (1) ① 「ある地域において、同種事業者が不足…している時」
// Per daily-life area and service: residents needing it vs active providers serving the area (from inside it or
// from an area containing it). Default: at least 5 residents and no provider, or more than 100 residents per provider.
MATCH (a:Area {level: 'DAILY_LIFE_AREA'})<-[:PART_OF*0..]-(:Area)<-[:LIVES_IN]-(r:Resident)-[:NEEDS]->(k:ServiceKind)
WITH a, k, count(DISTINCT r) AS needing
CALL (a, k) {
  MATCH (o:Organization)-[:OFFERS]->(k)
  WHERE coalesce(o.active, true)
    AND (EXISTS { (o)-[:SERVES]->(:Area)-[:PART_OF*0..]->(a) } OR EXISTS { (o)-[:SERVES]->(:Area)<-[:PART_OF*]-(a) })
  RETURN count(DISTINCT o) AS providers
}
WITH a, k, needing, providers
WHERE needing >= 5 AND (providers = 0 OR toFloat(needing) / providers > 100)
RETURN a.id AS area, k.code AS service, needing, providers
ORDER BY area, service;

// gap: SERVICE_DUPLICATION
// seed: 002 §4-4 (1) ① 「（あるいは重複）している時」
// Per daily-life area and service: at least 4 active providers inside the area and fewer than 10 residents needing
// the service per provider.
MATCH (a:Area {level: 'DAILY_LIFE_AREA'}), (k:ServiceKind)
CALL (a, k) {
  MATCH (o:Organization)-[:OFFERS]->(k)
  WHERE coalesce(o.active, true) AND EXISTS { (o)-[:SERVES]->(:Area)-[:PART_OF*0..]->(a) }
  RETURN count(DISTINCT o) AS providers
}
CALL (a, k) {
  MATCH (a)<-[:PART_OF*0..]-(:Area)<-[:LIVES_IN]-(r:Resident)-[:NEEDS]->(k)
  RETURN count(DISTINCT r) AS needing
}
WITH a, k, providers, needing
WHERE providers >= 4 AND toFloat(needing) / providers < 10
RETURN a.id AS area, k.code AS service, needing, providers
ORDER BY area, service;

// gap: CROSS_KIND_MISSING_KIND
// seed: 002 §4-4 (4) 「異種事業者間ネットワークについては、入っていない関係事業者団体がないのか」
// Cross-kind networks with no active member (directly or through a member same-kind network) offering a service
// that residents of the covered area need.
MATCH (n:ProviderNetwork {scope: 'CROSS_KIND'})-[:COVERS]->(a:Area)
MATCH (a)<-[:PART_OF*0..]-(:Area)<-[:LIVES_IN]-(r:Resident)-[:NEEDS]->(k:ServiceKind)
WITH n, a, k, count(DISTINCT r) AS needing
WHERE NOT EXISTS { MATCH (o:Organization)-[:MEMBER_OF]->(n) WHERE coalesce(o.active, true) AND (o)-[:OFFERS]->(k) }
  AND NOT EXISTS { MATCH (o:Organization)-[:MEMBER_OF]->(:ProviderNetwork)-[:MEMBER_OF]->(n)
                   WHERE coalesce(o.active, true) AND (o)-[:OFFERS]->(k) }
RETURN n.id AS network, a.id AS area, k.code AS service, needing
ORDER BY network, service;

// gap: NO_CROSS_KIND_NETWORK
// seed: 002 §4-4 (2) 「日常生活圏（地域包括支援センター領域）単位であることが望ましい」
// Daily-life areas that no cross-kind network covers.
MATCH (a:Area {level: 'DAILY_LIFE_AREA'})
WHERE NOT EXISTS { (:ProviderNetwork {scope: 'CROSS_KIND'})-[:COVERS]->(a) }
RETURN a.id AS area, a.name AS name
ORDER BY area;

// gap: ASSOCIATION_WITHOUT_NPO
// seed: 002 §4-5 「地縁組織が…対応できない時は、これに対応してくれるNPO等につなぐことのできる関係」
// Neighbourhood associations with no working referral link: none to an NPO, or only to NPOs that have stopped.
MATCH (a:NeighborhoodAssociation)
WHERE NOT EXISTS { MATCH (a)-[:REFERS_TO]->(n:NPO) WHERE coalesce(n.active, true) }
RETURN a.id AS association, a.name AS name
ORDER BY association;

// gap: UNREFERRED_NEED
// seed: 002 §4-5
// Needs an association reports that none of the active NPOs it refers to offers.
MATCH (a:NeighborhoodAssociation)-[:REPORTS_NEED]->(k:ServiceKind)
WHERE NOT EXISTS { MATCH (a)-[:REFERS_TO]->(n:NPO)-[:OFFERS]->(k) WHERE coalesce(n.active, true) }
RETURN a.id AS association, k.code AS need
ORDER BY association, need;

// gap: KEY_PERSON
// seed: 000 「キーパーソン」
// People and organizations who are the only active help of two or more residents: if they stop, those residents
// are left with no help. (Tsunagari's gap engine also ranks brokers by betweenness.)
MATCH (r:Resident)
CALL (r) {
  MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true) RETURN s
  UNION
  MATCH (s)-[:MEMBER_OF]->(:IndividualNetwork)-[:FOR]->(r) WHERE coalesce(s.active, true) RETURN s
}
WITH r, collect(DISTINCT s) AS helpers
WHERE size(helpers) = 1
WITH helpers[0] AS keyPerson, collect(r.id) AS dependents
WHERE size(dependents) >= 2
RETURN keyPerson.id AS keyPerson, labels(keyPerson) AS kind, size(dependents) AS residentsDependingOnlyOnThem
ORDER BY residentsDependingOnlyOnThem DESC, keyPerson;

// gap: SILOED_CLUSTER
// seed: 002 §4-4 (1) ② (cross-kind networks should reach every provider group)
// Provider networks in a daily-life area that has a cross-kind network, but which are not members of it (or of any
// network) and whose members belong to no other network: a group cut off from the rest of the area's providers.
MATCH (n:ProviderNetwork)-[:COVERS]->(a:Area {level: 'DAILY_LIFE_AREA'})
WHERE n.scope = 'SAME_KIND'
  AND EXISTS { (:ProviderNetwork {scope: 'CROSS_KIND'})-[:COVERS]->(a) }
  AND NOT EXISTS { (n)-[:MEMBER_OF]->(:ProviderNetwork) }
  AND NOT EXISTS { MATCH (o)-[:MEMBER_OF]->(n), (o)-[:MEMBER_OF]->(other:ProviderNetwork) WHERE other <> n }
RETURN n.id AS network, a.id AS area, COUNT { (o)-[:MEMBER_OF]->(n) } AS members
ORDER BY network;
