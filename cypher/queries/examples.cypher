// Everyday questions. Parameters ($name) are set in Neo4j Browser with :param name => 'value',
// in cypher-shell with :param {name: 'value'}.

// Everyone who helps one resident, and with what.
MATCH (s)-[t:SUPPORTS]->(r:Resident {id: $residentId})
RETURN s.id AS supporter, s.name AS name, labels(s) AS kind, t.service AS service, t.since AS since
ORDER BY since;

// One resident's individual network: convener, contact method, members.
MATCH (n:IndividualNetwork)-[:FOR]->(r:Resident {id: $residentId})
OPTIONAL MATCH (n)-[:CONVENED_BY]->(c)
OPTIONAL MATCH (m)-[:MEMBER_OF]->(n)
RETURN n.id AS network, n.contact AS contact, c.name AS convener, collect(m.name) AS members;

// Residents per daily-life area who live alone with care level CARE_3 or above.
MATCH (r:Resident {livesAlone: true})-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(a:Area {level: 'DAILY_LIFE_AREA'})
WHERE r.careLevel IN ['CARE_3', 'CARE_4', 'CARE_5']
RETURN a.name AS area, count(r) AS residents
ORDER BY residents DESC;

// Providers of a service serving a daily-life area (from inside it or city-wide), with their same-kind networks.
MATCH (o:Organization)-[:OFFERS]->(:ServiceKind {code: $service})
WHERE coalesce(o.active, true)
  AND EXISTS { MATCH (o)-[:SERVES]->(x:Area), (a:Area {id: $areaId})
               WHERE (x)-[:PART_OF*0..]->(a) OR (a)-[:PART_OF*]->(x) }
OPTIONAL MATCH (o)-[:MEMBER_OF]->(n:ProviderNetwork {scope: 'SAME_KIND', service: $service})
RETURN o.id AS organization, o.name AS name, o.type AS type, collect(n.name) AS sameKindNetworks
ORDER BY name;

// What changed since the last council meeting.
MATCH (x)-[t:SUPPORTS|MEMBER_OF|REFERS_TO|SITS_ON]->(y)
WHERE t.since >= date($lastMeeting)
RETURN type(t) AS tie, x.id AS from, y.id AS to, t.since AS since
ORDER BY since;

// Who sits on each council.
MATCH (c:Council)-[:COVERS]->(a:Area)
OPTIONAL MATCH (m)-[:SITS_ON]->(c)
RETURN c.name AS council, c.layer AS layer, a.name AS area, count(m) AS members
ORDER BY layer, council;
