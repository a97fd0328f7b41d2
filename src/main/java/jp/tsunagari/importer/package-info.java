/**
 * Import and export (取り込み・書き出し): a municipality's own spreadsheets (CSV in UTF-8 or CP932, .xlsx) of every
 * element of the community-care graph, and the national care-provider open data (介護サービス情報公表システム),
 * validated row by row before anything is written and written all-or-nothing in one transaction; exports of what
 * the user may see in the same layouts (so they import back unchanged), and as Open Referral HSDS. Used from the
 * {@code /import} view, {@code POST /api/import} and the command line ({@code java -jar … import}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import and export")
package jp.tsunagari.importer;
