package jp.tsunagari.overview;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads {@link AreaStatistics} for every area in one query. */
@Component
class AreaStatisticsQuery {

    private static final String QUERY = """
            MATCH (a:Area)
            OPTIONAL MATCH (a)-[:PART_OF]->(parent:Area)
            CALL (a) {
              MATCH (a)<-[:PART_OF*0..]-(:Area)<-[:LIVES_IN]-(r:Resident)
              RETURN collect(r) AS residents
            }
            CALL (residents) {
              UNWIND residents AS r
              OPTIONAL MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true)
              WITH r, count(s) AS active
              RETURN sum(CASE WHEN active = 0 THEN 1 ELSE 0 END) AS unsupported
            }
            CALL (residents) {
              UNWIND residents AS r
              MATCH (s)-[:SUPPORTS]->(r)
              RETURN count(DISTINCT s) AS supporters
            }
            CALL (residents) {
              UNWIND residents AS r
              MATCH (n:IndividualNetwork)-[:FOR]->(r)
              RETURN count(n) AS individualNetworks
            }
            CALL (a) {
              MATCH (a)<-[:PART_OF*0..]-(:Area)<-[:SERVES]-(o:Organization)
              RETURN count(DISTINCT o) AS organizations
            }
            CALL (a) {
              MATCH (a)<-[:PART_OF*0..]-(:Area)<-[:COVERS]-(n:ProviderNetwork)
              RETURN count(DISTINCT n) AS providerNetworks
            }
            RETURN a.id AS id, a.name AS name, a.level AS level, parent.id AS parentId, size(residents) AS residents,
                   supporters, organizations, individualNetworks + providerNetworks AS networks, unsupported
            ORDER BY a.id""";

    private final Neo4jClient client;

    AreaStatisticsQuery(Neo4jClient client) {
        this.client = client;
    }

    @Transactional(readOnly = true)
    List<AreaStatistics> all() {
        return List.copyOf(client.query(QUERY).fetchAs(AreaStatistics.class).mappedBy((types, r) -> new AreaStatistics(
                r.get("id").asString(), r.get("name").asString(), r.get("level").asString(),
                r.get("parentId").isNull() ? null : r.get("parentId").asString(),
                r.get("residents").asLong(), r.get("supporters").asLong(), r.get("organizations").asLong(),
                r.get("networks").asLong(), r.get("unsupported").asLong())).all());
    }
}
