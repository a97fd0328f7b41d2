// title.ja: 満たされていないニーズ（サービス種別ごと）
// title.en: Unmet needs, per service kind
// description.ja: サービス種別ごとに、そのニーズがあるのに活動中の支援者の誰もそのサービスで支えていない住民の数と、
//   ニーズのある住民の数。ギャップエンジンの UNMET_NEED と同じ規則です。
// description.en: Per service kind, the residents who need it and no active supporter of theirs provides it (the gap
//   engine's UNMET_NEED rule), and all residents who need it.
// suppress: unmet, needing
MATCH (r:Resident)-[:NEEDS]->(k:ServiceKind)
WITH k, r, EXISTS { MATCH (s)-[:SUPPORTS {service: k.code}]->(r) WHERE coalesce(s.active, true) } AS covered
RETURN k.code AS service, k.nameJa AS nameJa, k.nameEn AS nameEn,
       count(CASE WHEN NOT covered THEN r END) AS unmet, count(r) AS needing
ORDER BY unmet DESC, service;
