// title.ja: 日常生活圏域ごとのニーズ充足率
// title.en: How much of each need is covered, per daily-life area
// description.ja: 指定したサービスについて、日常生活圏域ごとに、ニーズのある住民の数、活動中の支援者がそのサービスで
//   支えている住民の数、充足率（%）。
// description.en: For the given service, per daily-life area: residents who need it, those an active supporter
//   provides it to, and the share covered (percent).
// param: service STRING = 'WATCHING' | サービス種別のコード | service kind code
// suppress: needing, covered
MATCH (r:Resident)-[:NEEDS]->(:ServiceKind {code: $service}),
      (r)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(d:Area {level: 'DAILY_LIFE_AREA'})
WITH d, r, EXISTS { MATCH (s)-[:SUPPORTS {service: $service}]->(r) WHERE coalesce(s.active, true) } AS isCovered
WITH d, count(r) AS needing, count(CASE WHEN isCovered THEN r END) AS covered
RETURN d.id AS area, d.name AS areaName, needing, covered, round(100.0 * covered / needing, 1) AS percentCovered
ORDER BY percentCovered, area;
