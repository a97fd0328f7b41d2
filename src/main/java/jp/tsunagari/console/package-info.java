/**
 * The analyst console (分析コンソール): a read-only Cypher workbench for analysts and coordinators — {@code /console}
 * (CodeMirror editor with Cypher completion, parameters, history, saved queries, results as a grid and as a graph,
 * CSV/JSON downloads) and {@code POST /api/query} — with the documented query library of {@code cypher/queries/}.
 * <p>
 * Safety is the database's: every query runs in a read-access-mode transaction with a timeout, after {@code EXPLAIN}
 * showed it is read-only and uses no refused clause or procedure; rows are capped, at most a few queries run at once
 * per user, and every query is audited. Residents' names are pseudonymised and small counts suppressed for roles
 * that may not identify residents ({@link jp.tsunagari.security.CurrentUser}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analyst console")
package jp.tsunagari.console;
