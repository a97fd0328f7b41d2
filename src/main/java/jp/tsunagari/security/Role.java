package jp.tsunagari.security;

/**
 * What a user may do. The string constants are for access annotations ({@code @RolesAllowed(Role.ADMIN)}).
 */
public enum Role {
    /** Users, roles, areas, audit log; no resident data unless also a coordinator. */
    ADMIN,
    /** 第1層コーディネーター: the whole municipality, read and edit. */
    LAYER1_COORDINATOR,
    /** 第2層コーディネーター: assigned daily-life areas only. */
    LAYER2_COORDINATOR,
    /** 協議体 members: council projections only, residents pseudonymised, small counts suppressed. */
    COUNCIL_VIEWER,
    /** Read-only analysis with pseudonymised resident names. */
    ANALYST;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String LAYER1 = "LAYER1_COORDINATOR";
    public static final String LAYER2 = "LAYER2_COORDINATOR";
    public static final String COUNCIL = "COUNCIL_VIEWER";
    public static final String ANALYST_ROLE = "ANALYST";
}
