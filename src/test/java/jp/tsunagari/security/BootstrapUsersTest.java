package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import jp.tsunagari.database.DatabaseProperties;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator's password is generated once into the data directory; demo users follow demo mode. */
@TsunagariTest
class BootstrapUsersTest {

    @Autowired UserAccounts accounts;
    @Autowired Neo4jClient client;
    @Autowired PasswordEncoder passwords;
    @Autowired Driver driver;
    @Autowired DatabaseProperties database;

    @Test
    void administratorPasswordIsGeneratedIntoAnOwnerOnlyFile() throws Exception {
        Path file = database.dataDir().resolve("admin-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        assertThat(accounts.find("admin")).hasValueSatisfying(admin -> {
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(passwords.matches(password, admin.passwordHash())).isTrue();
            assertThat(admin.passwordHash()).startsWith("{bcrypt}");
        });
    }

    @Test
    void demoUsersExistOnlyInDemoMode(@TempDir Path dir) throws Exception {
        new TestGraph(driver).clear();
        new TestGraph(driver).run("CREATE (:Area {id: 'd1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})");
        new BootstrapUsers(accounts, client, dir, "", true).start();
        assertThat(accounts.find("demo-layer2")).hasValueSatisfying(u -> {
            assertThat(u.areaIds()).containsExactly("d1");
            assertThat(passwords.matches("demo", u.passwordHash())).isTrue();
        });
        assertThat(accounts.find("demo-council")).isPresent();

        new BootstrapUsers(accounts, client, dir, "", false).start();
        assertThat(accounts.all()).noneMatch(UserAccount::demo);
        assertThat(accounts.find("admin")).isPresent();
    }
}
