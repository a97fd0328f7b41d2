package jp.tsunagari.overview;

/**
 * One area's counts as the current user may see them. A count is null when it is below the minimum cell size for
 * this user ({@code suppressedBelow}, e.g. 10: shown as 「10未満」); {@code suppressedBelow} is null for exact counts.
 */
public record AreaRow(String id, String name, String level, String parentId, Long residents, Long unsupported,
                      Long supporters, Long organizations, Long networks, Integer suppressedBelow) {
}
