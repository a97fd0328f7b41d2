package jp.tsunagari;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;

/**
 * The application, run as a separate process on a data directory, is killed with SIGKILL in the middle of a stream
 * of writes. After a restart on the same directory every acknowledged write is there and the app serves again.
 */
class DurabilityIT {

    private static final String PASSWORD = "durability-test-password";
    private final List<Process> processes = new ArrayList<>();

    @TempDir Path dataDir;

    @Test
    void everyAcknowledgedWriteSurvivesAKillDashNine() throws Exception {
        int bolt = freePort();
        int http = freePort();
        Process app = start(bolt, http);

        List<String> acknowledged = new CopyOnWriteArrayList<>();
        CountDownLatch enough = new CountDownLatch(200);
        Thread writer = new Thread(() -> {
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", PASSWORD))) {
                for (int i = 0; ; i++) {
                    String id = "durable-%06d".formatted(i);
                    // An auto-commit transaction, never retried: a retrying driver would go on trying the write cut
                    // by the kill until the restarted app took it, and count it acknowledged after the check read.
                    try (var session = driver.session()) {
                        session.run("CREATE (:Resident {id: $id, name: 'probe'})", Map.of("id", id)).consume();
                    }
                    acknowledged.add(id); // the commit returned: the database acknowledged it
                    enough.countDown();
                }
            } catch (RuntimeException killed) {
                // the server died under us: expected
            }
        });
        writer.start();
        assertThat(enough.await(60, TimeUnit.SECONDS)).as("writes were acknowledged").isTrue();
        app.destroyForcibly(); // SIGKILL on Linux
        app.waitFor(30, TimeUnit.SECONDS);
        writer.join(30_000);
        assertThat(writer.isAlive()).as("the writer stopped when the app died").isFalse();
        List<String> acknowledgedBeforeRestart = List.copyOf(acknowledged);
        assertThat(acknowledgedBeforeRestart).hasSizeGreaterThanOrEqualTo(200);

        start(bolt, http);
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", PASSWORD))) {
            List<String> stored = driver.executableQuery("MATCH (r:Resident) WHERE r.id STARTS WITH 'durable-' RETURN collect(r.id) AS ids")
                    .execute().records().getFirst().get("ids").asList(Value::asString);
            assertThat(stored).containsAll(acknowledgedBeforeRestart);
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    private Process start(int bolt, int http) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TsunagariApplication.class.getName(),
                "--tsunagari.data-dir=" + dataDir,
                "--tsunagari.bolt.listen-address=127.0.0.1:" + bolt,
                "--tsunagari.bolt.password=" + PASSWORD,
                "--tsunagari.demo.enabled=false",
                "--server.port=" + http)
                .redirectErrorStream(true).start();
        processes.add(process);
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains("Tsunagari is ready")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(ready.await(180, TimeUnit.SECONDS)).as("app started").isTrue();
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }
}
