package jp.tsunagari.gaps;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tsunagari.TsunagariApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gap engine's benchmark ({@code ./mvnw -Pbench}): on the Takamatsu-scale demo city (116,473 residents) it prints
 * the projection load time, the full analysis time (all detectors, whole municipality), the incremental update time
 * per change, the engine's heap, and the same cut-point and betweenness computation done by NetworkX for comparison.
 * The city is generated into {@code target/bench/takamatsu} on the first run and reused after.
 */
public final class GapBench {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench/takamatsu").toAbsolutePath();
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunagariApplication.class)
                .run("--tsunagari.data-dir=" + dataDir, "--tsunagari.demo.enabled=true",
                        "--tsunagari.demo.scale=takamatsu", "--tsunagari.bolt.listen-address=127.0.0.1:0",
                        "--server.port=0", "--tsunagari.gaps.change-check-interval=1h", "--logging.level.root=warn",
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

        List<Double> loads = new ArrayList<>();
        SupportNetwork network = null;
        for (int i = 0; i < 3; i++) {
            network = null;
            System.gc();
            long t = System.nanoTime();
            network = loader.load();
            loads.add(millis(System.nanoTime() - t));
        }
        System.out.printf(Locale.ROOT, "projection load: %s ms (median %.0f) — %d residents%n", loads,
                median(loads), network.residents().size());

        List<Double> analyses = new ArrayList<>();
        int findings = 0;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            findings = engine.analyse(network).all().size();
            analyses.add(millis(System.nanoTime() - t));
        }
        System.out.printf(Locale.ROOT, "full analysis: %s ms (median %.0f) — %d findings%n", analyses, median(analyses),
                findings);
        for (Map.Entry<String, Double> e : engine.timeDetectors(network).entrySet()) {
            System.out.printf(Locale.ROOT, "  %-28s %8.1f ms%n", e.getKey(), e.getValue());
        }
        System.out.printf(Locale.ROOT, "heap in use after GC: %d MiB; peak heap: %d MiB%n", usedAfterGc() >> 20,
                peakHeap() >> 20);
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
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
