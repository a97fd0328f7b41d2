// title.ja: ある種類の活動が止まると孤立する住民
// title.en: Residents cut off if one kind of activity stopped
// description.ja: 活動中の支援がすべて、指定したサービス（既定はサロン）を提供する団体からだけ来ている住民。
//   その活動が休止すると（コロナ禍のサロン休止のように）支援者がいなくなります。個別ネットワークのある住民は除きます。
// description.en: Residents all of whose active support comes from organizations offering the given service (salons
//   by default), and who have no individual network: they would be left with nobody if those activities stopped, as
//   salons did during COVID.
// param: service STRING = 'SALON' | サービス種別のコード | service kind code
MATCH (r:Resident)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(d:Area {level: 'DAILY_LIFE_AREA'})
WHERE NOT EXISTS { (:IndividualNetwork)-[:FOR]->(r) }
CALL (r) {
  MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true)
  RETURN collect(DISTINCT s) AS helpers
}
WITH r, d, helpers
WHERE size(helpers) > 0
  AND all(h IN helpers WHERE h:Organization AND EXISTS { (h)-[:OFFERS]->(:ServiceKind {code: $service}) })
RETURN r.id AS resident, d.id AS area, size(helpers) AS helpers
ORDER BY resident;
