package jp.tsunagari.database;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher migrations of {@code cypher/migrations} (packaged as {@code classpath:neo4j/migrations})
 * before anything else uses the database. Called through neo4j-migrations' core API: its Spring Boot starter targets
 * Boot 3 and silently skips on Boot 4.
 */
@Component
class DatabaseMigrations implements InitializingBean {

    static final String LOCATION = "classpath:neo4j/migrations";
    private static final Logger log = LoggerFactory.getLogger(DatabaseMigrations.class);

    private final Driver driver;

    DatabaseMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        var config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withPackagesToScan()
                .withInstalledBy("tsunagari")
                .build();
        var applied = new Migrations(config, driver).apply();
        log.info("Database schema at version {}", applied.map(Object::toString).orElse("(none)"));
    }
}
