// title.ja: 第2層協議体のない日常生活圏域
// title.en: Daily-life areas without a layer-2 council
// description.ja: 第2層の協議体がカバー（COVERS）していない日常生活圏域。
// description.en: Daily-life areas that no layer-2 council covers (COVERS).
MATCH (d:Area {level: 'DAILY_LIFE_AREA'})
WHERE NOT EXISTS { (:Council {layer: 2})-[:COVERS]->(d) }
RETURN d.id AS area, d.name AS areaName
ORDER BY area;
