// Council sessions (協議体の会議): one (:CouncilSession)-[:OF]->(:Council) per meeting, its changes as
// (:SessionChange {sessionId, seq})-[:IN]->(session), numbered within the session; open sessions are found by state
// (the live tracker reloads them at start-up).
CREATE CONSTRAINT council_session_id IF NOT EXISTS FOR (s:CouncilSession) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT session_change_seq IF NOT EXISTS FOR (c:SessionChange) REQUIRE (c.sessionId, c.seq) IS UNIQUE;
CREATE INDEX council_session_state IF NOT EXISTS FOR (s:CouncilSession) ON (s.state);
