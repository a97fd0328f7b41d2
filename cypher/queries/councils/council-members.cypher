// title.ja: 協議体の構成員
// title.en: Council members
// description.ja: 協議体ごとに、層、対象地域、構成員（SITS_ON）の数を人と団体に分けて数えます。
// description.en: Each council: its layer, the areas it covers and its members (SITS_ON), people and organizations
//   counted apart.
MATCH (c:Council)
CALL (c) { OPTIONAL MATCH (c)-[:COVERS]->(a:Area) RETURN collect(DISTINCT a.id) AS areas }
CALL (c) {
  OPTIONAL MATCH (m)-[:SITS_ON]->(c)
  RETURN count(DISTINCT CASE WHEN m:Person THEN m END) AS people,
         count(DISTINCT CASE WHEN m:Organization THEN m END) AS organizations
}
RETURN c.id AS council, c.name AS name, c.layer AS layer, areas, people, organizations
ORDER BY layer, council;
