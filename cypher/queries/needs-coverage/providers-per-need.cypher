// title.ja: 圏域ごとのニーズと提供者の数（不足・重複の目安）
// title.en: Residents needing a service and providers serving them, per daily-life area
// description.ja: 指定したサービスについて、日常生活圏域ごとに、ニーズのある住民の数と、圏域内か圏域を含む地域（市全域など）
//   にサービスを提供している活動中の団体の数。提供者1あたりの住民が多ければ不足、少なければ重複の目安です。
// description.en: For the given service, per daily-life area: residents needing it, and active organizations offering
//   it to the area from inside it or from an area containing it (city-wide). Many residents per provider hint at a
//   shortage, few at a duplication.
// param: service STRING = 'HOME_CARE' | サービス種別のコード | service kind code
// suppress: needing
MATCH (d:Area {level: 'DAILY_LIFE_AREA'})
CALL (d) {
  OPTIONAL MATCH (r:Resident)-[:NEEDS]->(:ServiceKind {code: $service})
  WHERE EXISTS { (r)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(d) }
  RETURN count(DISTINCT r) AS needing
}
CALL (d) {
  OPTIONAL MATCH (o:Organization)-[:OFFERS]->(:ServiceKind {code: $service})
  WHERE coalesce(o.active, true)
    AND EXISTS { MATCH (o)-[:SERVES]->(x:Area) WHERE (x)-[:PART_OF*0..]->(d) OR (d)-[:PART_OF*]->(x) }
  RETURN count(DISTINCT o) AS providers
}
RETURN d.id AS area, d.name AS areaName, needing, providers,
       CASE WHEN providers = 0 THEN null ELSE round(1.0 * needing / providers, 1) END AS residentsPerProvider
ORDER BY area;
