// title.ja: 自治会とつなぎ先のNPO
// title.en: Neighbourhood associations and the NPOs they refer to
// description.ja: 自治会・町内会ごとに、地域、つなぎ先（REFERS_TO）の NPO の数とその名前、自治会が報告しているニーズ。
// description.en: Each neighbourhood association: its area, how many NPOs it refers to (REFERS_TO) and their names,
//   and the needs it reports.
MATCH (a:NeighborhoodAssociation)
OPTIONAL MATCH (a)-[:SERVES]->(area:Area)
CALL (a) { OPTIONAL MATCH (a)-[:REFERS_TO]->(n:NPO) RETURN count(DISTINCT n) AS npos, collect(DISTINCT n.name) AS npoNames }
CALL (a) { OPTIONAL MATCH (a)-[:REPORTS_NEED]->(k:ServiceKind) RETURN collect(DISTINCT k.code) AS reportedNeeds }
RETURN a.id AS association, a.name AS name, collect(DISTINCT area.id) AS areas, npos, npoNames, reportedNeeds
ORDER BY association;
