// title.ja: つなぎ先のない自治会のニーズ（サービス種別ごと）
// title.en: Needs associations report that no NPO they refer to meets, per service
// description.ja: 自治会が報告しているニーズ（REPORTS_NEED）のうち、つなぎ先の活動中の NPO がどれもそのサービスを
//   提供していないものを、サービス種別ごとに数えます（ギャップエンジンの UNREFERRED_NEED）。
// description.en: Needs neighbourhood associations report (REPORTS_NEED) that none of the active NPOs they refer to
//   offers, counted per service kind (the gap engine's UNREFERRED_NEED).
MATCH (a:NeighborhoodAssociation)-[:REPORTS_NEED]->(k:ServiceKind)
WHERE NOT EXISTS { MATCH (a)-[:REFERS_TO]->(n:NPO)-[:OFFERS]->(k) WHERE coalesce(n.active, true) }
RETURN k.code AS need, k.nameJa AS nameJa, count(DISTINCT a) AS associations
ORDER BY associations DESC, need;
