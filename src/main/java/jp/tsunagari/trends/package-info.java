/**
 * Trends (推移): the gap trend the gap engine records every day, as charts per daily-life area and gap type on
 * {@code /trends}, with the dates of council sessions (協議体の開催) marked so a council sees what changed after it
 * met; downloadable as PNG and CSV. Councils see counts under the minimum cell size as 「10未満」.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trends")
package jp.tsunagari.trends;
