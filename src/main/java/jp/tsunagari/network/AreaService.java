package jp.tsunagari.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and moves {@code (:Area)} nodes: the municipality, its daily-life areas (日常生活圏域) and neighbourhoods. */
@Service
public class AreaService {

    /** A new area; {@code parentId} is required for every level below the municipality. */
    public record NewArea(String id, String name, AreaLevel level, String parentId) {
    }

    private final Neo4jClient client;
    private final GraphLookup lookup;
    private final ApplicationEventPublisher events;
    private final CurrentUser user;

    AreaService(Neo4jClient client, GraphLookup lookup, ApplicationEventPublisher events, CurrentUser user) {
        this.client = client;
        this.lookup = lookup;
        this.events = events;
        this.user = user;
    }

    @Transactional
    public NetworkChanged.AreaCreated create(NewArea area) {
        user.requireRole(Role.ADMIN, Role.LAYER1_COORDINATOR);
        Checks checks = new Checks();
        lookup.requireNewId(checks, "id", area.id());
        checks.name("name", area.name());
        if (checks.required("level", area.level())) {
            checkParent(checks, area.level(), area.parentId());
        }
        checks.throwIfAny();
        Map<String, Object> params = new HashMap<>();
        params.put("id", area.id());
        params.put("name", area.name());
        params.put("level", area.level().name());
        params.put("parentId", area.parentId());
        client.query("""
                CREATE (a:Area {id: $id, name: $name, level: $level})
                WITH a MATCH (p:Area {id: $parentId}) CREATE (a)-[:PART_OF]->(p)""").bindAll(params).run();
        return Changes.publish(events, new NetworkChanged.AreaCreated(area.id()));
    }

    /** Moves an area under another parent, refusing anything that would make the hierarchy a cycle. */
    @Transactional
    public NetworkChanged.AreaMoved move(String areaId, String newParentId) {
        user.requireRole(Role.ADMIN, Role.LAYER1_COORDINATOR);
        Checks checks = new Checks();
        lookup.require(checks, "areaId", areaId, "Area");
        if (checks.ok() && lookup.require(checks, "parentId", newParentId, "Area").contains("Area")) {
            boolean cycle = client.query("""
                    MATCH (p:Area {id: $parentId}), (a:Area {id: $id})
                    RETURN a = p OR EXISTS { (p)-[:PART_OF*]->(a) } AS cycle""")
                    .bindAll(Map.of("id", areaId, "parentId", newParentId)).fetchAs(Boolean.class).one().orElse(false);
            if (cycle) {
                checks.add("parentId", "validation.area.cycle", areaId, newParentId);
            } else {
                checkParent(checks, lookup.areaLevel(areaId), newParentId);
            }
        }
        checks.throwIfAny();
        client.query("""
                MATCH (a:Area {id: $id}), (p:Area {id: $parentId})
                OPTIONAL MATCH (a)-[old:PART_OF]->() DELETE old
                CREATE (a)-[:PART_OF]->(p)""").bindAll(Map.of("id", areaId, "parentId", newParentId)).run();
        return Changes.publish(events, new NetworkChanged.AreaMoved(areaId, newParentId));
    }

    /** A municipality stands alone; every other area is part of an area of a larger level. */
    private void checkParent(Checks checks, AreaLevel level, String parentId) {
        if (level == AreaLevel.MUNICIPALITY) {
            if (parentId != null && !parentId.isBlank()) {
                checks.add("parentId", "validation.area.municipalityHasNoParent");
            }
            return;
        }
        if (!lookup.require(checks, "parentId", parentId, "Area").contains("Area")) {
            return;
        }
        AreaLevel parentLevel = lookup.areaLevel(parentId);
        if (parentLevel.ordinal() >= level.ordinal()) {
            checks.add("parentId", "validation.area.parentLevel", parentId, parentLevel, level);
        }
    }
}
