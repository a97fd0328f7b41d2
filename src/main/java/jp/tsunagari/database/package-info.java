/**
 * The database: an embedded Neo4j in the same JVM (data under {@code tsunagari.data-dir}, Bolt on loopback for
 * Neo4j tools) unless {@code spring.neo4j.uri} / {@code NEO4J_URI} names an external server or cluster, and the
 * versioned Cypher migrations from {@code cypher/migrations} applied at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package jp.tsunagari.database;
