package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;
import org.springframework.context.MessageSource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Neighbourhood associations (町内会・自治会) and NPOs (地縁組織とNPOのネットワーク, seed 002 §4-5) of a daily-life area
 * or of the municipality: each association's {@code REFERS_TO} links to NPOs and the needs it reported
 * ({@code REPORTS_NEED}, as {@code network.OrganizationService#reportNeed} stores them), the NPOs serving the area
 * with the services they offer among those needs. An association linked to no NPO ({@code ASSOCIATION_WITHOUT_NPO})
 * gets its own halo ({@link DiagramKinds#NO_NPO}). For coordinators, within their areas.
 */
@Service
class AssociationQueries {

    static final String ASSOCIATIONS = """
            MATCH (a:Area {id: $areaId})
            MATCH (o:NeighborhoodAssociation)-[:SERVES]->(:Area)-[:PART_OF*0..]->(a)
            WITH DISTINCT o
            RETURN o {.id, .name, .role, .type, labels: labels(o), active: coalesce(o.active, true)} AS association,
                   COLLECT { MATCH (o)-[:REFERS_TO]->(n:Organization)
                             RETURN n {.id, .name, .role, .type, labels: labels(n), active: coalesce(n.active, true),
                                       offers: COLLECT { MATCH (n)-[:OFFERS]->(k:ServiceKind) RETURN k.code }}
                   } AS refers,
                   COLLECT { MATCH (o)-[:REPORTS_NEED]->(k:ServiceKind) RETURN k.code ORDER BY k.code } AS needs
            ORDER BY o.id""";

    /** NPOs serving the area from inside it or from an area holding it. */
    static final String NPOS = """
            MATCH (a:Area {id: $areaId})
            MATCH (n:Organization)-[:SERVES]->(s:Area)
            WHERE (n:NPO OR n.type = 'NPO')
              AND (EXISTS { MATCH (s)-[:PART_OF*0..]->(a) } OR EXISTS { MATCH (a)-[:PART_OF*1..]->(s) })
            WITH DISTINCT n
            RETURN n {.id, .name, .role, .type, labels: labels(n), active: coalesce(n.active, true),
                      offers: COLLECT { MATCH (n)-[:OFFERS]->(k:ServiceKind) RETURN k.code }} AS npo
            ORDER BY n.id""";

    static final Set<GapType> TYPES = Set.of(GapType.ASSOCIATION_WITHOUT_NPO, GapType.UNREFERRED_NEED);

    /** The picture (gaps marked) and the gaps listed beside it. */
    record Associations(String areaId, String areaName, GraphData graph, List<GapItem> findings, int associations,
                        int npos, int withoutNpo) {
    }

    private final Neo4jClient client;
    private final DiagramAccess access;
    private final GapFindings gaps;
    private final MessageSource messages;

    AssociationQueries(Neo4jClient client, DiagramAccess access, GapFindings gaps, MessageSource messages) {
        this.client = client;
        this.access = access;
        this.gaps = gaps;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<DiagramQueries.AreaChoice> areas() {
        return access.areas(false);
    }

    /**
     * The associations and NPOs of the area. Empty when there is no such area; refused (and audited) outside the
     * user's areas.
     */
    @Transactional(readOnly = true)
    public Optional<Associations> associations(String areaId, Locale locale) {
        Optional<DiagramAccess.ViewArea> found = access.area(areaId, false);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DiagramAccess.ViewArea area = found.get();
        DiagramQueries.Builder graph = new DiagramQueries.Builder();
        Map<String, Object> byArea = Map.of("areaId", areaId);
        Set<String> needs = new HashSet<>();
        List<Map<String, Object>> npos = new ArrayList<>();
        int associations = 0, withoutNpo = 0;
        for (var row : client.query(ASSOCIATIONS).bindAll(byArea).fetch().all()) {
            Map<String, Object> association = DiagramQueries.map(row, "association");
            String id = DiagramQueries.str(association, "id");
            graph.helper(association);
            associations++;
            List<Map<String, Object>> refers = DiagramQueries.maps(row, "refers");
            if (refers.isEmpty()) {
                withoutNpo++;
            }
            for (Map<String, Object> npo : refers) {
                graph.helper(npo);
                npos.add(npo);
                graph.edge(id, DiagramQueries.str(npo, "id"), DiagramKinds.REFERS, false);
            }
            for (String need : DiagramQueries.strings(row, "needs")) {
                needs.add(need);
                graph.node(new GraphNode(serviceNode(need), messages.getMessage("service." + need, null, locale),
                        DiagramKinds.SERVICE));
                graph.edge(id, serviceNode(need), DiagramKinds.REPORTS, false);
            }
        }
        for (var row : client.query(NPOS).bindAll(byArea).fetch().all()) {
            Map<String, Object> npo = DiagramQueries.map(row, "npo");
            graph.helper(npo);
            npos.add(npo);
        }
        // What the NPOs offer of what the associations reported: who could take a need on.
        for (Map<String, Object> npo : npos) {
            for (String offered : DiagramQueries.strings(npo, "offers")) {
                if (needs.contains(offered)) {
                    graph.edge(DiagramQueries.str(npo, "id"), serviceNode(offered), DiagramKinds.OFFERS, false);
                }
            }
        }
        GraphData data = graph.build();
        Set<String> shown = new HashSet<>();
        data.nodes().forEach(n -> shown.add(n.id()));
        List<GapItem> findings = new ArrayList<>();
        for (String dailyLifeArea : area.dailyLifeAreaIds()) {
            gaps.forArea(dailyLifeArea, locale).stream()
                    .filter(f -> TYPES.contains(f.type()) && shown.contains(f.subject()))
                    .forEach(findings::add);
        }
        findings.sort(java.util.Comparator.comparing(GapItem::severity));
        GraphData marked = GapOverlay.apply(data, findings,
                f -> f.type() == GapType.ASSOCIATION_WITHOUT_NPO ? DiagramKinds.NO_NPO : GapOverlay.flag(f));
        return Optional.of(new Associations(area.id(), area.name(), marked, List.copyOf(findings), associations,
                (int) data.nodes().stream().filter(n -> DiagramKinds.NPO.equals(n.kind())).count(), withoutNpo));
    }

    static String serviceNode(String code) {
        return "service:" + code;
    }
}
