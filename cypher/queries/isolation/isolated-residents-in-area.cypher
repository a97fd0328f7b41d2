// title.ja: 圏域内の孤立している住民
// title.en: Isolated residents in one area
// description.ja: 指定した地域（とその下の地域）に住み、活動中の支援者がおらず、個別ネットワークにも活動中のメンバーがいない住民の一覧。
//   ギャップエンジンの ISOLATED_RESIDENT と同じ規則です。
// description.en: Residents of the given area (and the areas below it) with no active supporter and no active
//   member of an individual network: the gap engine's ISOLATED_RESIDENT rule.
// param: areaId STRING = 'area-d01' | 地域のID（日常生活圏域・小学校区・市） | id of an area (daily-life area, neighbourhood or city)
MATCH (r:Resident)-[:LIVES_IN]->(n:Area)-[:PART_OF*0..]->(:Area {id: $areaId})
WHERE NOT EXISTS { MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true) }
  AND NOT EXISTS { MATCH (m)-[:MEMBER_OF]->(:IndividualNetwork)-[:FOR]->(r) WHERE coalesce(m.active, true) }
RETURN r.id AS resident, r.name AS name, n.name AS neighborhood, r.livesAlone AS livesAlone, r.careLevel AS careLevel
ORDER BY resident;
