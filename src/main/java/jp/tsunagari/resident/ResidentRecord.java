package jp.tsunagari.resident;

import java.util.List;

/**
 * A resident as the current user may see them. {@code name} is the real name or the pseudonym, {@code careLevel}
 * is null where the role may not see it; supporters are listed by kind and role, named only for coordinators.
 */
public record ResidentRecord(String id, String name, String areaId, String areaName, String careLevel,
                             Boolean livesAlone, List<Need> needs, List<Supporter> supporters, String networkId,
                             String networkContact) {

    /** A need and whether any active supporter covers it. */
    public record Need(String code, String nameJa, String nameEn, boolean covered) {
    }

    /** Someone who helps: {@code kind} is the role of a person or the type of an organization. */
    public record Supporter(String id, String name, String kind, List<String> services, boolean active,
                            boolean networkMember) {
    }
}
