// title.ja: 事業者間ネットワークのない日常生活圏域
// title.en: Daily-life areas without a provider network
// description.ja: 日常生活圏域ごとに、その圏域をカバーする（COVERS）同種・異種の事業者間ネットワークの数。市全域の
//   ネットワークは含みません。異種が 0 の圏域は、個別ネットワークを支える圏域のネットワークがない地域です
//   （ギャップエンジンの NO_CROSS_KIND_NETWORK）。
// description.en: Per daily-life area, the same-kind and cross-kind provider networks that cover it (COVERS), not
//   counting city-wide ones. An area with no cross-kind network lacks an area network supporting individual
//   networks (the gap engine's NO_CROSS_KIND_NETWORK).
MATCH (d:Area {level: 'DAILY_LIFE_AREA'})
CALL (d) {
  OPTIONAL MATCH (n:ProviderNetwork)-[:COVERS]->(d)
  RETURN count(DISTINCT CASE WHEN n.scope = 'SAME_KIND' THEN n END) AS sameKind,
         count(DISTINCT CASE WHEN n.scope = 'CROSS_KIND' THEN n END) AS crossKind
}
RETURN d.id AS area, d.name AS areaName, sameKind, crossKind
ORDER BY crossKind, area;
