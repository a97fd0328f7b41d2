// title.ja: 地域の分からない住民
// title.en: Residents with no area
// description.ja: 住んでいる地域（LIVES_IN）が記録されていない、または小学校区以外の地域に直接つながっている住民。
//   どの圏域の集計にも入らないので、データを直す必要があります。
// description.en: Residents with no recorded area (LIVES_IN), or living in an area that is not a neighbourhood: they
//   fall out of every per-area count, so the data needs fixing.
MATCH (r:Resident)
OPTIONAL MATCH (r)-[:LIVES_IN]->(a:Area)
WITH r, collect(a) AS areas
WHERE size(areas) = 0 OR any(a IN areas WHERE a.level <> 'NEIGHBORHOOD')
RETURN r.id AS resident, [a IN areas | a.id] AS areas
ORDER BY resident;
