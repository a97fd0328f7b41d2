// title.ja: NPO ごとのつなぎ元の自治会と提供サービス
// title.en: Each NPO: the associations referring to it and what it offers
// description.ja: NPO ごとに、活動中かどうか、提供するサービス、そこへつないでいる自治会の数。つなぎ元が 0 の NPO は、
//   自治会との関係づくりの候補です。
// description.en: Each NPO: whether active, the services it offers and how many neighbourhood associations refer to
//   it. An NPO with none is a candidate for new links with associations.
MATCH (n:NPO)
CALL (n) { OPTIONAL MATCH (a:NeighborhoodAssociation)-[:REFERS_TO]->(n) RETURN count(DISTINCT a) AS referredBy }
CALL (n) { OPTIONAL MATCH (n)-[:OFFERS]->(k:ServiceKind) RETURN collect(k.code) AS offers }
RETURN n.id AS npo, n.name AS name, coalesce(n.active, true) AS active, offers, referredBy
ORDER BY referredBy DESC, npo;
