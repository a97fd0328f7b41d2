// title.ja: 同種事業者間ネットワークの一覧と加入状況
// title.en: Same-kind provider networks and their membership
// description.ja: 同種事業者間ネットワークごとに、サービス種別、形態、活動中の加入団体の数、対象地域の数。
// description.en: Each same-kind provider network: its service, form, number of active member organizations and number
//   of areas it covers.
MATCH (n:ProviderNetwork {scope: 'SAME_KIND'})
CALL (n) { OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(n) WHERE coalesce(o.active, true) RETURN count(DISTINCT o) AS members }
CALL (n) { OPTIONAL MATCH (n)-[:COVERS]->(a:Area) RETURN count(DISTINCT a) AS areas }
RETURN n.id AS network, n.name AS name, n.service AS service, n.form AS form, members, areas
ORDER BY network;
