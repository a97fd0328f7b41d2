// The start page's counts (エリア一覧), per area at every level — municipality, daily-life area, neighbourhood —
// counting everything in the area and in the areas below it. Tsunagari reads the same numbers from its gap engine's
// projection (gaps.AreaCountsFromProjection); a test checks that both agree on the demo city and on a small town.
//   residents      residents living there
//   unsupported    those with no active supporter ("active": not marked active = false)
//   supporters     people and organizations supporting at least one of them, active or not
//   organizations  organizations serving there, active or not
//   networks       the residents' individual networks plus the provider networks covering there
MATCH (a:Area)
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Area)
CALL (a) {
  MATCH (a)<-[:PART_OF*0..]-(:Area)<-[:LIVES_IN]-(r:Resident)
  RETURN collect(r) AS residents
}
CALL (residents) {
  UNWIND residents AS r
  OPTIONAL MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true)
  WITH r, count(s) AS active
  RETURN sum(CASE WHEN active = 0 THEN 1 ELSE 0 END) AS unsupported
}
CALL (residents) {
  UNWIND residents AS r
  MATCH (s)-[:SUPPORTS]->(r)
  RETURN count(DISTINCT s) AS supporters
}
CALL (residents) {
  UNWIND residents AS r
  MATCH (n:IndividualNetwork)-[:FOR]->(r)
  RETURN count(n) AS individualNetworks
}
CALL (a) {
  MATCH (a)<-[:PART_OF*0..]-(:Area)<-[:SERVES]-(o:Organization)
  RETURN count(DISTINCT o) AS organizations
}
CALL (a) {
  MATCH (a)<-[:PART_OF*0..]-(:Area)<-[:COVERS]-(n:ProviderNetwork)
  RETURN count(DISTINCT n) AS providerNetworks
}
RETURN a.id AS id, a.name AS name, a.level AS level, parent.id AS parentId, size(residents) AS residents,
       unsupported, supporters, organizations, individualNetworks + providerNetworks AS networks
ORDER BY id;
