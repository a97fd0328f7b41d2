// title.ja: 見守りのない一人暮らしの住民（日常生活圏域別）
// title.en: Residents living alone with no watching-over, per daily-life area
// description.ja: 一人暮らしで、見守り（WATCHING）を提供する活動中の支援者が一人もいない住民の数を、日常生活圏域ごとに数えます。
// description.en: Counts, per daily-life area, the residents who live alone and have no active supporter providing
//   watching-over (WATCHING).
// suppress: residents
MATCH (r:Resident {livesAlone: true})-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(d:Area {level: 'DAILY_LIFE_AREA'})
WHERE NOT EXISTS { MATCH (s)-[:SUPPORTS {service: 'WATCHING'}]->(r) WHERE coalesce(s.active, true) }
RETURN d.id AS area, d.name AS areaName, count(DISTINCT r) AS residents
ORDER BY residents DESC, area;
