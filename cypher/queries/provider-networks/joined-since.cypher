// title.ja: ある日以降に同種事業者間ネットワークに加わった事業者
// title.en: Providers who joined a same-kind network since a date
// description.ja: 指定した日以降（その日を含む）に同種事業者間ネットワークに加わった（MEMBER_OF の since）団体の数を、
//   ネットワークごとに数えます。「今年、何事業者が加わったか」に答えます。
// description.en: Per same-kind provider network, how many organizations joined it (MEMBER_OF since) on or after the
//   given date: "how many providers joined a same-kind network this year?".
// param: since DATE = 2026-01-01 | この日以降 | on or after this day
MATCH (o:Organization)-[m:MEMBER_OF]->(n:ProviderNetwork {scope: 'SAME_KIND'})
WHERE m.since >= date($since)
RETURN n.id AS network, n.service AS service, count(DISTINCT o) AS joined
ORDER BY joined DESC, network;
