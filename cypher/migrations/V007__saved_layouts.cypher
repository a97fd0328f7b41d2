// Diagram layouts a user arranged: one per user and view (e.g. "diagram/area-d01"), node ids with their positions in
// three parallel lists. A composite uniqueness constraint (Community edition has no node keys) lets MERGE keep one.
CREATE CONSTRAINT saved_layout_per_view IF NOT EXISTS FOR (l:SavedLayout) REQUIRE (l.user, l.view) IS UNIQUE;
