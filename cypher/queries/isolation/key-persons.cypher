// title.ja: キーパーソン（複数の住民の唯一の支え手）
// title.en: Key persons: the only helper of several residents
// description.ja: 活動中の支え手が自分一人だけ、という住民を指定した人数以上かかえている人と団体、その住民との関係を
//   グラフで返します。この人が動けなくなると、これらの住民が孤立します。
// description.en: People and organizations who are the only active helper of at least the given number of residents,
//   returned as a graph with those residents: if they stop, those residents are isolated.
// param: minDependents INTEGER = 2 | 唯一の支え手になっている住民の最少人数 | least number of residents depending on them alone
MATCH (r:Resident)
CALL (r) {
  MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true) RETURN s
  UNION
  MATCH (s)-[:MEMBER_OF]->(:IndividualNetwork)-[:FOR]->(r) WHERE coalesce(s.active, true) RETURN s
}
WITH r, collect(DISTINCT s) AS helpers
WHERE size(helpers) = 1
WITH helpers[0] AS keyPerson, collect(r) AS dependents
WHERE size(dependents) >= $minDependents
UNWIND dependents AS r
OPTIONAL MATCH (keyPerson)-[t:SUPPORTS]->(r)
RETURN keyPerson, t, r
ORDER BY keyPerson.id, r.id;
