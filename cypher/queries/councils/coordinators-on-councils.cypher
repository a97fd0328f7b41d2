// title.ja: 生活支援コーディネーターと協議体・担当地域
// title.en: Life-support coordinators, their areas and councils
// description.ja: 生活支援コーディネーターごとに、層、担当地域（ASSIGNED_TO）、参加している協議体（SITS_ON）、
//   招集している事業者間ネットワーク（CONVENED_BY）の数。
// description.en: Each life-support coordinator: layer, assigned areas (ASSIGNED_TO), the councils they sit on
//   (SITS_ON) and how many provider networks they convene (CONVENED_BY).
MATCH (c:Coordinator)
CALL (c) { OPTIONAL MATCH (c)-[:ASSIGNED_TO]->(a:Area) RETURN collect(DISTINCT a.id) AS areas }
CALL (c) { OPTIONAL MATCH (c)-[:SITS_ON]->(k:Council) RETURN collect(DISTINCT k.id) AS councils }
CALL (c) { OPTIONAL MATCH (n:ProviderNetwork)-[:CONVENED_BY]->(c) RETURN count(DISTINCT n) AS convenes }
RETURN c.id AS coordinator, c.name AS name, c.layer AS layer, areas, councils, convenes
ORDER BY layer, coordinator;
