package jp.tsunagari.council;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names as a council (協議体) may see them, whoever is signed in — what is projected or written in the minutes is
 * read by community members: a resident is their pseudonym (住民-0017), an individual network is named after the
 * resident's pseudonym, a person helping is their role with a code made from their id (近隣住民 P-4821: their name
 * would identify the resident they help); organizations, networks and areas keep their names. No care level is read.
 */
@Component
class CouncilNames {

    static final String NAMES = """
            UNWIND $ids AS id
            OPTIONAL MATCH (r:Resident {id: id})
            OPTIONAL MATCH (p:Person {id: id})
            OPTIONAL MATCH (n:IndividualNetwork {id: id})-[:FOR]->(nr:Resident)
            OPTIONAL MATCH (o:Organization {id: id})
            OPTIONAL MATCH (pn:ProviderNetwork {id: id})
            OPTIONAL MATCH (a:Area {id: id})
            RETURN id, r.pseudonym AS pseudonym, r IS NOT NULL AS resident, p.role AS role, p IS NOT NULL AS person,
                   nr.pseudonym AS networkFor, n IS NOT NULL AS network,
                   coalesce(o.name, pn.name, a.name) AS name""";

    private final Neo4jClient client;
    private final MessageSource messages;

    CouncilNames(Neo4jClient client, MessageSource messages) {
        this.client = client;
        this.messages = messages;
    }

    /** The label of each id under council rules; an id the database does not know is shown as itself. */
    @Transactional(readOnly = true)
    Map<String, String> labels(Collection<String> ids, Locale locale) {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Map<String, Object> row : client.query(NAMES).bindAll(Map.of("ids", List.copyOf(new LinkedHashSet<>(ids))))
                .fetch().all()) {
            String id = (String) row.get("id");
            String label;
            if (Boolean.TRUE.equals(row.get("resident"))) {
                label = row.get("pseudonym") == null ? residentCode(id) : (String) row.get("pseudonym");
            } else if (Boolean.TRUE.equals(row.get("person"))) {
                label = personLabel(id, (String) row.get("role"), locale);
            } else if (Boolean.TRUE.equals(row.get("network"))) {
                Object of = row.get("networkFor");
                label = messages.getMessage("council.individualNetwork", new Object[] {of == null ? "?" : of}, locale);
            } else {
                label = row.get("name") == null ? id : (String) row.get("name");
            }
            out.put(id, label);
        }
        return out;
    }

    /** 「近隣住民 P-4821」: the role, and a code from the id so the same person reads the same through a session. */
    String personLabel(String id, String role, Locale locale) {
        String kind = role == null ? messages.getMessage("diagram.kind.person", null, locale)
                : messages.getMessage("kind." + role, null, role, locale);
        return kind + " P-" + code(id);
    }

    private static String residentCode(String id) {
        return "R-" + code(id);
    }

    static String code(String id) {
        return "%04d".formatted(Math.floorMod(id.hashCode(), 10_000));
    }
}
