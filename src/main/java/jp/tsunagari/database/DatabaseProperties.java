package jp.tsunagari.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database keeps its files and how its Bolt connector listens.
 *
 * @param dataDir the embedded database and generated secrets ({@code tsunagari.data-dir})
 * @param bolt    the Bolt connector Neo4j tools connect to
 */
@ConfigurationProperties("tsunagari")
public record DatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Bolt bolt) {

    /**
     * @param enabled       whether Neo4j tools may connect; when false Bolt still listens on an ephemeral loopback
     *                      port because the application's own driver talks to the database through it
     * @param listenAddress host:port, loopback by default
     * @param password      password of user {@code neo4j}; generated into {@code <data-dir>/bolt-password} when unset
     */
    public record Bolt(@DefaultValue("true") boolean enabled,
                       @DefaultValue("127.0.0.1:7687") String listenAddress,
                       String password) {
    }
}
