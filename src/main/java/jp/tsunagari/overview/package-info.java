/**
 * The start page: the municipality's areas (市町村・日常生活圏域・小学校区) with live counts of residents, supporters,
 * organizations and networks, refreshed when the network changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Area overview")
package jp.tsunagari.overview;
