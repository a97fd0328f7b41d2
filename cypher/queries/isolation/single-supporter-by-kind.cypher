// title.ja: 支え手が一人だけの住民（支え手の種類別）
// title.en: Residents with a single helper, by kind of helper
// description.ja: 支援者と個別ネットワークのメンバーを合わせて活動中の支え手がちょうど一人の住民を、その支え手の種類
//   （人の役割、または団体の種別）ごとに数えます。支え手を失うと孤立する人たちです。
// description.en: Counts residents whose supporters and individual-network members together are exactly one active
//   person or organization, by that helper's kind (a person's role or an organization's type): they are isolated if
//   that one helper stops.
// suppress: residents
MATCH (r:Resident)
CALL (r) {
  MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true) RETURN s
  UNION
  MATCH (s)-[:MEMBER_OF]->(:IndividualNetwork)-[:FOR]->(r) WHERE coalesce(s.active, true) RETURN s
}
WITH r, collect(DISTINCT s) AS helpers
WHERE size(helpers) = 1
WITH helpers[0] AS helper, r
RETURN CASE WHEN helper:Person THEN 'Person' ELSE 'Organization' END AS helperLabel,
       coalesce(helper.role, helper.type) AS helperKind, count(r) AS residents
ORDER BY residents DESC, helperKind;
