package jp.tsunagari.network;

/** Levels of {@code (:Area)}, largest first; an area is PART_OF an area of a larger level. */
public enum AreaLevel {
    /** 市町村 */
    MUNICIPALITY,
    /** 日常生活圏域 (≈ junior-high school district, one 地域包括支援センター) */
    DAILY_LIFE_AREA,
    /** 小学校区・自治会区域 */
    NEIGHBORHOOD
}
