// Gap trend: one count per day, daily-life area and gap type, so a council can follow a gap over months.
// A composite uniqueness constraint (not a node key, which Community edition lacks) lets MERGE keep one point a day.
CREATE CONSTRAINT gap_count_point IF NOT EXISTS FOR (g:GapCount) REQUIRE (g.day, g.area, g.type) IS UNIQUE;
CREATE INDEX gap_count_day IF NOT EXISTS FOR (g:GapCount) ON (g.day);
