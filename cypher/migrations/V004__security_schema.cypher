// Users of the application and the append-only, hash-chained audit trail.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.seq IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
CREATE INDEX audit_entry_username IF NOT EXISTS FOR (e:AuditEntry) ON (e.username);
CREATE CONSTRAINT resident_pseudonym IF NOT EXISTS FOR (r:Resident) REQUIRE r.pseudonym IS UNIQUE;
