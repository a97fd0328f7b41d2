package jp.tsunagari.gaps;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagari.security.AreaScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gap trend: how many gaps of each type each daily-life area had, one point per day, kept in the database as
 * {@code (:GapCount {day, area, type, count, recordedAt})}. Councils (協議体, seed 002 §4-4) review the network
 * periodically; the trend lets them see whether it is getting better — isolated residents went from 42 to 17 since
 * April — without anyone keeping spreadsheets of finding counts.
 *
 * <p>A point is recorded every night ({@code tsunagari.gaps.trend-cron}), at start-up when today has none yet, and on
 * demand. Recording again on the same day replaces that day's points.
 */
@Service
class GapTrend {

    /** One day's count of one gap type in one area ({@code type} a {@link GapType} code). */
    record Point(LocalDate day, String area, String type, long count) {
    }

    private record Pair(String area, String type) {
    }

    private static final Logger log = LoggerFactory.getLogger(GapTrend.class);

    private final GapEngine engine;
    private final Neo4jClient client;
    private final ZoneId zone;

    GapTrend(GapEngine engine, Neo4jClient client, @Value("${tsunagari.gaps.trend-zone:Asia/Tokyo}") ZoneId zone) {
        this.engine = engine;
        this.client = client;
        this.zone = zone;
    }

    /** Today in the municipality's time zone: servers often run on UTC, where 02:00 JST is still yesterday. */
    LocalDate today() {
        return LocalDate.now(zone);
    }

    @Scheduled(cron = "${tsunagari.gaps.trend-cron:0 0 2 * * *}", zone = "${tsunagari.gaps.trend-zone:Asia/Tokyo}")
    void recordDaily() {
        int points = record();
        log.info("Gap trend: {} points recorded for {}", points, today());
    }

    /**
     * After a restart (or the first start) today's point is there at once, not only after the next night. Runs once
     * the application is ready, so the demo city, loaded during start-up, is counted.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recordAtStartIfTodayIsMissing() {
        try {
            LocalDate today = today();
            if (!hasPoints(today)) {
                log.info("Gap trend: {} points recorded for {} at start-up", record(today), today);
            }
        } catch (RuntimeException e) {
            // A missing trend point is not worth a failed start; the nightly run or a coordinator records it later.
            log.warn("Gap trend: recording at start-up failed", e);
        }
    }

    /** Records today's points; returns how many were written. */
    int record() {
        return record(today());
    }

    /**
     * Counts the current findings per daily-life area and gap type and stores them as the points of {@code day},
     * replacing any recorded earlier that day. Zero counts are stored too, for every daily-life area and type and for
     * every pair that had gaps at the last recording, so that a drop to zero shows as a point, not as a missing one.
     */
    @Transactional
    int record(LocalDate day) {
        Map<String, Map<GapType, Long>> counts = new HashMap<>();
        for (Finding finding : engine.findings()) {
            if (finding.area() != null) { // an area-less finding has no place in a per-area trend
                counts.computeIfAbsent(finding.area(), a -> new HashMap<>()).merge(finding.type(), 1L, Long::sum);
            }
        }
        Set<String> areas = new LinkedHashSet<>(client.query("MATCH (a:Area {level: 'DAILY_LIFE_AREA'}) RETURN a.id")
                .fetchAs(String.class).all());
        areas.addAll(counts.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String area : areas) {
            for (GapType type : GapType.values()) {
                rows.add(row(area, type.name(), counts.getOrDefault(area, Map.of()).getOrDefault(type, 0L)));
            }
        }
        // Pairs outside that grid (an area deleted or no longer a daily-life area) end with a zero once.
        client.query("""
                        OPTIONAL MATCH (p:GapCount) WHERE p.day < $day
                        WITH max(p.day) AS last
                        MATCH (g:GapCount) WHERE (g.day = last AND g.count > 0) OR g.day = $day
                        RETURN DISTINCT g.area AS area, g.type AS type""")
                .bind(day).to("day")
                .fetchAs(Pair.class).mappedBy((types, r) -> new Pair(r.get("area").asString(), r.get("type").asString()))
                .all().stream()
                .filter(pair -> !areas.contains(pair.area()) || !isKnown(pair.type()))
                .forEach(pair -> rows.add(row(pair.area(), pair.type(), 0L)));
        if (rows.isEmpty()) {
            return 0;
        }
        client.query("""
                        UNWIND $rows AS row
                        MERGE (g:GapCount {day: $day, area: row.area, type: row.type})
                        SET g.count = row.count, g.recordedAt = datetime()""")
                .bindAll(Map.of("day", day, "rows", rows)).run();
        return rows.size();
    }

    /** Whether points exist for that day. */
    @Transactional(readOnly = true)
    boolean hasPoints(LocalDate day) {
        return client.query("MATCH (g:GapCount {day: $day}) RETURN count(g) > 0").bind(day).to("day")
                .fetchAs(Boolean.class).one().orElse(false);
    }

    /**
     * The recorded points within the scope, optionally of one area, one type and a range of days (inclusive), ordered
     * by day, area and type.
     */
    @Transactional(readOnly = true)
    List<Point> points(AreaScope scope, String area, GapType type, LocalDate from, LocalDate to) {
        if (scope.none()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("all", scope.all());
        parameters.put("areas", List.copyOf(scope.areaIds()));
        parameters.put("area", area);
        parameters.put("type", type == null ? null : type.name());
        parameters.put("from", from);
        parameters.put("to", to);
        return List.copyOf(client.query("""
                        MATCH (g:GapCount)
                        WHERE ($all OR g.area IN $areas)
                          AND ($area IS NULL OR g.area = $area
                               OR EXISTS { (:Area {id: g.area})-[:PART_OF*1..]->(:Area {id: $area}) })
                          AND ($type IS NULL OR g.type = $type)
                          AND ($from IS NULL OR g.day >= $from) AND ($to IS NULL OR g.day <= $to)
                        RETURN g.day AS day, g.area AS area, g.type AS type, g.count AS count
                        ORDER BY day, area, type""")
                .bindAll(parameters)
                .fetchAs(Point.class).mappedBy((types, r) -> new Point(r.get("day").asLocalDate(),
                        r.get("area").asString(), r.get("type").asString(), r.get("count").asLong()))
                .all());
    }

    private static Map<String, Object> row(String area, String type, long count) {
        return Map.of("area", area, "type", type, "count", count);
    }

    private static boolean isKnown(String type) {
        for (GapType t : GapType.values()) {
            if (t.name().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
