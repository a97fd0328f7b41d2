package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tsunagari.diagram.NetworkImageLayout.Band;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapItem;
import org.springframework.context.MessageSource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network image (ネットワークのイメージ図, seed 002 §4-1) of a daily-life area or of the municipality: individual
 * networks on top (one node each, sized by their active members), the same-kind provider networks in the middle,
 * the cross-kind network with the area's council below, the municipal level at the bottom; between the layers,
 * an individual network's tie to each provider network one of its organizations belongs to, networks' membership
 * of other networks, and the coordinators convening networks and sitting on councils. Positions are set
 * ({@link NetworkImageLayout}).
 * <p>
 * For coordinators (their areas) and council viewers (every area; a council session projects it). A council's
 * picture names and identifies no resident: its individual networks are 「個別ネットワーク #n」 with ids made up for
 * the picture, its query reads no resident at all, and its gaps are the area-level ones
 * ({@link GapFindings#areaLevel}) with small counts suppressed.
 */
@Service
class NetworkImageQueries {

    /** Networks covering the area, an area inside it, or an area it lies in (a municipal network). */
    static final String PROVIDER_NETWORKS = """
            MATCH (a:Area {id: $areaId})
            MATCH (n:ProviderNetwork)-[:COVERS]->(c:Area)
            WHERE c = a OR EXISTS { MATCH (a)-[:PART_OF*1..]->(c) } OR EXISTS { MATCH (c)-[:PART_OF*1..]->(a) }
            WITH DISTINCT n
            RETURN n.id AS id, n.name AS name, n.scope AS scope,
                   EXISTS { MATCH (n)-[:COVERS]->(:Area {level: 'MUNICIPALITY'}) } AS municipal,
                   COLLECT { MATCH (n)-[:COVERS]->(:Area)-[:PART_OF*0..]->(d:Area {level: 'DAILY_LIFE_AREA'})
                             RETURN DISTINCT d.id } AS areas,
                   COUNT { MATCH (o:Organization)-[:MEMBER_OF]->(n) WHERE coalesce(o.active, true) } AS organizations,
                   COLLECT { MATCH (m:ProviderNetwork)-[:MEMBER_OF]->(n) RETURN m.id } AS networks,
                   COLLECT { MATCH (n)-[:CONVENED_BY]->(c:Coordinator) RETURN c {.id, .name, .layer} } AS conveners
            ORDER BY n.id""";

    static final String COUNCILS = """
            MATCH (a:Area {id: $areaId})
            MATCH (k:Council)-[:COVERS]->(c:Area)
            WHERE c = a OR EXISTS { MATCH (a)-[:PART_OF*1..]->(c) } OR EXISTS { MATCH (c)-[:PART_OF*1..]->(a) }
            WITH DISTINCT k
            RETURN k.id AS id, k.name AS name,
                   EXISTS { MATCH (k)-[:COVERS]->(:Area {level: 'MUNICIPALITY'}) } AS municipal,
                   COLLECT { MATCH (k)-[:COVERS]->(:Area)-[:PART_OF*0..]->(d:Area {level: 'DAILY_LIFE_AREA'})
                             RETURN DISTINCT d.id } AS areas,
                   COUNT { MATCH (m)-[:SITS_ON]->(k) } AS seats,
                   COLLECT { MATCH (c:Coordinator)-[:SITS_ON]->(k) RETURN c {.id, .name, .layer} } AS coordinators
            ORDER BY k.id""";

    /** Coordinators' picture: each individual network with its resident (to label it as the user may). */
    static final String INDIVIDUAL_NETWORKS = """
            MATCH (d:Area {level: 'DAILY_LIFE_AREA'})-[:PART_OF*0..]->(:Area {id: $areaId})
            MATCH (r:Resident)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(d)
            MATCH (n:IndividualNetwork)-[:FOR]->(r)
            RETURN d.id AS area, n.id AS id, r.id AS residentId, r.name AS name, r.pseudonym AS pseudonym,
                   coalesce(r.consentToShare, false) AS consent,
                   COUNT { MATCH (m:Person|Organization)-[:MEMBER_OF]->(n) WHERE coalesce(m.active, true) } AS members,
                   COLLECT { MATCH (o:Organization)-[:MEMBER_OF]->(n)
                             MATCH (o)-[:MEMBER_OF]->(p:ProviderNetwork) RETURN DISTINCT p.id } AS providerNetworks,
                   COLLECT { MATCH (n)-[:CONVENED_BY]->(c:Coordinator) RETURN c.id } AS conveners
            ORDER BY area, id""";

    /**
     * A council's picture: the same networks with nothing about their resident — no resident, no name, not even the
     * network's id (which may be derived from the resident's).
     */
    static final String ANONYMOUS_INDIVIDUAL_NETWORKS = """
            MATCH (d:Area {level: 'DAILY_LIFE_AREA'})-[:PART_OF*0..]->(:Area {id: $areaId})
            MATCH (n:IndividualNetwork)-[:FOR]->(:Resident)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(d)
            WITH DISTINCT d, n
            ORDER BY d.id, n.formedOn, n.id
            RETURN d.id AS area,
                   COUNT { MATCH (m:Person|Organization)-[:MEMBER_OF]->(n) WHERE coalesce(m.active, true) } AS members,
                   COLLECT { MATCH (o:Organization)-[:MEMBER_OF]->(n)
                             MATCH (o)-[:MEMBER_OF]->(p:ProviderNetwork) RETURN DISTINCT p.id } AS providerNetworks""";

    /** One picture: the graph (positions set, gaps marked) and the gaps listed beside it. */
    record NetworkImage(String areaId, String areaName, boolean municipality, GraphData graph, List<GapItem> findings,
                        int individualNetworks, int sameKindNetworks, int crossKindNetworks, int councils) {
    }

    private final Neo4jClient client;
    private final DiagramAccess access;
    private final GapFindings gaps;
    private final MessageSource messages;

    NetworkImageQueries(Neo4jClient client, DiagramAccess access, GapFindings gaps, MessageSource messages) {
        this.client = client;
        this.access = access;
        this.gaps = gaps;
        this.messages = messages;
    }

    /** The areas the user may open here: coordinators theirs, councils every one; the municipality first. */
    @Transactional(readOnly = true)
    public List<DiagramQueries.AreaChoice> areas() {
        return access.areas(true);
    }

    /**
     * The network image of a daily-life area or of the municipality. Empty when there is no such area; refused
     * (and audited) outside a coordinator's areas and for roles other than coordinators and councils.
     */
    @Transactional(readOnly = true)
    public Optional<NetworkImage> image(String areaId, Locale locale) {
        Optional<DiagramAccess.ViewArea> found = access.area(areaId, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DiagramAccess.ViewArea area = found.get();
        boolean identifying = access.identifiesResidents();
        List<String> columns = area.dailyLifeAreaIds();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i), i);
        }
        NetworkImageLayout layout = new NetworkImageLayout(columns.size());
        List<GraphNode> nodes = new ArrayList<>();
        DiagramQueries.Builder edges = new DiagramQueries.Builder();
        Map<String, Object> byArea = Map.of("areaId", areaId);

        // Lower bands: provider networks, councils, the coordinators convening or sitting on them.
        int sameKind = 0, crossKind = 0;
        Set<String> networkIds = new LinkedHashSet<>();
        Map<String, Map<String, Object>> coordinators = new HashMap<>();
        Map<String, double[]> coordinatorPlace = new HashMap<>();
        for (var row : client.query(PROVIDER_NETWORKS).bindAll(byArea).fetch().all()) {
            String id = DiagramQueries.str(row, "id");
            boolean cross = "CROSS_KIND".equals(row.get("scope"));
            boolean municipal = Boolean.TRUE.equals(row.get("municipal"));
            int column = firstColumn(DiagramQueries.strings(row, "areas"), columnOf);
            Band band = municipal || column < 0 ? Band.MUNICIPAL : cross ? Band.CROSS_KIND : Band.SAME_KIND;
            layout.add(band, Math.max(column, 0), id);
            long organizations = ((Number) row.get("organizations")).longValue();
            nodes.add(new GraphNode(id, DiagramQueries.str(row, "name"),
                    cross ? DiagramKinds.CROSS_KIND_NETWORK : DiagramKinds.PROVIDER_NETWORK)
                    .withSize(Math.min(20, (cross ? 10 : 8) + Math.sqrt(organizations))));
            networkIds.add(id);
            if (cross) {
                crossKind++;
            } else {
                sameKind++;
            }
            for (Object member : DiagramQueries.list(row, "networks")) {
                edges.edge((String) member, id, DiagramKinds.MEMBER, false);
            }
            for (Map<String, Object> c : DiagramQueries.maps(row, "conveners")) {
                coordinators.putIfAbsent(DiagramQueries.str(c, "id"), c);
                coordinatorPlace.putIfAbsent(DiagramQueries.str(c, "id"), new double[] {band.ordinal(), column});
                edges.edge(id, DiagramQueries.str(c, "id"), DiagramKinds.CONVENED_BY, false);
            }
        }
        int councils = 0;
        for (var row : client.query(COUNCILS).bindAll(byArea).fetch().all()) {
            String id = DiagramQueries.str(row, "id");
            boolean municipal = Boolean.TRUE.equals(row.get("municipal"));
            int column = firstColumn(DiagramQueries.strings(row, "areas"), columnOf);
            Band band = municipal || column < 0 ? Band.MUNICIPAL : Band.CROSS_KIND;
            layout.add(band, Math.max(column, 0), id);
            long seats = ((Number) row.get("seats")).longValue();
            nodes.add(new GraphNode(id, DiagramQueries.str(row, "name"), DiagramKinds.COUNCIL)
                    .withSize(Math.min(20, 10 + Math.sqrt(seats))));
            councils++;
            for (Map<String, Object> c : DiagramQueries.maps(row, "coordinators")) {
                coordinators.putIfAbsent(DiagramQueries.str(c, "id"), c);
                coordinatorPlace.putIfAbsent(DiagramQueries.str(c, "id"), new double[] {band.ordinal(), column});
                edges.edge(DiagramQueries.str(c, "id"), id, DiagramKinds.SITS_ON, false);
            }
        }
        coordinators.forEach((id, c) -> {
            double[] at = coordinatorPlace.get(id);
            Number layer = (Number) c.get("layer");
            Band band = layer != null && layer.intValue() == 1 || at[1] < 0 ? Band.MUNICIPAL : Band.values()[(int) at[0]];
            layout.add(band == Band.SAME_KIND ? Band.CROSS_KIND : band, (int) Math.max(at[1], 0), id);
            nodes.add(new GraphNode(id, DiagramQueries.str(c, "name"), DiagramKinds.COORDINATOR));
        });

        // Top band: individual networks, one node each.
        int individual = 0;
        List<Map<String, Object>> rows = List.copyOf(client.query(identifying ? INDIVIDUAL_NETWORKS
                : ANONYMOUS_INDIVIDUAL_NETWORKS).bindAll(byArea).fetch().all());
        for (var row : rows) {
            individual++;
            String id;
            String label;
            if (identifying) {
                id = DiagramQueries.str(row, "id");
                label = messages.getMessage("diagram.individualNetwork", new Object[] {access.residentLabel(row)},
                        locale);
            } else {
                id = "individual-network-" + individual;
                label = messages.getMessage("networkImage.individualNetwork", new Object[] {individual}, locale);
            }
            Integer column = columnOf.get(DiagramQueries.str(row, "area"));
            layout.add(Band.INDIVIDUAL, column == null ? 0 : column, id);
            long members = ((Number) row.get("members")).longValue();
            nodes.add(new GraphNode(id, label, DiagramKinds.INDIVIDUAL_NETWORK)
                    .withSize(Math.min(10, 2.5 + 1.2 * Math.sqrt(members))));
            for (Object network : DiagramQueries.list(row, "providerNetworks")) {
                if (networkIds.contains((String) network)) {
                    edges.edge(id, (String) network, DiagramKinds.SHARES_MEMBER, true);
                }
            }
            for (Object convener : DiagramQueries.list(row, "conveners")) {
                // Only coordinators already in the picture (convening a provider network, sitting on a council).
                if (coordinators.containsKey((String) convener)) {
                    edges.edge(id, (String) convener, DiagramKinds.CONVENED_BY, false);
                }
            }
        }

        NetworkImageLayout.Placement placement = layout.place();
        for (GraphNode node : nodes) {
            double[] at = placement.nodes().get(node.id());
            edges.node(node.at(at[0], at[1]));
        }
        for (int c = 0; c < columns.size(); c++) {
            double[] at = placement.columns().get(c);
            edges.node(new GraphNode(columns.get(c), area.dailyLifeAreas().get(c).name(), DiagramKinds.AREA)
                    .at(at[0], at[1]));
        }
        placement.bands().forEach((band, at) -> edges.node(new GraphNode("band:" + band.name(),
                messages.getMessage(band.key(), null, locale), DiagramKinds.BAND).at(at[0], at[1])));
        GraphData graph = edges.build();

        List<GapItem> findings = findings(columns, graph, identifying, locale);
        return Optional.of(new NetworkImage(area.id(), area.name(), area.municipality(), GapOverlay.apply(graph, findings),
                findings, individual, sameKind, crossKind, councils));
    }

    /**
     * Councils: the area-level gaps. Coordinators: those too (with exact counts), and the gaps about what the picture
     * shows (an individual network with no route to a coordinator, a provider network missing a kind…).
     */
    private List<GapItem> findings(List<String> areas, GraphData graph, boolean identifying, Locale locale) {
        Set<String> shown = new java.util.HashSet<>();
        graph.nodes().forEach(n -> shown.add(n.id()));
        List<GapItem> findings = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String area : areas) {
            for (GapItem f : gaps.areaLevel(area, locale)) {
                if (seen.add(f.type() + ":" + f.subject() + ":" + f.related())) {
                    findings.add(f);
                }
            }
            if (identifying) {
                for (GapItem f : gaps.forArea(area, locale)) {
                    if (shown.contains(f.subject()) && seen.add(f.type() + ":" + f.subject() + ":" + f.related())) {
                        findings.add(f);
                    }
                }
            }
        }
        findings.sort(java.util.Comparator.comparing(GapItem::severity));
        return List.copyOf(findings);
    }

    private static int firstColumn(List<String> areas, Map<String, Integer> columnOf) {
        return areas.stream().map(columnOf::get).filter(java.util.Objects::nonNull).findFirst().orElse(-1);
    }
}
