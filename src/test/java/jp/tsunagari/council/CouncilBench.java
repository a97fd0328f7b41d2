package jp.tsunagari.council;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jp.tsunagari.Browser;
import jp.tsunagari.TsunagariApplication;
import jp.tsunagari.network.OrganizationService;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The council sessions' benchmark ({@code ./mvnw -Pbench-council}, figures in README "Council sessions"): the app on
 * the Hagi-size demo city (as {@code -Pbench-diagram}, {@code target/bench/hagi}) in production mode; a session of
 * the layer-2 council of {@code area-d01} is opened, its presenter view and N (default 30) projection views open as
 * tabs of one headless Chromium (each tab its own Vaadin UI and push connection). Then an organization of the area
 * that helps residents is suspended and resumed in turn by a coordinator, in-process through
 * {@code OrganizationService}; each projection records (epoch ms, in the page) when its gap panel shows the change
 * (the change's number), and when the presenter's picture with the organization's new state reached its diagram.
 * Prints p50/p95/max from the service call's start over all views and changes, and the server heap per open view
 * (heap in use after GC with the views open, minus before, over N) and the page's JS heap per tab.
 */
public final class CouncilBench {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench/hagi").toAbsolutePath();
        int views = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Files.createDirectories(dataDir);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunagariApplication.class)
                .run("--tsunagari.data-dir=" + dataDir, "--tsunagari.demo.enabled=true",
                        "--tsunagari.demo.scale=hagi", "--tsunagari.bolt.listen-address=127.0.0.1:0",
                        "--server.port=0", "--vaadin.productionMode=true", "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        try (Browser browser = Browser.open(port)) {
            run(context, browser, views, changes);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, Browser browser, int views, int changes)
            throws Exception {
        var strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var auth = new TestingAuthenticationToken("demo-layer1", "x", "ROLE_LAYER1_COORDINATOR");
        strategy.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
        CouncilSessions sessions = context.getBean(CouncilSessions.class);
        Council council = sessions.councils().stream().filter(c -> c.areaIds().equals(List.of("area-d01")))
                .findFirst().orElseThrow();
        String session = sessions.open(council, new CouncilSessions.NewSession("ベンチマーク", LocalDate.now(), "", null));
        String organization = context.getBean(Neo4jClient.class).query("""
                MATCH (o:Organization)-[:SERVES]->(:Area {id: 'area-d01'}) WHERE coalesce(o.active, true)
                RETURN o.id ORDER BY COUNT { (o)-[:SUPPORTS]->() } DESC LIMIT 1""").fetchAs(String.class).one()
                .orElseThrow();
        System.out.printf(Locale.ROOT, "session %s of %s; changes: %s suspended/resumed %d times; %d projection views%n",
                session, council.name(), organization, changes, views);

        WebDriver driver = browser.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        browser.login("demo-layer1", "demo");
        browser.go("/council/" + session);
        new WebDriverWait(driver, Duration.ofMinutes(2)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return !!document.querySelector('tsunagari-graph#area-graph[data-ready]')")));
        String presenter = driver.getWindowHandle();

        long heapBefore = heapAfterGc();
        List<String> tabs = new ArrayList<>();
        for (int i = 0; i < views; i++) {
            driver.switchTo().newWindow(WindowType.TAB);
            browser.go("/council/" + session + "/screen");
            new WebDriverWait(driver, Duration.ofMinutes(2)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "const g = document.querySelector('#screen-graph'); return !!g && !!g.graph && g.graph.nodes.length > 0")));
            js.executeScript(INSTRUMENT, organization);
            tabs.add(driver.getWindowHandle());
        }
        SessionBroadcaster broadcaster = context.getBean(SessionBroadcaster.class);
        long heapWith = heapAfterGc();
        System.out.printf(Locale.ROOT, "open views (presenter + projections): %d; server heap per view %.1f MiB "
                + "(%.0f MiB in use after GC before, %.0f MiB with them)%n", broadcaster.listening(session),
                (heapWith - heapBefore) / 1048576.0 / views, heapBefore / 1048576.0, heapWith / 1048576.0);
        driver.switchTo().window(presenter);

        OrganizationService organizations = context.getBean(OrganizationService.class);
        List<Double> counts = new ArrayList<>(), pictures = new ArrayList<>();
        int missing = 0;
        for (int c = 1; c <= changes; c++) {
            boolean active = c % 2 == 0;
            long start = System.currentTimeMillis();
            organizations.setActive(organization, active);
            int seq = c;
            long deadline = System.currentTimeMillis() + 30_000;
            for (String tab : tabs) {
                driver.switchTo().window(tab);
                Number at = null;
                while (at == null && System.currentTimeMillis() < deadline) {
                    at = (Number) js.executeScript("return window.__council.seq[arguments[0]] || null", seq);
                    if (at == null) {
                        Thread.sleep(20);
                    }
                }
                if (at == null) {
                    missing++;
                    continue;
                }
                counts.add(at.doubleValue() - start);
                Number picture = null;
                while (picture == null && System.currentTimeMillis() < deadline) {
                    picture = (Number) js.executeScript("return window.__council.state[arguments[0]] || null",
                            active ? "active" : "inactive");
                    if (picture == null) {
                        Thread.sleep(20);
                    }
                }
                if (picture != null) {
                    pictures.add(picture.doubleValue() - start);
                }
                js.executeScript("delete window.__council.state[arguments[0]]", active ? "active" : "inactive");
            }
        }
        report("change → gap counts shown in every projection", counts);
        report("change → presenter's updated picture in every projection's diagram", pictures);
        if (missing > 0) {
            System.out.println("  views that did not show a change within 30 s: " + missing);
        }
        driver.switchTo().window(tabs.getFirst());
        Object jsHeap = js.executeScript("return performance.memory ? performance.memory.usedJSHeapSize : null");
        if (jsHeap != null) {
            System.out.printf(Locale.ROOT, "page JS heap of one projection tab: %.1f MiB%n",
                    ((Number) jsHeap).doubleValue() / 1048576.0);
        }
    }

    /**
     * Records in the page when change number n shows in the gap panel ({@code data-seq}) and when a graph with the
     * organization active / suspended arrives (the element's {@code graph} setter, wrapped on the instance).
     */
    static final String INSTRUMENT = """
            const org = arguments[0];
            window.__council = { seq: {}, state: {} };
            const panel = document.querySelector('#screen-counts');
            new MutationObserver(() => {
              const s = panel.getAttribute('data-seq');
              if (s && !window.__council.seq[s]) window.__council.seq[s] = Date.now();
            }).observe(panel, { attributes: true, attributeFilter: ['data-seq'] });
            const el = document.querySelector('#screen-graph');
            const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'graph');
            Object.defineProperty(el, 'graph', { configurable: true, get() { return d.get.call(this); },
              set(v) {
                d.set.call(this, v);
                const n = v && v.nodes.find(x => x.id === org);
                if (n) {
                  const key = (n.flags || []).includes('inactive') ? 'inactive' : 'active';
                  if (!window.__council.state[key]) window.__council.state[key] = Date.now();
                }
              } });""";

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(String what, List<Double> ms) {
        if (ms.isEmpty()) {
            System.out.println(what + ": no samples");
            return;
        }
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d samples)%n", what,
                pct(sorted, 50), pct(sorted, 95), sorted.getLast(), sorted.size());
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
