/**
 * The gap engine (ネットワークの隙間): the support network projected from Neo4j into a JGraphT graph, and one
 * detector per kind of gap the seeds describe, each reporting findings with a suggested action that names real
 * candidates. This first part covers the resident-level gaps and key persons; the provider-network, area and
 * association gaps are answered by the analysts' queries in {@code cypher/queries/gaps.cypher} for now.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gap analysis")
package jp.tsunagari.gaps;
