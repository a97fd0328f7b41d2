/**
 * The gap engine (ネットワークの隙間): the support network projected from Neo4j into a JGraphT graph, and one
 * detector per kind of gap the seeds describe, each reporting findings with a suggested action that names real
 * candidates. Each detector implements the same rule as the analysts' query of the same name in
 * {@code cypher/queries/gaps.cypher}; a test checks that both find the same gaps in the demo city.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gap analysis")
package jp.tsunagari.gaps;
