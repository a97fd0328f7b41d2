/**
 * The 支え合いマップ (support map): area boundaries imported from GeoJSON (国土数値情報 行政区域, 小学校区 or any
 * FeatureCollection whose features carry an area id), validated with JTS and kept on the {@code Area} nodes; the map
 * page {@code /map} with gap-count choropleths per daily-life area or neighbourhood, service coverage per area and the
 * providers as points coloured by same-kind network membership; and {@code GET /api/map/…}. Residents are never
 * placed on the map: only counts per area, under the minimum-cell-size rule for councils and analysts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support map")
package jp.tsunagari.map;
