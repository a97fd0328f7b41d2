// title.ja: NPO につなぐ先のない自治会（日常生活圏域別）
// title.en: Associations with no NPO to refer to, per daily-life area
// description.ja: 活動中の NPO へのつなぎ（REFERS_TO）が一つもない（休止中の NPO にしかつないでいない場合を含む）
//   自治会・町内会を、その自治会が活動する日常生活圏域ごとに数え、ID を並べます。ギャップエンジンの ASSOCIATION_WITHOUT_NPO と同じ規則です。
// description.en: Neighbourhood associations with no referral link (REFERS_TO) to an active NPO (none at all, or
//   only to suspended ones), per daily-life area they serve, with their ids: the gap engine's ASSOCIATION_WITHOUT_NPO rule.
MATCH (a:NeighborhoodAssociation)-[:SERVES]->(:Area)-[:PART_OF*0..]->(d:Area {level: 'DAILY_LIFE_AREA'})
WHERE NOT EXISTS { MATCH (a)-[:REFERS_TO]->(n:NPO) WHERE coalesce(n.active, true) }
WITH d, collect(DISTINCT a.id) AS associations
RETURN d.id AS area, d.name AS areaName, size(associations) AS count, associations
ORDER BY area;
