package jp.tsunagari.network;

/** What a {@code (:Person)} who helps is to the residents: family, neighbour, 民生委員 (WELFARE_COMMISSIONER)… */
public enum PersonRole {
    FAMILY, NEIGHBOR, WELFARE_COMMISSIONER, VOLUNTEER, DOCTOR, CARE_MANAGER, CITIZEN_GUARDIAN, STAFF, OTHER
}
