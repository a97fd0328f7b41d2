package jp.tsunagari.gaps;

/**
 * What the start page shows for one area, counting everything in it and in the areas below it (a municipality,
 * daily-life area 日常生活圏域 or neighbourhood), read from the gap engine's projection of the network.
 *
 * @param residents     residents living there
 * @param unsupported   those of them with no active supporter (no person or active organization SUPPORTS them)
 * @param supporters    people and organizations supporting at least one of them, active or not
 * @param organizations organizations serving there, active or not
 * @param networks      the residents' individual networks plus the provider networks covering there
 */
public record AreaCounts(String id, String name, String level, String parentId, long residents, long unsupported,
                         long supporters, long organizations, long networks) {
}
