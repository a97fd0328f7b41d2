package jp.tsunagari.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of one kind's rows against each other and the database, before anything is written: duplicate keys,
 * ids used by another kind of node, references to nodes missing from both the database and the file, and the rules
 * of the model (area levels and cycles, coordinators' areas, one individual network per resident, same-kind
 * networks and their service…) — the same rules the network module's services apply to single edits.
 */
final class Validator {

    /** A column that names other nodes: the labels one of which the named node must carry. */
    private record Reference(String column, List<String> labels) {
    }

    private static final Map<ImportKind, List<Reference>> REFERENCES = Map.ofEntries(
            Map.entry(ImportKind.AREAS, List.of(new Reference("parentId", List.of("Area")))),
            Map.entry(ImportKind.ORGANIZATIONS, List.of(new Reference("serves", List.of("Area")))),
            Map.entry(ImportKind.PEOPLE, List.of(new Reference("organizationIds", List.of("Organization")),
                    new Reference("areaIds", List.of("Area")))),
            Map.entry(ImportKind.RESIDENTS, List.of(new Reference("areaId", List.of("Area")))),
            Map.entry(ImportKind.SUPPORTS, List.of(new Reference("supporterId", List.of("Person", "Organization")),
                    new Reference("residentId", List.of("Resident")))),
            Map.entry(ImportKind.INDIVIDUAL_NETWORKS, List.of(new Reference("residentId", List.of("Resident")),
                    new Reference("convenerId", List.of("Person", "Organization")))),
            Map.entry(ImportKind.INDIVIDUAL_NETWORK_MEMBERS, List.of(
                    new Reference("memberId", List.of("Person", "Organization")),
                    new Reference("networkId", List.of("IndividualNetwork")))),
            Map.entry(ImportKind.PROVIDER_NETWORKS, List.of(new Reference("areaIds", List.of("Area")),
                    new Reference("convenerId", List.of("Coordinator")))),
            Map.entry(ImportKind.PROVIDER_NETWORK_MEMBERS, List.of(
                    new Reference("memberId", List.of("Organization", "ProviderNetwork")),
                    new Reference("networkId", List.of("ProviderNetwork")))),
            Map.entry(ImportKind.REFERRALS, List.of(new Reference("associationId", List.of("NeighborhoodAssociation")),
                    new Reference("npoId", List.of("NPO")))),
            Map.entry(ImportKind.COUNCILS, List.of(new Reference("areaIds", List.of("Area")))),
            Map.entry(ImportKind.COUNCIL_MEMBERS, List.of(new Reference("memberId", List.of("Person", "Organization")),
                    new Reference("councilId", List.of("Council")))));

    private final ImportKind kind;
    private final List<ParsedRow> rows;
    private final GraphState state;
    private final List<Problem> problems = new ArrayList<>();

    private Validator(ImportKind kind, List<ParsedRow> rows, GraphState state) {
        this.kind = kind;
        this.rows = rows;
        this.state = state;
    }

    static List<Problem> check(ImportKind kind, List<ParsedRow> rows, GraphState state) {
        Validator v = new Validator(kind, rows, state);
        v.run();
        return v.problems;
    }

    private void problem(ParsedRow row, String column, String key, Object... args) {
        row.bad = true;
        problems.add(Problem.of(row.line, row.header(column, kind), row.raw.getOrDefault(column, ""), key, args));
    }

    private void run() {
        duplicates();
        Set<String> ids = new HashSet<>();
        for (ParsedRow row : rows) {
            if (kind.isNode() && row.text("id") != null) {
                ids.add(row.text("id"));
            }
            for (Reference ref : REFERENCES.getOrDefault(kind, List.of())) {
                ids.addAll(values(row, ref.column()));
            }
        }
        Map<String, Set<String>> labels = state.labelsOf(ids);
        if (kind.isNode()) {
            for (ParsedRow row : rows) {
                String id = row.text("id");
                Set<String> found = id == null ? null : labels.get(id);
                if (found != null && !found.contains(kind.element)) {
                    problem(row, "id", "import.error.idOtherKind", String.join("/", found));
                }
            }
        }
        // Nodes this file defines count as present for its own references (an area's parent further down).
        Map<String, Set<String>> inFile = new HashMap<>();
        if (kind.isNode()) {
            for (ParsedRow row : rows) {
                if (row.text("id") != null) {
                    inFile.put(row.text("id"), fileLabels(row));
                }
            }
        }
        for (ParsedRow row : rows) {
            for (Reference ref : REFERENCES.getOrDefault(kind, List.of())) {
                for (String id : values(row, ref.column())) {
                    Set<String> found = null;
                    for (Set<String> known : java.util.Arrays.asList(labels.get(id), inFile.get(id))) {
                        if (known != null) {
                            found = found == null ? new HashSet<>(known) : found;
                            found.addAll(known);
                        }
                    }
                    if (found == null) {
                        problem(row, ref.column(), "import.error.missing", String.join("/", ref.labels()), id);
                    } else if (ref.labels().stream().noneMatch(found::contains)) {
                        problem(row, ref.column(), "import.error.wrongKind", id, String.join("/", ref.labels()),
                                String.join("/", found));
                    }
                }
            }
        }
        switch (kind) {
            case AREAS -> areas();
            case ORGANIZATIONS -> coordinates();
            case PEOPLE -> coordinators();
            case INDIVIDUAL_NETWORKS -> oneNetworkPerResident();
            case PROVIDER_NETWORKS -> providerNetworkServices();
            case PROVIDER_NETWORK_MEMBERS -> providerMembers();
            default -> {
            }
        }
    }

    private Set<String> fileLabels(ParsedRow row) {
        Set<String> labels = new HashSet<>(Set.of(kind.element));
        if (kind == ImportKind.ORGANIZATIONS) {
            if ("NPO".equals(row.get("type"))) {
                labels.add("NPO");
            }
            if ("NEIGHBORHOOD_ASSOCIATION".equals(row.get("type"))) {
                labels.add("NeighborhoodAssociation");
            }
        }
        if (kind == ImportKind.PEOPLE && row.get("coordinatorLayer") != null) {
            labels.add("Coordinator");
        }
        return labels;
    }

    private static List<String> values(ParsedRow row, String column) {
        Object v = row.get(column);
        if (v == null) {
            return List.of();
        }
        return v instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(v.toString());
    }

    private void duplicates() {
        Map<String, Long> first = new HashMap<>();
        for (ParsedRow row : rows) {
            if (kind.keyColumns.stream().anyMatch(c -> row.get(c) == null)) {
                continue;
            }
            String key = GraphRows.key(kind, row.values);
            Long line = first.putIfAbsent(key, row.line);
            if (line != null) {
                problem(row, kind.keyColumns.getFirst(), "import.error.duplicate", line);
            }
        }
    }

    private void areas() {
        Map<String, GraphState.AreaInfo> stored = state.areas();
        Map<String, String> level = new HashMap<>();
        Map<String, String> parent = new HashMap<>();
        stored.forEach((id, a) -> {
            level.put(id, a.level());
            parent.put(id, a.parentId());
        });
        for (ParsedRow row : rows) {
            if (row.text("id") == null) {
                continue;
            }
            level.put(row.text("id"), row.text("level"));
            if (row.present.contains("parentId")) {
                parent.put(row.text("id"), row.text("parentId"));
            } else {
                parent.putIfAbsent(row.text("id"), null);
            }
        }
        for (ParsedRow row : rows) {
            String id = row.text("id");
            String lvl = row.text("level");
            if (id == null || lvl == null) {
                continue;
            }
            String parentId = parent.get(id);
            if (cycle(id, parent)) {
                problem(row, "parentId", "import.error.areaCycle", id);
                continue;
            }
            if (lvl.equals("MUNICIPALITY")) {
                if (parentId != null) {
                    problem(row, "parentId", "import.error.municipalityHasParent");
                }
            } else if (parentId == null) {
                problem(row, "parentId", "import.error.parentRequired");
            } else if (level.get(parentId) != null && order(level.get(parentId)) >= order(lvl)) {
                problem(row, "parentId", "import.error.parentLevel", parentId, level.get(parentId), lvl);
            }
            String code = row.text("municipalityCode");
            if (code != null && !Cells.validMunicipalityCode(code)) {
                problem(row, "municipalityCode", "import.error.municipalityCode");
            }
        }
    }

    private static boolean cycle(String id, Map<String, String> parent) {
        Set<String> seen = new LinkedHashSet<>();
        String at = id;
        while (at != null) {
            if (!seen.add(at)) {
                return at.equals(id); // a cycle further up is reported on its own rows
            }
            at = parent.get(at);
        }
        return false;
    }

    private static int order(String level) {
        return switch (level) {
            case "MUNICIPALITY" -> 0;
            case "DAILY_LIFE_AREA" -> 1;
            default -> 2;
        };
    }

    private void coordinates() {
        for (ParsedRow row : rows) {
            boolean lat = row.get("latitude") != null, lon = row.get("longitude") != null;
            boolean unreadable = row.raw.getOrDefault("latitude", "").isBlank() != !lat
                    || row.raw.getOrDefault("longitude", "").isBlank() != !lon;
            if (lat != lon && !unreadable) {
                problem(row, lat ? "longitude" : "latitude", "import.error.coordinatePair");
            }
        }
    }

    private void coordinators() {
        Map<String, GraphState.AreaInfo> areas = null;
        for (ParsedRow row : rows) {
            Object layer = row.get("coordinatorLayer");
            List<String> areaIds = row.list("areaIds");
            if (layer == null) {
                if (!areaIds.isEmpty()) {
                    problem(row, "areaIds", "import.error.areasWithoutLayer");
                }
                continue;
            }
            if (areaIds.isEmpty()) {
                problem(row, "areaIds", "import.error.coordinatorAreas");
                continue;
            }
            String expected = switch (((Number) layer).intValue()) {
                case 1 -> "MUNICIPALITY";
                case 2 -> "DAILY_LIFE_AREA";
                default -> null;
            };
            if (expected == null) {
                continue;
            }
            if (areas == null) {
                areas = state.areas();
            }
            for (String areaId : areaIds) {
                GraphState.AreaInfo area = areas.get(areaId);
                if (area != null && !expected.equals(area.level())) {
                    problem(row, "areaIds", "import.error.coordinatorAreaLevel", layer, areaId, expected);
                }
            }
        }
    }

    private void oneNetworkPerResident() {
        Map<String, String> stored = state.networkOfResident(rows.stream().map(r -> r.text("residentId"))
                .filter(java.util.Objects::nonNull).toList());
        Map<String, Long> inFile = new HashMap<>();
        for (ParsedRow row : rows) {
            String resident = row.text("residentId");
            if (resident == null || row.text("id") == null) {
                continue;
            }
            String existing = stored.get(resident);
            if (existing != null && !existing.equals(row.text("id"))) {
                problem(row, "residentId", "import.error.networkExists", resident, existing);
            }
            Long line = inFile.putIfAbsent(resident, row.line);
            if (line != null) {
                problem(row, "residentId", "import.error.networkTwice", line);
            }
        }
    }

    private void providerNetworkServices() {
        for (ParsedRow row : rows) {
            boolean hasService = row.get("service") != null;
            if ("SAME_KIND".equals(row.get("scope")) && !hasService) {
                problem(row, "service", "import.error.sameKindNeedsService");
            } else if ("CROSS_KIND".equals(row.get("scope")) && hasService) {
                problem(row, "service", "import.error.crossKindHasNoService");
            }
        }
    }

    private void providerMembers() {
        Set<String> networks = new HashSet<>(), orgs = new HashSet<>();
        for (ParsedRow row : rows) {
            if (row.text("networkId") != null && row.text("memberId") != null) {
                networks.add(row.text("networkId"));
                orgs.add(row.text("memberId"));
            }
        }
        Map<String, GraphState.ProviderNetworkInfo> info = state.providerNetworks(networks);
        Map<String, Set<String>> offers = state.offers(orgs);
        for (ParsedRow row : rows) {
            String network = row.text("networkId"), member = row.text("memberId");
            if (network == null || member == null) {
                continue;
            }
            if (network.equals(member)) {
                problem(row, "memberId", "import.error.selfMember");
                continue;
            }
            GraphState.ProviderNetworkInfo n = info.get(network);
            Set<String> offered = offers.get(member);
            if (n != null && offered != null && "SAME_KIND".equals(n.scope()) && !offered.contains(n.service())) {
                problem(row, "memberId", "import.error.memberMustOffer", member, network, n.service());
            }
        }
    }
}
