package jp.tsunagari.importer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import jp.tsunagari.TsunagariApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The import benchmark ({@code ./mvnw -Pbench-import}): into an empty embedded database it imports generated files of
 * 100,000 organizations and 100,000 residents (after 111 areas), each through the whole path a user's file takes
 * (strict decoding, CSV parsing, validation, comparison, batched {@code UNWIND} writes in one transaction), then the
 * organizations again (all unchanged), and prints time and memory for each.
 */
public final class ImportBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/import").toAbsolutePath();
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        delete(dir);
        Files.createDirectories(dir);
        Path areas = dir.resolve("areas.csv"), organizations = dir.resolve("organizations.csv"),
                residents = dir.resolve("residents.csv");
        generate(areas, organizations, residents, rows);
        System.out.printf(Locale.ROOT, "files: organizations %.1f MB, residents %.1f MB (%d rows each)%n",
                Files.size(organizations) / 1e6, Files.size(residents) / 1e6, rows);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunagariApplication.class)
                .run("--tsunagari.data-dir=" + dir.resolve("data"), "--tsunagari.demo.enabled=false",
                        "--tsunagari.bolt.listen-address=127.0.0.1:0", "--server.port=0",
                        "--tsunagari.gaps.change-check-interval=1h", "--logging.level.root=warn",
                        "--spring.main.banner-mode=off", "--tsunagari.import.max-file-size=500MB");
        try {
            SecurityContextHolderStrategy holder = context.getBeanProvider(SecurityContextHolderStrategy.class)
                    .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
            var security = holder.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
                    List.of(new SimpleGrantedAuthority("ROLE_LAYER1_COORDINATOR"))));
            holder.setContext(security);
            Importer importer = context.getBean(Importer.class);
            run(importer, ImportKind.AREAS, areas, "areas");
            run(importer, ImportKind.ORGANIZATIONS, organizations, "organizations, first import");
            run(importer, ImportKind.ORGANIZATIONS, organizations, "organizations, same file again");
            run(importer, ImportKind.RESIDENTS, residents, "residents, first import");
        } finally {
            context.close();
        }
    }

    private static void run(Importer importer, ImportKind kind, Path file, String what) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long before = usedAfterGc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t = System.nanoTime();
        ImportReport report = importer.run(new Importer.Request(kind, bytes, null, false, null, null), Locale.ENGLISH,
                Importer.Progress.NONE);
        double seconds = (System.nanoTime() - t) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (!report.ok()) {
            throw new IllegalStateException(what + ": " + report.errors().subList(0, Math.min(5, report.errors().size())));
        }
        System.out.printf(Locale.ROOT, "%-32s %7d rows in %6.1f s (%,.0f rows/s): %d created, %d updated, %d unchanged;"
                        + " heap before %d MiB, peak %d MiB (sum of pool peaks)%n", what, report.rows(), seconds,
                report.rows() / seconds, report.created(), report.updated(), report.unchanged(), before >> 20, peak >> 20);
    }

    /** 1 municipality, 10 daily-life areas, 100 neighbourhoods; organizations and residents spread over them. */
    static void generate(Path areas, Path organizations, Path residents, int rows) throws IOException {
        Random random = new Random(20261204);
        StringBuilder a = new StringBuilder("\uFEFF区域ID,区域名,区域レベル,上位区域ID,地方公共団体コード\n");
        a.append("b-city,ベンチ市,MUNICIPALITY,,352047\n");
        for (int d = 1; d <= 10; d++) {
            a.append("b-d").append(d).append(",圏域").append(d).append(",DAILY_LIFE_AREA,b-city,\n");
            for (int n = 1; n <= 10; n++) {
                a.append("b-n").append(d).append('-').append(n).append(",地区").append(d).append('-').append(n)
                        .append(",NEIGHBORHOOD,b-d").append(d).append(",\n");
            }
        }
        Files.writeString(areas, a, StandardCharsets.UTF_8);
        String[] kinds = {"WATCHING", "SHOPPING", "MEALS", "TRANSPORT", "HOUSEWORK", "SALON", "HOME_CARE", "DAY_CARE"};
        String[] types = {"NPO", "CARE_PROVIDER", "VOLUNTEER_GROUP", "MEDICAL", "BUSINESS"};
        StringBuilder o = new StringBuilder("\uFEFF組織ID,名称,種別,活動中,提供サービス,対象区域ID,住所,電話番号,緯度,経度\n");
        for (int i = 0; i < rows; i++) {
            int d = 1 + random.nextInt(10);
            o.append("b-org-").append(i).append(",ベンチ事業所").append(i).append(',').append(types[i % types.length])
                    .append(',').append(i % 17 != 0).append(',').append(kinds[random.nextInt(kinds.length)]).append(';')
                    .append(kinds[random.nextInt(kinds.length)]).append(",b-d").append(d).append(",東雲市").append(d)
                    .append("丁目").append(i).append("番,0838-00-").append(String.format("%04d", i % 10000)).append(',')
                    .append(String.format(Locale.ROOT, "%.5f", 34 + random.nextDouble())).append(',')
                    .append(String.format(Locale.ROOT, "%.5f", 131 + random.nextDouble())).append('\n');
        }
        Files.writeString(organizations, o, StandardCharsets.UTF_8);
        String[] levels = {"INDEPENDENT", "SUPPORT_1", "SUPPORT_2", "CARE_1", "CARE_2", "CARE_3"};
        StringBuilder r = new StringBuilder("\uFEFF住民ID,氏名,居住区域ID,要介護度,独居,情報共有の同意,ニーズ\n");
        for (int i = 0; i < rows; i++) {
            r.append("b-res-").append(i).append(",住民 ").append(i).append(",b-n").append(1 + random.nextInt(10))
                    .append('-').append(1 + random.nextInt(10)).append(',').append(levels[random.nextInt(levels.length)])
                    .append(',').append(random.nextBoolean()).append(',').append(random.nextInt(3) == 0).append(',')
                    .append(kinds[random.nextInt(kinds.length)]).append('\n');
        }
        Files.writeString(residents, r, StandardCharsets.UTF_8);
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
