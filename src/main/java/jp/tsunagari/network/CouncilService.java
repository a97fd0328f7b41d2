package jp.tsunagari.network;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Councils (協議体, seed 001 §4): layer 1 for the municipality, layer 2 per daily-life area, and who sits on them. */
@Service
public class CouncilService {

    public record NewCouncil(String id, String name, int layer, Set<String> areaIds) {
    }

    private final Neo4jClient client;
    private final GraphLookup lookup;
    private final ApplicationEventPublisher events;
    private final CurrentUser user;

    CouncilService(Neo4jClient client, GraphLookup lookup, ApplicationEventPublisher events, CurrentUser user) {
        this.client = client;
        this.lookup = lookup;
        this.events = events;
        this.user = user;
    }

    @Transactional
    public NetworkChanged.CouncilCreated create(NewCouncil council) {
        user.requireRole(Role.LAYER1_COORDINATOR);
        Checks checks = new Checks();
        lookup.requireNewId(checks, "id", council.id());
        checks.name("name", council.name());
        if (council.layer() != 1 && council.layer() != 2) {
            checks.add("layer", "validation.council.layer", council.layer());
        }
        Set<String> areaIds = council.areaIds() == null ? Set.of() : council.areaIds();
        if (checks.required("areaIds", areaIds)) {
            areaIds.stream().sorted().forEach(id -> lookup.require(checks, "areaIds", id, "Area"));
        }
        checks.throwIfAny();
        Map<String, Object> params = new HashMap<>();
        params.put("id", council.id());
        params.put("name", council.name());
        params.put("layer", council.layer());
        params.put("areaIds", List.copyOf(areaIds));
        client.query("""
                CREATE (c:Council {id: $id, name: $name, layer: $layer})
                WITH c UNWIND $areaIds AS areaId MATCH (a:Area {id: areaId}) CREATE (c)-[:COVERS]->(a)""")
                .bindAll(params).run();
        return Changes.publish(events, new NetworkChanged.CouncilCreated(council.id()));
    }

    @Transactional
    public NetworkChanged.CouncilSeatAdded addSeat(String councilId, String memberId, LocalDate since) {
        user.requireRole(Role.LAYER1_COORDINATOR);
        Checks checks = new Checks();
        lookup.require(checks, "councilId", councilId, "Council");
        lookup.require(checks, "memberId", memberId, "Person", "Organization");
        checks.throwIfAny();
        client.query("""
                MATCH (c:Council {id: $councilId}), (m:Person|Organization {id: $memberId})
                MERGE (m)-[s:SITS_ON]->(c) ON CREATE SET s.since = $since""")
                .bindAll(Map.of("councilId", councilId, "memberId", memberId,
                        "since", since == null ? LocalDate.now() : since)).run();
        return Changes.publish(events, new NetworkChanged.CouncilSeatAdded(memberId, councilId));
    }
}
