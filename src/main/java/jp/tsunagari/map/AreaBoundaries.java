package jp.tsunagari.map;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports area boundaries: a GeoJSON FeatureCollection is read and checked whole ({@link BoundaryFile}); only when
 * every feature is right are the boundaries written, in one transaction, as {@code Area.boundary} — the geometry as
 * GeoJSON text (RFC 7946: longitude/latitude, WGS84/JGD2011), so the map serves it as it is and analysts read it in
 * Cypher. Areas the file does not mention keep theirs. Layer-1 coordinators and administrators only; audited.
 */
@Service
class AreaBoundaries {

    /** A refused import: every problem found, each naming its feature. Nothing was written. */
    static final class InvalidBoundariesException extends RuntimeException {
        private final List<String> problems;

        InvalidBoundariesException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(AreaBoundaries.class);

    private final Neo4jClient client;
    private final CurrentUser user;
    private final AuditTrail audit;

    AreaBoundaries(Neo4jClient client, CurrentUser user, AuditTrail audit) {
        this.client = client;
        this.user = user;
        this.audit = audit;
    }

    /** Whether the signed-in user may import boundaries (for showing the upload). */
    boolean mayImport() {
        return user.has(Role.LAYER1_COORDINATOR) || user.has(Role.ADMIN);
    }

    /**
     * Reads, checks and stores the boundaries; returns the ids of the areas whose boundary was set.
     *
     * @throws InvalidBoundariesException naming every bad feature; nothing is written then
     */
    @Transactional
    List<String> importGeoJson(String geojson, String idProperty) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.ADMIN);
        String property = idProperty == null || idProperty.isBlank() ? "id" : idProperty.strip();
        Set<String> known = new HashSet<>(client.query("MATCH (a:Area) RETURN a.id").fetchAs(String.class).all());
        BoundaryFile.Result result = BoundaryFile.read(geojson, property, known);
        if (!result.ok()) {
            log.info("Boundary import refused: {} problems", result.problems().size());
            throw new InvalidBoundariesException(result.problems());
        }
        client.query("""
                        UNWIND $rows AS row
                        MATCH (a:Area {id: row.id})
                        SET a.boundary = row.boundary, a.boundaryImportedAt = datetime()""")
                .bind(result.boundaries().entrySet().stream()
                        .map(e -> Map.<String, Object>of("id", e.getKey(), "boundary", e.getValue())).toList())
                .to("rows").run();
        List<String> ids = List.copyOf(result.boundaries().keySet());
        audit.record(AuditAction.CHANGE, ids, "area boundaries imported");
        log.info("Boundaries imported for {} areas", ids.size());
        return ids;
    }
}
