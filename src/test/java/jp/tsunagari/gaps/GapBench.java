package jp.tsunagari.gaps;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tsunagari.TsunagariApplication;
import jp.tsunagari.network.NetworkChanged;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gap engine's benchmark ({@code ./mvnw -Pbench}): on the Takamatsu-scale demo city (116,473 residents) it prints
 * the projection load time, the full analysis time (all detectors, whole municipality), the incremental update time
 * per change, the engine's heap, and the same cut-point and betweenness computation done by NetworkX for comparison.
 * The city is generated into {@code target/bench/takamatsu} on the first run and reused after.
 * <p>
 * {@code -Dbench.parts=load,analysis,incremental,cutpoints,betweenness,startpage} (any of them; default all) runs only
 * those parts — betweenness against NetworkX alone takes about five minutes.
 */
public final class GapBench {

    private static final java.util.Set<String> PARTS = java.util.Set.of(System.getProperty("bench.parts", "all")
            .split(","));

    private static boolean part(String name) {
        return PARTS.contains("all") || PARTS.contains(name);
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench/takamatsu").toAbsolutePath();
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunagariApplication.class)
                .run("--tsunagari.data-dir=" + dataDir, "--tsunagari.demo.enabled=true",
                        "--tsunagari.demo.scale=takamatsu", "--tsunagari.bolt.listen-address=127.0.0.1:0",
                        "--server.port=0", "--tsunagari.gaps.change-check-interval=1h", "--logging.level.root=warn",
                        "--vaadin.productionMode=true", // the start page in Chromium, as users get it
                        "--logging.level.jp.tsunagari.demo=info", "--spring.main.banner-mode=off");
        try {
            System.out.printf(Locale.ROOT, "city ready in %.1f s (%s)%n", seconds(System.nanoTime() - started), dataDir);
            run(context);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        SupportNetworkLoader loader = context.getBean(SupportNetworkLoader.class);
        GapEngine engine = context.getBean(GapEngine.class);

        engine.findings(); // the engine's own projection, loaded once (the trend recording may have done it)
        engine.awaitBackgroundWork(); // brokers: measured apart, below
        if (part("load") || part("analysis")) {
            projectionAndAnalysis(loader, engine, context.getBean(Analyser.class));
        }
        if (part("incremental")) {
            incremental(context, engine);
        }
        if (part("cutpoints")) {
            cutPoints(engine.current(), Path.of("target/bench"));
        }
        if (part("betweenness")) {
            compareWithNetworkX(engine.current(), context.getBean(GapSettings.class), Path.of("target/bench"));
        }
        if (part("startpage")) {
            startPage(context, engine);
        }
        System.out.printf(Locale.ROOT, "whole JVM (embedded Neo4j, Spring, Vaadin, the engine): %d MiB of heap in use"
                + " after GC, -Xmx %d MiB%n", usedAfterGc() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void projectionAndAnalysis(SupportNetworkLoader loader, GapEngine engine, Analyser analyser) {
        List<Double> loads = new ArrayList<>();
        long before = usedAfterGc();
        long projectionBytes = 0;
        SupportNetwork network = null;
        for (int i = 0; i < 3; i++) {
            network = null;
            long t = System.nanoTime();
            network = loader.load();
            loads.add(millis(System.nanoTime() - t));
            projectionBytes = usedAfterGc() - before;
        }
        System.out.printf(Locale.ROOT, "projection load: %s ms (median %.0f) — %d residents, %d nodes and %d edges in"
                        + " the support graph; %d MiB of heap%n", loads, median(loads), network.residents().size(),
                network.graph().vertexSet().size(), network.graph().edgeSet().size(), projectionBytes >> 20);

        List<Double> analyses = new ArrayList<>();
        int findings = 0;
        long findingsBytes = 0;
        for (int i = 0; i < 9; i++) {
            long withoutAnalysis = usedAfterGc();
            long t = System.nanoTime();
            Analysis analysis = analyser.analyse(network);
            analyses.add(millis(System.nanoTime() - t));
            findings = analysis.all().size();
            findingsBytes = usedAfterGc() - withoutAnalysis;
        }
        System.out.printf(Locale.ROOT, "full analysis: %s ms (median %.0f) — %d findings, %d MiB of heap%n", analyses,
                median(analyses), findings, findingsBytes >> 20);
        System.out.printf(Locale.ROOT, "engine heap (projection + findings): %d MiB%n",
                (projectionBytes + findingsBytes) >> 20);
        network = null;
        for (Map.Entry<String, Double> e : analyser.timeDetectors(engine.current()).entrySet()) {
            System.out.printf(Locale.ROOT, "  %-28s %8.1f ms%n", e.getKey(), e.getValue());
        }
    }

    /**
     * Changes written to the database, each then applied to the engine as the event after its commit would: a new
     * supporter tie and its removal, a new need, an organization suspended and resumed. Afterwards the incrementally
     * kept findings must equal a full recomputation.
     */
    private static void incremental(ConfigurableApplicationContext context, GapEngine engine) throws Exception {
        org.neo4j.driver.Driver driver = context.getBean(org.neo4j.driver.Driver.class);
        IncrementalUpdates updates = context.getBean(IncrementalUpdates.class);
        engine.refresh();
        long t0 = System.nanoTime();
        engine.awaitBackgroundWork();
        System.out.printf(Locale.ROOT, "brokers (betweenness from %d sampled sources) of all %d daily-life areas, in the"
                        + " background after a load: %.1f s%n", context.getBean(GapSettings.class).brokerPivots(),
                engine.current().dailyLifeAreas().size(), (System.nanoTime() - t0) / 1e9);
        SupportNetwork network = engine.current();
        java.util.Random random = new java.util.Random(7);
        List<String> residents = network.residents().keySet().stream().sorted().toList();
        List<String> people = network.helpers().values().stream().filter(h -> !h.organization() && h.active())
                .map(SupportNetwork.Helper::id).sorted().toList();
        List<String> organizations = network.providers().values().stream().filter(SupportNetwork.Provider::active)
                .filter(p -> !network.residentsTiedTo(p.id()).isEmpty()).map(SupportNetwork.Provider::id).sorted().toList();
        Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            String resident = residents.get(random.nextInt(residents.size()));
            String person = people.get(random.nextInt(people.size()));
            write(driver, "MATCH (p:Person {id: $p}), (r:Resident {id: $r}) MERGE (p)-[:SUPPORTS {service: 'WATCHING'}]->(r)",
                    Map.of("p", person, "r", resident));
            timed(times, "add supporter tie", updates, new NetworkChanged.SupportAdded(person, resident, "WATCHING"));
            write(driver, "MATCH (:Person {id: $p})-[t:SUPPORTS]->(:Resident {id: $r}) DELETE t",
                    Map.of("p", person, "r", resident));
            timed(times, "remove supporter tie", updates, new NetworkChanged.SupportRemoved(person, resident, "WATCHING"));
            write(driver, "MATCH (r:Resident {id: $r}), (k:ServiceKind {code: 'MEALS'}) MERGE (r)-[:NEEDS]->(k)",
                    Map.of("r", resident));
            timed(times, "add need", updates, new NetworkChanged.NeedAdded(resident, "MEALS"));
            if (i % 4 == 0) {
                String organization = organizations.get(random.nextInt(organizations.size()));
                write(driver, "MATCH (o:Organization {id: $o}) SET o.active = false", Map.of("o", organization));
                timed(times, "suspend organization", updates,
                        new NetworkChanged.OrganizationActivityChanged(organization, false));
                write(driver, "MATCH (o:Organization {id: $o}) SET o.active = true", Map.of("o", organization));
                timed(times, "resume organization", updates,
                        new NetworkChanged.OrganizationActivityChanged(organization, true));
            }
        }
        List<Double> every = new ArrayList<>();
        times.forEach((kind, values) -> {
            every.addAll(values);
            System.out.printf(Locale.ROOT, "  %-22s median %6.2f ms, p95 %6.2f ms, max %6.2f ms (%d changes)%n", kind,
                    median(values), percentile(values, 0.95), Collections.max(values), values.size());
        });
        System.out.printf(Locale.ROOT, "incremental update per change: median %.2f ms, p95 %.2f ms (%d changes,"
                + " database read of the touched facts included)%n", median(every), percentile(every, 0.95), every.size());
        java.util.Set<String> kept = describe(engine.findings());
        engine.refresh();
        java.util.Set<String> recomputed = describe(engine.findings());
        System.out.printf(Locale.ROOT, "incrementally kept findings equal a full recomputation (type, subject, related,"
                + " severity, candidates): %s%n", kept.equals(recomputed) ? "yes, all " + kept.size()
                : "NO: " + kept.size() + " vs " + recomputed.size());
    }

    /** Findings as comparable text; brokers left out (they are recomputed in the background). */
    private static java.util.Set<String> describe(List<Finding> findings) {
        return findings.stream().filter(f -> f.type() != GapType.KEY_PERSON || !f.related().isEmpty())
                .map(f -> f.type() + " " + f.subject() + " " + f.related() + " " + f.severity() + " "
                        + f.action().candidates())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static void write(org.neo4j.driver.Driver driver, String cypher, Map<String, Object> parameters) {
        driver.executableQuery(cypher).withParameters(parameters).execute();
    }

    private static void timed(Map<String, List<Double>> times, String kind, IncrementalUpdates updates,
                              NetworkChanged change) {
        long t = System.nanoTime();
        updates.on(change);
        times.computeIfAbsent(kind, k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
    }

    /**
     * Betweenness: exact on a neighbourhood (checked against JGraphT's and NetworkX's exact algorithms), sampled as the
     * engine does it on a whole daily-life area (its error measured against exact there), by JGraphT/our code here and
     * by NetworkX (Debian's python3-networkx) on the same graphs exported as GraphML.
     */
    private static void compareWithNetworkX(SupportNetwork network, GapSettings settings, Path dir) throws Exception {
        String area = network.dailyLifeAreas().getFirst();
        String neighbourhood = network.residentsIn(area).iterator().next().areaId();
        var small = Brokers.supportGraphOf(network, network.residentsIn(area).stream()
                .filter(r -> r.areaId().equals(neighbourhood)).toList());
        long t = System.nanoTime();
        Map<String, Double> exactSmall = Brokers.betweenness(small, 0);
        double oursSmallSeconds = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        Map<String, Double> jgraphtSmall = new org.jgrapht.alg.scoring.BetweennessCentrality<>(small, false).getScores();
        double jgraphtSmallSeconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "exact betweenness of neighbourhood %s (%d nodes / %d edges): ours %.2f s,"
                        + " JGraphT %.2f s, max |difference| %.1e%n", neighbourhood, small.vertexSet().size(),
                small.edgeSet().size(), oursSmallSeconds, jgraphtSmallSeconds, maxDifference(exactSmall, jgraphtSmall));

        var areaGraph = Brokers.areaGraph(network, area);
        t = System.nanoTime();
        Map<String, Double> sampled = Brokers.betweenness(areaGraph, settings.brokerPivots());
        double sampledSeconds = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        Map<String, Double> exact = Brokers.betweenness(areaGraph, 0);
        double exactSeconds = (System.nanoTime() - t) / 1e9;
        List<String> exactTop = top(network, exact, 10);
        List<String> sampledTop = top(network, sampled, 10);
        double worst = 0;
        for (String broker : exactTop) {
            worst = Math.max(worst, Math.abs(sampled.get(broker) - exact.get(broker)) / exact.get(broker));
        }
        System.out.printf(Locale.ROOT, "betweenness of daily-life area %s (%d nodes / %d edges): exact %.1f s, %d pivots"
                        + " %.2f s; top-%d brokers agree %s, top 10 share %d, worst relative error among exact top 10"
                        + " %.1f%%%n", area, areaGraph.vertexSet().size(), areaGraph.edgeSet().size(), exactSeconds,
                settings.brokerPivots(), sampledSeconds, settings.brokersPerArea(),
                exactTop.subList(0, settings.brokersPerArea()).equals(sampledTop.subList(0, settings.brokersPerArea()))
                        ? "exactly" : "NOT exactly", exactTop.stream().filter(sampledTop::contains).count(), worst * 100);

        Files.createDirectories(dir);
        Path smallFile = dir.resolve("support-graph-" + neighbourhood + ".graphml");
        Path areaFile = dir.resolve("support-graph-" + area + ".graphml");
        graphml(small, smallFile);
        graphml(areaGraph, areaFile);
        tools.jackson.databind.JsonNode nx = networkX("--betweenness", smallFile.toString(), areaFile.toString(),
                Integer.toString(settings.brokerPivots()));
        if (nx == null) {
            return;
        }
        Map<String, Double> nxExact = new java.util.HashMap<>();
        nx.get("exact").properties().forEach(e -> nxExact.put(e.getKey(), e.getValue().asDouble()));
        List<String> nxTop = new ArrayList<>();
        nx.get("sampledTop").forEach(n -> nxTop.add(n.asString()));
        double nxExactSeconds = nx.get("exactSeconds").asDouble();
        double nxSampledSeconds = nx.get("sampledSeconds").asDouble();
        System.out.printf(Locale.ROOT, "NetworkX %s: exact betweenness of %s %.2f s, %d-pivot betweenness of %s %.2f s%n",
                nx.get("networkx").asString(), neighbourhood, nxExactSeconds, settings.brokerPivots(), area,
                nxSampledSeconds);
        System.out.printf(Locale.ROOT, "exact betweenness max |difference| from NetworkX %.1e; NetworkX's sampled top 10"
                + " shares %d with the exact top 10%n", maxDifference(exactSmall, nxExact),
                exactTop.stream().filter(nxTop::contains).count());
        System.out.printf(Locale.ROOT, "faster than NetworkX: exact betweenness %.1fx, sampled betweenness %.1fx%n",
                nxExactSeconds / oursSmallSeconds, nxSampledSeconds / sampledSeconds);
    }

    /**
     * Cut points of the whole support graph: the projection's compact index built from its maps, then
     * {@link ArticulationPoints} over it — each timed on its own, several runs (the first ones warm up the JIT) —
     * checked against JGraphT's {@code BiconnectivityInspector} and NetworkX's {@code articulation_points} (timed
     * alone, on the same graph exported as GraphML), and against the {@code KEY_PERSON} detector's local rule.
     */
    private static void cutPoints(SupportNetwork network, Path dir) throws Exception {
        List<Double> builds = new ArrayList<>();
        SupportGraphIndex index = null;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            index = SupportGraphIndex.of(network);
            builds.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> runs = new ArrayList<>();
        List<String> named = null;
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            int[] cut = ArticulationPoints.of(index.offset(), index.adjacency());
            named = index.idsOf(cut);
            runs.add((System.nanoTime() - t) / 1e6);
        }
        java.util.Set<String> cutPoints = new java.util.HashSet<>(named);
        System.out.printf(Locale.ROOT, "compact index of the support graph (%d nodes / %d edges) built from the"
                        + " projection's maps: median %.1f ms (first %.1f, min %.1f; %d runs)%n", index.size(),
                index.edges(), median(builds), builds.getFirst(), Collections.min(builds), builds.size());
        System.out.printf(Locale.ROOT, "cut points on the compact index (Hopcroft–Tarjan, iterative), %d found:"
                        + " median %.2f ms (first %.2f, min %.2f; %d runs: %s)%n", cutPoints.size(), median(runs),
                runs.getFirst(), Collections.min(runs), runs.size(), rounded(runs));
        long t = System.nanoTime();
        java.util.Set<String> jgraphtCutPoints = new org.jgrapht.alg.connectivity.BiconnectivityInspector<>(
                network.graph()).getCutpoints();
        System.out.printf(Locale.ROOT, "JGraphT's BiconnectivityInspector on the projection's graph: %.2f s, same set:"
                + " %s%n", (System.nanoTime() - t) / 1e9, cutPoints.equals(jgraphtCutPoints) ? "yes" : "NO");
        // The detector's local rule must name exactly the cut points that are some resident's only help.
        java.util.Set<String> soleHelpers = new java.util.HashSet<>();
        network.residents().keySet().forEach(r -> {
            var helpers = network.helpersOf(r);
            if (helpers.size() == 1) {
                soleHelpers.add(helpers.iterator().next());
            }
        });
        java.util.Set<String> local = new java.util.TreeSet<>();
        soleHelpers.forEach(h -> {
            if (!KeyPersonDetector.dependents(network, h).isEmpty()) {
                local.add(h);
            }
        });
        java.util.Set<String> expected = new java.util.TreeSet<>(soleHelpers);
        expected.retainAll(cutPoints);
        System.out.printf(Locale.ROOT, "KEY_PERSON local rule names exactly the cut points that are someone's only"
                + " help: %s (%d key persons)%n", local.equals(expected) ? "yes" : "NO", local.size());

        Files.createDirectories(dir);
        Path cityFile = dir.resolve("support-graph.graphml");
        graphml(network.graph(), cityFile);
        tools.jackson.databind.JsonNode nx = networkX("--cut", cityFile.toString(), "--runs", "3");
        if (nx == null) {
            return;
        }
        java.util.Set<String> nxCut = new java.util.TreeSet<>();
        nx.get("cutPoints").forEach(n -> nxCut.add(n.asString()));
        List<Double> nxRuns = new ArrayList<>();
        nx.get("cutPointRuns").forEach(n -> nxRuns.add(n.asDouble() * 1000));
        System.out.printf(Locale.ROOT, "NetworkX %s articulation_points on the same graph read from GraphML (%d nodes /"
                        + " %d edges): median %.0f ms (%s); same set: %s (%d)%n", nx.get("networkx").asString(),
                nx.get("nodes").asInt(), nx.get("edges").asInt(), median(nxRuns), rounded(nxRuns),
                nxCut.equals(new java.util.TreeSet<>(cutPoints)) ? "yes" : "NO", nxCut.size());
        System.out.printf(Locale.ROOT, "cut points faster than NetworkX: %.0fx (median against median; %.0fx counting"
                        + " the index build too)%n", median(nxRuns) / median(runs),
                median(nxRuns) / (median(runs) + median(builds)));
    }

    /**
     * The start page at city scale: its counts worked out from the projection (after a change: nothing memoized) and
     * as read (memoized), the same counts by the analysts' Cypher the page used before (checked equal), and the page
     * itself in headless Chromium — a full page load until the municipality's resident count shows in the grid.
     */
    private static void startPage(ConfigurableApplicationContext context, GapEngine engine) throws Exception {
        SupportNetwork network = engine.current();
        AreaCountsFromProjection counts = context.getBean(AreaCountsFromProjection.class);
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            AreaTally.of(network);
            cold.add((System.nanoTime() - t) / 1e6);
        }
        List<AreaCounts> projected = counts.all();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            counts.all();
            warm.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "start page counts of %d areas from the projection: %.1f ms to work out after a"
                        + " change (median; first %.1f; %s), %.3f ms as read when nothing changed%n", projected.size(),
                median(cold), cold.getFirst(), rounded(cold), median(warm));
        String query = Files.readString(Path.of("cypher/queries/area-statistics.cypher")).strip();
        org.neo4j.driver.Driver driver = context.getBean(org.neo4j.driver.Driver.class);
        List<Double> cypher = new ArrayList<>();
        List<AreaCounts> byCypher = null;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            byCypher = driver.executableQuery(query.substring(0, query.length() - 1)).execute().records().stream()
                    .map(r -> new AreaCounts(r.get("id").asString(), r.get("name").asString(null),
                            r.get("level").asString(null), r.get("parentId").asString(null), r.get("residents").asLong(),
                            r.get("unsupported").asLong(), r.get("supporters").asLong(),
                            r.get("organizations").asLong(), r.get("networks").asLong())).toList();
            cypher.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "the same counts by Cypher (cypher/queries/area-statistics.cypher, what the page"
                + " ran before): median %.0f ms (%s); equal to the projection's: %s%n", median(cypher), rounded(cypher),
                projected.equals(byCypher) ? "yes" : "NO");

        AreaCounts city = projected.stream().filter(a -> a.parentId() == null).findFirst().orElseThrow();
        String shown = String.format(Locale.ROOT, "%,d", city.residents());
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        try (jp.tsunagari.Browser browser = jp.tsunagari.Browser.open(port)) {
            browser.login("demo-layer1", "demo");
            var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                browser.go("/");
                double at = ((Number) new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(),
                        java.time.Duration.ofSeconds(60), java.time.Duration.ofMillis(10)).until(d -> js.executeScript("""
                        const grid = document.getElementById('areas');
                        return grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                          .some(c => c.textContent.trim() === arguments[0]) ? performance.now() : null;""", shown)))
                        .doubleValue();
                loads.add(at);
            }
            System.out.printf(Locale.ROOT, "start page as layer-1 coordinator, full page load → the city's %s residents"
                            + " shown in the grid (headless Chromium, polled every 10 ms): median %.0f ms (%s; the first"
                            + " after login left out)%n", shown, median(loads.subList(1, loads.size())), rounded(loads));
        } catch (org.opentest4j.TestAbortedException e) {
            System.out.println("start page in Chromium: skipped (" + e.getMessage() + ")");
        }
    }

    /** Runs src/test/python/networkx_bench.py with these arguments; its JSON answer, or null when it cannot run. */
    private static tools.jackson.databind.JsonNode networkX(String... arguments) throws Exception {
        if (new ProcessBuilder("python3", "-c", "import networkx").start().waitFor() != 0) {
            System.out.println("NetworkX: not installed (apt-get install python3-networkx); comparison skipped");
            return null;
        }
        List<String> command = new ArrayList<>(List.of("python3", "src/test/python/networkx_bench.py"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            System.out.println("NetworkX run failed");
            return null;
        }
        return new tools.jackson.databind.ObjectMapper().readTree(out);
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v)).toList();
    }

    private static List<String> top(SupportNetwork network, Map<String, Double> scores, int count) {
        return scores.entrySet().stream().filter(e -> network.helpers().containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count).map(Map.Entry::getKey).toList();
    }

    private static double maxDifference(Map<String, Double> a, Map<String, Double> b) {
        double max = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            max = Math.max(max, Math.abs(e.getValue() - b.getOrDefault(e.getKey(), Double.NaN)));
        }
        return a.keySet().equals(b.keySet()) ? max : Double.NaN;
    }

    private static void graphml(org.jgrapht.Graph<String, org.jgrapht.graph.DefaultEdge> graph, Path file)
            throws java.io.IOException {
        var exporter = new org.jgrapht.nio.graphml.GraphMLExporter<String, org.jgrapht.graph.DefaultEdge>(v -> v);
        try (var writer = Files.newBufferedWriter(file)) {
            exporter.exportGraph(graph, writer);
        }
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
