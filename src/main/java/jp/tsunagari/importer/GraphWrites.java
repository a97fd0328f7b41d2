package jp.tsunagari.importer;

import java.util.List;
import java.util.Map;

/**
 * The batched {@code UNWIND} statements that write each kind's created and updated rows (unchanged rows are not
 * written at all). Nodes are merged by {@code id}, ties by their ends (and service); a tie's {@code since} left empty
 * keeps the stored one (today for a new tie). An optional column missing from the file keeps what is stored; present
 * but empty, it clears it. Imports never delete nodes or ties that are not in the file. Labels are constants, values
 * parameters.
 */
final class GraphWrites {

    private GraphWrites() {
    }

    /** Same property, kept when its column is not in the file. */
    private static String keep(String property) {
        return "n.%1$s = CASE WHEN '%1$s' IN row.present THEN row.%1$s ELSE n.%1$s END".formatted(property);
    }

    private static final String SUPPORTER = """
            CALL (row) { MATCH (s:Person {id: row.supporterId}) RETURN s
                         UNION MATCH (s:Organization {id: row.supporterId}) RETURN s }""";

    static final Map<ImportKind, List<String>> STATEMENTS = Map.ofEntries(
            Map.entry(ImportKind.AREAS, List.of("""
                    UNWIND $rows AS row
                    MERGE (n:Area {id: row.id})
                    SET n.name = row.name, n.level = row.level, %s""".formatted(keep("municipalityCode")), """
                    UNWIND $rows AS row
                    MATCH (n:Area {id: row.id}) WHERE 'parentId' IN row.present
                    CALL (n) { MATCH (n)-[old:PART_OF]->() DELETE old }
                    CALL (n, row) { MATCH (p:Area {id: row.parentId}) CREATE (n)-[:PART_OF]->(p) }""")),
            Map.entry(ImportKind.ORGANIZATIONS, List.of("""
                    UNWIND $rows AS row
                    MERGE (n:Organization {id: row.id})
                    SET n.name = row.name, n.type = row.type,
                        n.active = CASE WHEN row.active IS NOT NULL THEN row.active ELSE coalesce(n.active, true) END,
                        %s, %s, %s, %s, %s, %s
                    REMOVE n:NPO:NeighborhoodAssociation
                    SET n:$(row.labels)
                    WITH n, row
                    CALL (n, row) { MATCH (n)-[r:OFFERS]->() WHERE 'offers' IN row.present DELETE r }
                    CALL (n, row) { UNWIND CASE WHEN 'offers' IN row.present THEN row.offers ELSE [] END AS code
                                    MATCH (s:ServiceKind {code: code}) CREATE (n)-[:OFFERS]->(s) }
                    CALL (n, row) { MATCH (n)-[r:SERVES]->() WHERE 'serves' IN row.present DELETE r }
                    CALL (n, row) { UNWIND CASE WHEN 'serves' IN row.present THEN row.serves ELSE [] END AS areaId
                                    MATCH (a:Area {id: areaId}) CREATE (n)-[:SERVES]->(a) }""".formatted(
                    keep("address"), keep("phone"), keep("officeNumber"), keep("corporateNumber"), keep("latitude"),
                    keep("longitude")))),
            Map.entry(ImportKind.PEOPLE, List.of("""
                    UNWIND $rows AS row
                    MERGE (n:Person {id: row.id})
                    SET n.name = row.name, n.role = row.role,
                        n.layer = CASE WHEN 'coordinatorLayer' IN row.present THEN row.coordinatorLayer ELSE n.layer END
                    FOREACH (_ IN CASE WHEN n.layer IS NULL THEN [1] ELSE [] END | REMOVE n:Coordinator)
                    FOREACH (_ IN CASE WHEN n.layer IS NOT NULL THEN [1] ELSE [] END | SET n:Coordinator)
                    WITH n, row
                    CALL (n, row) { MATCH (n)-[r:WORKS_FOR]->() WHERE 'organizationIds' IN row.present DELETE r }
                    CALL (n, row) { UNWIND CASE WHEN 'organizationIds' IN row.present THEN row.organizationIds ELSE [] END AS id
                                    MATCH (o:Organization {id: id}) CREATE (n)-[:WORKS_FOR]->(o) }
                    CALL (n, row) { MATCH (n)-[r:ASSIGNED_TO]->() WHERE 'areaIds' IN row.present DELETE r }
                    CALL (n, row) { UNWIND CASE WHEN 'areaIds' IN row.present THEN row.areaIds ELSE [] END AS id
                                    MATCH (a:Area {id: id}) CREATE (n)-[:ASSIGNED_TO]->(a) }""")),
            Map.entry(ImportKind.RESIDENTS, List.of("""
                    UNWIND $rows AS row
                    MERGE (n:Resident {id: row.id})
                    ON CREATE SET n.pseudonym = row.pseudonym
                    SET n.name = row.name, n.careLevel = row.careLevel,
                        n.livesAlone = CASE WHEN row.livesAlone IS NOT NULL THEN row.livesAlone ELSE coalesce(n.livesAlone, false) END,
                        n.consentToShare = CASE WHEN row.consentToShare IS NOT NULL THEN row.consentToShare
                                                ELSE coalesce(n.consentToShare, false) END
                    WITH n, row
                    CALL (n) { MATCH (n)-[r:LIVES_IN]->() DELETE r }
                    CALL (n, row) { MATCH (a:Area {id: row.areaId}) CREATE (n)-[:LIVES_IN]->(a) }
                    CALL (n, row) { MATCH (n)-[r:NEEDS]->() WHERE 'needs' IN row.present DELETE r }
                    CALL (n, row) { UNWIND CASE WHEN 'needs' IN row.present THEN row.needs ELSE [] END AS code
                                    MATCH (s:ServiceKind {code: code}) CREATE (n)-[:NEEDS]->(s) }""")),
            Map.entry(ImportKind.SUPPORTS, List.of("""
                    UNWIND $rows AS row
                    %s
                    MATCH (r:Resident {id: row.residentId})
                    MERGE (s)-[t:SUPPORTS {service: row.service}]->(r)
                    SET t.since = coalesce(row.since, t.since, date())""".formatted(SUPPORTER))),
            Map.entry(ImportKind.INDIVIDUAL_NETWORKS, List.of("""
                    UNWIND $rows AS row
                    MATCH (r:Resident {id: row.residentId})
                    CALL (row) { MATCH (c:Person {id: row.convenerId}) RETURN c
                                 UNION MATCH (c:Organization {id: row.convenerId}) RETURN c }
                    MERGE (n:IndividualNetwork {id: row.id})
                    SET n.name = r.name + ' 個別ネットワーク', n.contact = row.contact,
                        n.formedOn = coalesce(row.formedOn, n.formedOn, date())
                    WITH n, r, c
                    CALL (n) { MATCH (n)-[x:FOR|CONVENED_BY]->() DELETE x }
                    CREATE (n)-[:FOR]->(r), (n)-[:CONVENED_BY]->(c)""")),
            Map.entry(ImportKind.INDIVIDUAL_NETWORK_MEMBERS, List.of("""
                    UNWIND $rows AS row
                    MATCH (n:IndividualNetwork {id: row.networkId})
                    CALL (row) { MATCH (m:Person {id: row.memberId}) RETURN m
                                 UNION MATCH (m:Organization {id: row.memberId}) RETURN m }
                    MERGE (m)-[t:MEMBER_OF]->(n)
                    SET t.since = coalesce(row.since, t.since, date())""")),
            Map.entry(ImportKind.PROVIDER_NETWORKS, List.of("""
                    UNWIND $rows AS row
                    MERGE (n:ProviderNetwork {id: row.id})
                    SET n.name = row.name, n.scope = row.scope, n.form = row.form, n.service = row.service
                    WITH n, row
                    CALL (n) { MATCH (n)-[x:COVERS]->() DELETE x }
                    CALL (n, row) { UNWIND row.areaIds AS id MATCH (a:Area {id: id}) CREATE (n)-[:COVERS]->(a) }
                    CALL (n, row) { MATCH (n)-[x:CONVENED_BY]->() WHERE 'convenerId' IN row.present DELETE x }
                    CALL (n, row) { MATCH (c:Coordinator {id: row.convenerId}) WHERE 'convenerId' IN row.present
                                    CREATE (n)-[:CONVENED_BY]->(c) }""")),
            Map.entry(ImportKind.PROVIDER_NETWORK_MEMBERS, List.of("""
                    UNWIND $rows AS row
                    MATCH (n:ProviderNetwork {id: row.networkId})
                    CALL (row) { MATCH (m:Organization {id: row.memberId}) RETURN m
                                 UNION MATCH (m:ProviderNetwork {id: row.memberId}) RETURN m }
                    MERGE (m)-[t:MEMBER_OF]->(n)
                    SET t.since = coalesce(row.since, t.since, date())""")),
            Map.entry(ImportKind.REFERRALS, List.of("""
                    UNWIND $rows AS row
                    MATCH (a:NeighborhoodAssociation {id: row.associationId}), (b:NPO {id: row.npoId})
                    MERGE (a)-[t:REFERS_TO]->(b)
                    SET t.since = coalesce(row.since, t.since, date())""")),
            Map.entry(ImportKind.COUNCILS, List.of("""
                    UNWIND $rows AS row
                    MERGE (n:Council {id: row.id})
                    SET n.name = row.name, n.layer = row.layer
                    WITH n, row
                    CALL (n) { MATCH (n)-[x:COVERS]->() DELETE x }
                    CALL (n, row) { UNWIND row.areaIds AS id MATCH (a:Area {id: id}) CREATE (n)-[:COVERS]->(a) }""")),
            Map.entry(ImportKind.COUNCIL_MEMBERS, List.of("""
                    UNWIND $rows AS row
                    MATCH (n:Council {id: row.councilId})
                    CALL (row) { MATCH (m:Person {id: row.memberId}) RETURN m
                                 UNION MATCH (m:Organization {id: row.memberId}) RETURN m }
                    MERGE (m)-[t:SITS_ON]->(n)
                    SET t.since = coalesce(row.since, t.since, date())""")));
}
