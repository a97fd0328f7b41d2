// The analyst console's per-user history and saved queries: (:ConsoleQuery {id, user, kind: 'HISTORY' | 'SAVED', name,
// cypher, params (JSON text), at}). No relationships: not part of the support network, never read by the gap engine.
CREATE CONSTRAINT console_query_id IF NOT EXISTS FOR (q:ConsoleQuery) REQUIRE q.id IS UNIQUE;
CREATE INDEX console_query_user IF NOT EXISTS FOR (q:ConsoleQuery) ON (q.user, q.kind);
