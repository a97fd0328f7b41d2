package jp.tsunagari.network;

/** Kinds of {@code (:Organization)}; NPOs also carry {@code :NPO}, associations {@code :NeighborhoodAssociation}. */
public enum OrganizationType {
    NPO,
    /** 自治会・町内会 */
    NEIGHBORHOOD_ASSOCIATION,
    /** 社会福祉協議会 */
    SOCIAL_WELFARE_COUNCIL,
    /** 地域包括支援センター */
    COMMUNITY_SUPPORT_CENTER,
    CARE_PROVIDER, MEDICAL, PHARMACY, VOLUNTEER_GROUP, SENIOR_CLUB, SILVER_CENTER, COOPERATIVE, BUSINESS,
    MUNICIPAL_OFFICE, OTHER;

    /** The extra label this type carries, or null. */
    String extraLabel() {
        return switch (this) {
            case NPO -> "NPO";
            case NEIGHBORHOOD_ASSOCIATION -> "NeighborhoodAssociation";
            default -> null;
        };
    }
}
