// title.ja: 提供サービスに登録のない支援
// title.en: Support with a service the organization does not offer
// description.ja: 団体が住民を支えているサービス（SUPPORTS の service）が、その団体の提供サービス（OFFERS）に
//   入っていないもの。団体の登録漏れか、支援の記録違いです。
// description.en: Organizations supporting a resident with a service (SUPPORTS service) that is not among the services
//   they offer (OFFERS): either the organization's record or the tie is wrong.
MATCH (o:Organization)-[s:SUPPORTS]->(r:Resident)
WHERE NOT EXISTS { (o)-[:OFFERS]->(:ServiceKind {code: s.service}) }
RETURN o.id AS organization, o.type AS type, s.service AS service, count(r) AS residents
ORDER BY organization, service;
