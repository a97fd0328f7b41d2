// title.ja: 一人の住民を支える人と団体（グラフ）
// title.en: Everyone who helps one resident (graph)
// description.ja: 指定した住民と、その住民を支える人・団体（SUPPORTS）、個別ネットワークとそのメンバーをグラフで返します。
//   分析者には住民名は仮名で示されます。
// description.en: The given resident with the people and organizations supporting them (SUPPORTS), their individual
//   network and its members, as a graph. Analysts see the resident's pseudonym.
// param: residentId STRING = 'res-000003' | 住民のID | id of the resident
MATCH (r:Resident {id: $residentId})
OPTIONAL MATCH (h)-[s:SUPPORTS]->(r)
OPTIONAL MATCH (n:IndividualNetwork)-[f:FOR]->(r)
OPTIONAL MATCH (m)-[mo:MEMBER_OF]->(n)
RETURN r, h, s, n, f, m, mo;
