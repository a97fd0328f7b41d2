package jp.tsunagari.security;

import java.util.Set;

/**
 * Which areas' resident data a user may see: all of them, or the daily-life areas they are assigned to and
 * everything inside them ({@code areaIds} holds both), or none. The one answer to "is this area in the user's
 * scope?" is {@link #contains}.
 */
public record AreaScope(boolean all, Set<String> areaIds) {

    public static final AreaScope ALL = new AreaScope(true, Set.of());
    public static final AreaScope NONE = new AreaScope(false, Set.of());

    public AreaScope {
        areaIds = Set.copyOf(areaIds);
    }

    public boolean none() {
        return !all && areaIds.isEmpty();
    }

    /** Whether the area is one the user may see, or lies inside one. */
    public boolean contains(String areaId) {
        return all || areaId != null && areaIds.contains(areaId);
    }
}
