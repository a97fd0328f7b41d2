// The head of the audit chain, and a stable pseudonym for every resident (住民-0001 …) shown wherever a role may
// not see names (council projections, analysts). New residents take the next number from the counter.
MERGE (h:AuditHead {name: 'audit'}) ON CREATE SET h.seq = 0, h.hash = '';
MERGE (c:Counter {name: 'residentPseudonym'}) ON CREATE SET c.value = 0;
MATCH (c:Counter {name: 'residentPseudonym'})
OPTIONAL MATCH (r:Resident) WHERE r.pseudonym IS NULL
WITH c, r ORDER BY r.id
WITH c, collect(r) AS residents
FOREACH (i IN range(0, size(residents) - 1) |
  SET (residents[i]).pseudonym = '住民-' + CASE WHEN c.value + i + 1 < 10000
        THEN right('000' + toString(c.value + i + 1), 4) ELSE toString(c.value + i + 1) END)
SET c.value = c.value + size(residents);
