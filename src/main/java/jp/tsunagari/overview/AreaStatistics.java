package jp.tsunagari.overview;

/**
 * Counts for one area and everything below it.
 *
 * @param unsupported residents with no active supporter (no person, no active organization SUPPORTS them)
 */
record AreaStatistics(String id, String name, String level, String parentId, long residents, long supporters,
                      long organizations, long networks, long unsupported) {
}
