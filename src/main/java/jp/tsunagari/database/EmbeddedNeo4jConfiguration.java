package jp.tsunagari.database;

import java.nio.file.Path;

import java.util.List;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside this JVM when no external server is configured, and hands the application a driver that
 * talks to it over loopback Bolt, the same door Neo4j Browser, cypher-shell and analysts' drivers use.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    static final String USER = "neo4j";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean
    EmbeddedNeo4j embeddedNeo4j(DatabaseProperties properties) {
        return EmbeddedNeo4j.start(properties);
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4j neo4j) {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(USER, neo4j.password()));
    }

    /** The running embedded DBMS, its Bolt address and the password of user {@code neo4j}. */
    record EmbeddedNeo4j(DatabaseManagementService service, String boltUri, String password) implements AutoCloseable {

        static EmbeddedNeo4j start(DatabaseProperties properties) {
            Path home = properties.dataDir().toAbsolutePath().normalize();
            DatabaseProperties.Bolt bolt = properties.bolt();
            String password = bolt.password() != null && !bolt.password().isBlank()
                    ? bolt.password()
                    : SecretFile.readOrCreate(home.resolve("bolt-password"));
            SocketAddress listen = bolt.enabled()
                    ? listenAddress(bolt.listenAddress())
                    : new SocketAddress("127.0.0.1", 0);
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.resolve("neo4j"))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 8)
                    // LOAD CSV may read neither local files nor URLs: Cypher is no door out of (or into) the machine.
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, listen)
                    .build();
            try {
                setPassword(service, password);
                GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                var address = ((GraphDatabaseAPI) db).getDependencyResolver()
                        .resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT);
                String uri = "bolt://" + address.getHost() + ":" + address.getPort();
                log.info("Embedded Neo4j started in {}; Bolt at {} (user '{}', password {})", home.resolve("neo4j"), uri, USER,
                        bolt.password() != null && !bolt.password().isBlank()
                                ? "from tsunagari.bolt.password" : "in " + home.resolve("bolt-password"));
                return new EmbeddedNeo4j(service, uri, password);
            } catch (RuntimeException e) {
                service.shutdown();
                throw e;
            }
        }

        /** Parses {@code host:port} ({@code [::1]:7687} for IPv6), failing with the property's name when malformed. */
        static SocketAddress listenAddress(String value) {
            int colon = value == null ? -1 : value.lastIndexOf(':');
            try {
                String host = value.substring(0, colon).replace("[", "").replace("]", "");
                int port = Integer.parseInt(value.substring(colon + 1));
                if (host.isBlank() || port < 0 || port > 65535) {
                    throw new IllegalArgumentException();
                }
                return new SocketAddress(host, port);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("tsunagari.bolt.listen-address must be host:port, e.g. 127.0.0.1:7687 (was '"
                        + value + "')", e);
            }
        }

        /** Sets the password on every start, so changing {@code tsunagari.bolt.password} takes effect. */
        private static void setPassword(DatabaseManagementService service, String password) {
            GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            try {
                system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        java.util.Map.of("password", password));
            } catch (RuntimeException e) {
                // Neo4j refuses to "change" a password to the one it already has: nothing to do then.
                if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                    throw e;
                }
            }
        }

        @Override
        public void close() {
            service.shutdown();
        }
    }
}
