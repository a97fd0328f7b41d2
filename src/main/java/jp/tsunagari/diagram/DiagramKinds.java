package jp.tsunagari.diagram;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The node and edge kinds of the area diagram and the ecomap, the flags the gap overlay adds, and the ecomap's
 * sectors — the one place that maps the graph model's labels, roles and types onto them.
 */
final class DiagramKinds {

    // node kinds
    static final String RESIDENT = "resident", PERSON = "person", ORGANIZATION = "organization", NPO = "npo",
            ASSOCIATION = "association", INDIVIDUAL_NETWORK = "individual-network",
            PROVIDER_NETWORK = "provider-network", AREA = "area", SECTOR = "sector";
    static final List<String> NODE_KINDS = List.of(RESIDENT, PERSON, ORGANIZATION, NPO, ASSOCIATION,
            INDIVIDUAL_NETWORK, PROVIDER_NETWORK, AREA);

    // node kinds of the network image, provider-network and association views only (not in the area diagram)
    static final String CROSS_KIND_NETWORK = "cross-kind-network", COUNCIL = "council", COORDINATOR = "coordinator",
            SERVICE = "service", BAND = "band";

    // edge kinds: supporter → resident, member → network, association → NPO, network → area / resident
    static final String SUPPORTS = "supports", MEMBER = "member", REFERS = "refers", COVERS = "covers",
            /** Drawn by the gap overlay: an organization outside the same-kind network it should be in. */
            OUTSIDE = "outside";
    static final List<String> EDGE_KINDS = List.of(SUPPORTS, MEMBER, REFERS, COVERS, OUTSIDE);

    // edge kinds of the other views: individual network → provider network sharing a member, network → coordinator
    // convening it, coordinator → council they sit on, association → need it reported, NPO → service it offers
    static final String SHARES_MEMBER = "shares-member", CONVENED_BY = "convened-by", SITS_ON = "sits-on",
            REPORTS = "reports", OFFERS = "offers";

    /** The flag of an association no NPO is linked to (the association view's own halo). */
    static final String NO_NPO = "no-npo";

    // flags: the first one a node carries shows its halo
    static final String ISOLATED = "isolated", SINGLE_SUPPORTER = "single-supporter", UNMET_NEED = "unmet-need",
            OUTSIDE_NETWORK = "outside-network", OTHER_GAP = "gap", INACTIVE = "inactive";
    static final List<String> FLAGS = List.of(ISOLATED, SINGLE_SUPPORTER, UNMET_NEED, OUTSIDE_NETWORK, OTHER_GAP,
            INACTIVE);

    /** An ecomap's sectors, clockwise from the top. */
    enum Sector {
        FAMILY, NEIGHBOURS, INFORMAL, FORMAL, MEDICAL;

        String key() {
            return "ecomap.sector." + name();
        }
    }

    private static final Map<String, Sector> PERSON_SECTORS = Map.of(
            "FAMILY", Sector.FAMILY, "NEIGHBOR", Sector.NEIGHBOURS,
            "WELFARE_COMMISSIONER", Sector.INFORMAL, "VOLUNTEER", Sector.INFORMAL, "CITIZEN_GUARDIAN", Sector.INFORMAL,
            "OTHER", Sector.INFORMAL, "CARE_MANAGER", Sector.FORMAL, "STAFF", Sector.FORMAL,
            "DOCTOR", Sector.MEDICAL);

    private static final Map<String, Sector> ORGANIZATION_SECTORS = Map.ofEntries(
            Map.entry("NEIGHBORHOOD_ASSOCIATION", Sector.NEIGHBOURS),
            Map.entry("NPO", Sector.INFORMAL), Map.entry("VOLUNTEER_GROUP", Sector.INFORMAL),
            Map.entry("SENIOR_CLUB", Sector.INFORMAL), Map.entry("SILVER_CENTER", Sector.INFORMAL),
            Map.entry("COOPERATIVE", Sector.INFORMAL), Map.entry("BUSINESS", Sector.INFORMAL),
            Map.entry("OTHER", Sector.INFORMAL),
            Map.entry("CARE_PROVIDER", Sector.FORMAL), Map.entry("SOCIAL_WELFARE_COUNCIL", Sector.FORMAL),
            Map.entry("COMMUNITY_SUPPORT_CENTER", Sector.FORMAL), Map.entry("MUNICIPAL_OFFICE", Sector.FORMAL),
            Map.entry("MEDICAL", Sector.MEDICAL), Map.entry("PHARMACY", Sector.MEDICAL));

    private DiagramKinds() {
    }

    /** The node kind of a person or organization, from its labels and {@code type}. */
    static String kindOf(Collection<String> labels, String type) {
        if (labels.contains("Person")) {
            return PERSON;
        }
        if (labels.contains("NPO") || "NPO".equals(type)) {
            return NPO;
        }
        if (labels.contains("NeighborhoodAssociation") || "NEIGHBORHOOD_ASSOCIATION".equals(type)) {
            return ASSOCIATION;
        }
        return ORGANIZATION;
    }

    /** Family and neighbours help outside any formal arrangement: their ties are drawn dashed. */
    static boolean informalTie(String role) {
        return "FAMILY".equals(role) || "NEIGHBOR".equals(role);
    }

    /**
     * The ecomap sector of a helper: people by role (coordinators are formal help), organizations by type; anything
     * unknown counts as informal help.
     */
    static Sector sectorOf(Collection<String> labels, String role, String type) {
        if (labels.contains("Coordinator")) {
            return Sector.FORMAL;
        }
        if (labels.contains("Person")) {
            return PERSON_SECTORS.getOrDefault(role, Sector.INFORMAL);
        }
        return ORGANIZATION_SECTORS.getOrDefault(type, Sector.INFORMAL);
    }
}
