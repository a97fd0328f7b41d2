// title.ja: 要介護度別の住民数と平均ニーズ数
// title.en: Residents and needs per care level
// description.ja: 要介護度（careLevel）ごとの住民の数、一人暮らしの数、一人あたりの平均ニーズ数。
// description.en: Per care level: residents, those living alone, and the mean number of needs per resident.
// suppress: residents, livingAlone
MATCH (r:Resident)
CALL (r) { OPTIONAL MATCH (r)-[:NEEDS]->(k:ServiceKind) RETURN count(k) AS needs }
RETURN r.careLevel AS careLevel, count(r) AS residents,
       count(CASE WHEN r.livesAlone THEN r END) AS livingAlone, round(avg(needs), 2) AS meanNeeds
ORDER BY careLevel;
