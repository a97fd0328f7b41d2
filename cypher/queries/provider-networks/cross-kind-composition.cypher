// title.ja: 異種事業者間ネットワークの構成（欠けている事業者の種類）
// title.en: Cross-kind networks: which kinds of organization take part, and which are missing
// description.ja: 異種事業者間ネットワークごとに、加入している活動中の団体の種別と、医療・介護・相談・地縁・NPO の
//   うち欠けている種別。
// description.en: Per cross-kind provider network, the types of its active member organizations and which of medical,
//   care, community support centre, neighbourhood association and NPO are missing.
// param: expected LIST<STRING> = MEDICAL, CARE_PROVIDER, COMMUNITY_SUPPORT_CENTER, NEIGHBORHOOD_ASSOCIATION, NPO | そろっているべき団体種別 | organization types expected in the network
MATCH (n:ProviderNetwork {scope: 'CROSS_KIND'})
CALL (n) {
  OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(n) WHERE coalesce(o.active, true)
  RETURN collect(DISTINCT o.type) AS types
}
RETURN n.id AS network, n.name AS name, types,
       [t IN $expected WHERE NOT t IN types] AS missing
ORDER BY network;
