package jp.tsunagari.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.neo4j.core.Neo4jClient;
import jp.tsunagari.database.DatabaseProperties;
import jp.tsunagari.database.SecretFile;
import org.springframework.stereotype.Component;

/**
 * At start-up: makes sure an administrator exists (password from {@code tsunagari.admin.password}, or generated once
 * into {@code <data-dir>/admin-password}, owner-readable, never logged), and keeps the demo users in step with demo
 * mode: present with password {@code demo} when it is on, absent when it is off. Runs after the demo city is loaded
 * and before the web server opens.
 */
@Component
class BootstrapUsers implements SmartLifecycle {

    /** After the demo city (phase -200), before the web server. */
    static final int PHASE = -100;

    static final String ADMIN = "admin";
    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(BootstrapUsers.class);

    private final UserAccounts accounts;
    private final Neo4jClient client;
    private final Path dataDir;
    private final String adminPassword;
    private final boolean demo;

    @org.springframework.beans.factory.annotation.Autowired
    BootstrapUsers(UserAccounts accounts, Neo4jClient client, DatabaseProperties database,
                   @Value("${tsunagari.admin.password:}") String adminPassword,
                   @Value("${tsunagari.demo.enabled:true}") boolean demo) {
        this(accounts, client, database.dataDir(), adminPassword, demo);
    }

    BootstrapUsers(UserAccounts accounts, Neo4jClient client, Path dataDir, String adminPassword, boolean demo) {
        this.accounts = accounts;
        this.client = client;
        this.dataDir = dataDir;
        this.adminPassword = adminPassword;
        this.demo = demo;
    }

    private volatile boolean running;

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public void start() {
        running = true;
        if (!adminPassword.isBlank()) {
            List<String> problems = accounts.save(ADMIN, adminPassword, Set.of(Role.ADMIN), Set.of(), false);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("tsunagari.admin.password must be at least 12 characters");
            }
        } else if (!accounts.anyAdmin()) {
            Path file = dataDir.resolve("admin-password");
            accounts.save(ADMIN, SecretFile.readOrCreate(file), Set.of(Role.ADMIN), Set.of(), false);
            log.info("Administrator '{}' created; the password is in {}", ADMIN, file.toAbsolutePath().normalize());
        }
        if (demo) {
            String firstArea = client.query("MATCH (a:Area {level: 'DAILY_LIFE_AREA'}) RETURN a.id ORDER BY a.id LIMIT 1")
                    .fetchAs(String.class).one().orElse(null);
            accounts.save("demo-admin", DEMO_PASSWORD, Set.of(Role.ADMIN), Set.of(), true);
            accounts.save("demo-layer1", DEMO_PASSWORD, Set.of(Role.LAYER1_COORDINATOR), Set.of(), true);
            if (firstArea != null) {
                accounts.save("demo-layer2", DEMO_PASSWORD, Set.of(Role.LAYER2_COORDINATOR), Set.of(firstArea), true);
            }
            accounts.save("demo-council", DEMO_PASSWORD, Set.of(Role.COUNCIL_VIEWER), Set.of(), true);
            accounts.save("demo-analyst", DEMO_PASSWORD, Set.of(Role.ANALYST), Set.of(), true);
        } else {
            accounts.deleteDemoUsers();
        }
    }
}
