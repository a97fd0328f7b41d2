package jp.tsunagari.security;

import java.util.Set;

/**
 * Which areas' resident data a user may see: all of them, the daily-life areas they are assigned to (and everything
 * inside those), or none.
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
}
