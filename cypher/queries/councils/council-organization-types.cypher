// title.ja: 協議体に参加している団体の種別
// title.en: Kinds of organization sitting on each council
// description.ja: 協議体ごと・団体種別ごとの参加団体の数。どの協議体に社協・NPO・自治会・事業者などが参加しているか
//   （協議体の構成員の多様さ）を見ます。
// description.en: Per council and organization type, how many organizations of that type sit on it: which councils
//   have the social-welfare council, NPOs, associations, providers and so on (how varied its members are).
MATCH (o:Organization)-[:SITS_ON]->(c:Council)
RETURN c.id AS council, c.layer AS layer, o.type AS organizationType, count(DISTINCT o) AS organizations
ORDER BY council, organizationType;
