// title.ja: 同種事業者間ネットワークに入っていない事業者（ネットワーク別）
// title.en: Providers outside their same-kind network, per network
// description.ja: 同種事業者間ネットワークごとに、その対象地域でそのサービスを提供しているのに加入していない活動中の
//   団体の数と、そのID。ギャップエンジンの OUTSIDE_SAME_KIND_NETWORK と同じ規則です。
// description.en: Per same-kind provider network, the active organizations offering its service in an area it covers
//   that are not members (the gap engine's OUTSIDE_SAME_KIND_NETWORK rule): how many, and which.
MATCH (n:ProviderNetwork {scope: 'SAME_KIND'})-[:COVERS]->(covered:Area)
MATCH (o:Organization)-[:OFFERS]->(:ServiceKind {code: n.service})
WHERE coalesce(o.active, true)
  AND EXISTS { (o)-[:SERVES]->(:Area)-[:PART_OF*0..]->(covered) }
  AND NOT (o)-[:MEMBER_OF]->(n)
WITH n, collect(DISTINCT o.id) AS outside
RETURN n.id AS network, n.service AS service, size(outside) AS outsideCount, outside
ORDER BY outsideCount DESC, network;
