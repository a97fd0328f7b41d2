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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.tsunagari.Browser;
import jp.tsunagari.TsunagariApplication;
import jp.tsunagari.gaps.GapFindingsChanged;
import jp.tsunagari.network.NetworkChanged;
import jp.tsunagari.network.OrganizationService;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The council sessions' benchmark ({@code ./mvnw -Pbench-council}, figures in README "Council sessions"): the app on
 * the Hagi-size demo city (as {@code -Pbench-diagram}, {@code target/bench/hagi}) in production mode; a session of
 * the layer-2 council of {@code area-d01} is opened, its presenter view in one headless Chromium and N (default 30)
 * projection views as separate windows of B (default 3) other headless Chromium processes, round robin — each
 * projection its own Vaadin UI and push connection, none of them a background tab (the browsers run with background
 * throttling off, and the benchmark prints each page's visibility). Then an organization of the area that helps
 * residents is suspended and resumed in turn by a coordinator, in-process through {@code OrganizationService}, after
 * two warm-up changes that are printed but not counted (the first change after start meets cold query plans).
 * <p>
 * Where the time goes, for each change: the service call (commit, then the gap engine applying it on the committing
 * thread), the session's update published on its {@code LiveUpdates} channel (a follower of the channel without a
 * UI notes the time), the push message carrying the change's number arriving in each projection's page (a hook on
 * the page's WebSocket, installed before the page's scripts), and the gap panel showing it ({@code data-seq}, a
 * MutationObserver). Prints p50/p95/max over all views and changes, from the service call's start, of "shown" (the
 * figure), and of the presenter's new picture arriving in each projection's diagram; the server heap per open view
 * (heap in use after GC with the views open, minus before, over N) and one projection page's JS heap.
 */
public final class CouncilBench {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench/hagi").toAbsolutePath();
        int views = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int browsers = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        Files.createDirectories(dataDir);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunagariApplication.class)
                .run("--tsunagari.data-dir=" + dataDir, "--tsunagari.demo.enabled=true",
                        "--tsunagari.demo.scale=hagi", "--tsunagari.bolt.listen-address=127.0.0.1:0",
                        "--server.port=0", "--vaadin.productionMode=true", "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        List<Browser> screens = new ArrayList<>();
        try (Browser presenter = Browser.open(port, UNTHROTTLED)) {
            for (int i = 0; i < browsers; i++) {
                screens.add(Browser.open(port, UNTHROTTLED));
            }
            run(context, port, presenter, screens, views, changes, warmups);
        } finally {
            screens.forEach(Browser::close);
            context.close();
        }
    }

    /** Signs in as a browser does (the login form's POST) and returns the new HTTP session's id. */
    static String signIn(int port, String username, String password) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient(); // follows no redirect: the answer carries the cookie
        var form = "username=" + username + "&password=" + password;
        var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("sign-in answered " + answer.statusCode() + " without a session"));
    }

    /**
     * {@code -Dbench.sampleOver=<ms>}: samples the threads' stacks every 10 ms during each change and prints where a
     * change slower than that was. Off by default: taking all stacks stops every thread, which slows what is measured.
     */
    private static final long SAMPLE_OVER = Long.getLong("bench.sampleOver", 0);

    /** No background tab, window or timer is slowed down: every projection page runs as if in front. */
    static final String[] UNTHROTTLED = {"--disable-background-timer-throttling", "--disable-renderer-backgrounding",
            "--disable-backgrounding-occluded-windows", "--disable-features=IntensiveWakeUpThrottling"};

    /** One projection page: its browser and window. */
    private record Screen(Browser browser, String window) {
        JavascriptExecutor js() {
            browser.driver().switchTo().window(window);
            return (JavascriptExecutor) browser.driver();
        }
    }

    private static void run(ConfigurableApplicationContext context, int port, Browser presenterBrowser,
                            List<Browser> browsers, int views, int changes, int warmups) throws Exception {
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
        System.out.printf(Locale.ROOT, "session %s of %s; changes: %s suspended/resumed %d times after %d warm-up "
                + "changes (printed, not counted); %d projection views in %d browser processes%n", session,
                council.name(), organization, changes, warmups, views, browsers.size());

        // The server's clocks: the gap engine applied the change; the session's update was published (this follower
        // of the session's channel is the first, told before the views).
        SessionBroadcaster broadcaster = context.getBean(SessionBroadcaster.class);
        Map<Integer, Long> applied = new ConcurrentHashMap<>(), published = new ConcurrentHashMap<>();
        Map<Integer, Long> written = new ConcurrentHashMap<>();
        int[] current = {0};
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof GapFindingsChanged) {
                applied.putIfAbsent(current[0], System.currentTimeMillis());
            } else if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof NetworkChanged) {
                // the service has checked, written and audited, and announces the change (commit follows)
                written.putIfAbsent(current[0], System.currentTimeMillis());
            }
        });
        var clock = broadcaster.listen(session, Runnable::run, u -> {
            if (u.counts() != null && u.counts().seq() > 0) {
                published.putIfAbsent(u.counts().seq(), System.currentTimeMillis());
            }
        });

        WebDriver presenter = presenterBrowser.driver();
        JavascriptExecutor pjs = (JavascriptExecutor) presenter;
        presenterBrowser.login("demo-layer1", "demo");
        presenterBrowser.go("/council/" + session);
        new WebDriverWait(presenter, Duration.ofMinutes(2)).until(d -> Boolean.TRUE.equals(pjs.executeScript(
                "return !!document.querySelector('tsunagari-graph#area-graph[data-ready]')")));
        for (Browser b : browsers) {
            b.login("demo-layer1", "demo");
            b.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        }

        long heapBefore = heapAfterGc();
        List<Screen> screens = new ArrayList<>();
        List<PushClient> clients = new ArrayList<>();
        for (int i = 0; i < views && browsers.isEmpty(); i++) {
            clients.add(PushClient.open(port, signIn(port, "demo-layer1", "demo"), "council/" + session + "/screen"));
        }
        for (int i = 0; i < views && !browsers.isEmpty(); i++) {
            Browser b = browsers.get(i % browsers.size());
            WebDriver driver = b.driver();
            if (i >= browsers.size()) {
                driver.switchTo().newWindow(WindowType.WINDOW);
            }
            ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PUSH_HOOK));
            b.go("/council/" + session + "/screen");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            new WebDriverWait(driver, Duration.ofMinutes(2)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "const g = document.querySelector('#screen-graph'); return !!g && !!g.graph && g.graph.nodes.length > 0")));
            js.executeScript(INSTRUMENT, organization);
            screens.add(new Screen(b, driver.getWindowHandle()));
        }
        long heapWith = heapAfterGc();
        System.out.printf(Locale.ROOT, "views following the session (presenter + projections + the benchmark's clock): %d; server heap per view %.1f MiB "
                + "(%.0f MiB in use after GC before, %.0f MiB with them)%n", broadcaster.listening(session),
                (heapWith - heapBefore) / 1048576.0 / views, heapBefore / 1048576.0, heapWith / 1048576.0);
        Map<String, Long> visibility = new java.util.TreeMap<>();
        for (Screen s : screens) {
            visibility.merge(String.valueOf(s.js().executeScript("return document.visibilityState")), 1L, Long::sum);
        }
        if (!screens.isEmpty()) {
            System.out.println("projection pages' visibilityState: " + visibility);
        } else {
            System.out.println("projection views: push clients (PushClient), one signed-in HTTP session each, drawing nothing");
        }
        long receivedBefore = clients.stream().mapToLong(PushClient::received).sum();

        // The session's work per change, on this machine now: the counts by type and subject of its areas.
        List<Double> work = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            broadcaster.counts(council.areaIds());
            work.add((System.nanoTime() - t) / 1e6);
        }
        report("the session's gap keys and counts worked out once (ms, 7 runs)", work);

        OrganizationService organizations = context.getBean(OrganizationService.class);
        List<Double> shown = new ArrayList<>(), arrived = new ArrayList<>(), pictures = new ArrayList<>();
        List<Double> drawings = new ArrayList<>();
        List<Double> engine = new ArrayList<>(), channel = new ArrayList<>(), calls = new ArrayList<>();
        int missing = 0;
        for (int c = 1; c <= warmups + changes; c++) {
            if (c == warmups + 1) { // the warm-up changes were printed, not counted
                List.of(shown, arrived, pictures, drawings, engine, channel, calls).forEach(List::clear);
                missing = 0;
            }
            boolean active = c % 2 == 0;
            current[0] = c;
            int arrivedBefore = arrived.size(), shownBefore = shown.size();
            long start = System.currentTimeMillis();
            Sampler sampler = SAMPLE_OVER > 0 ? Sampler.of(Thread.currentThread()) : null;
            organizations.setActive(organization, active);
            calls.add((double) (System.currentTimeMillis() - start));
            int told = c;
            if (sampler != null) {
                sampler.stopAndPrintIfSlowerThan(SAMPLE_OVER, () -> published.containsKey(told));
            }
            int seq = c;
            long deadline = System.currentTimeMillis() + 30_000; // for all views of this change (each is read at least once)
            for (PushClient client : clients) {
                Long at = client.arrived(seq);
                while (at == null && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                    at = client.arrived(seq);
                }
                if (at == null) {
                    missing++;
                    continue;
                }
                shown.add(at.doubleValue() - start);
                arrived.add(at.doubleValue() - start);
                long picture = client.lastPicture();
                while (picture < start && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                    picture = client.lastPicture();
                }
                if (picture >= start) {
                    pictures.add((double) (picture - start));
                }
            }
            // The next change once the presenter has drawn its picture and laid nothing out: no work left over.
            new WebDriverWait(presenter, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(pjs.executeScript(
                    "return !!document.querySelector('tsunagari-graph#area-graph[data-ready]:not([data-laying-out])')")));
            for (Screen screen : screens) {
                JavascriptExecutor js = screen.js();
                Number at = (Number) js.executeScript("return window.__council.seq[arguments[0]] || null", seq);
                while (at == null && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                    at = (Number) js.executeScript("return window.__council.seq[arguments[0]] || null", seq);
                }
                if (at == null) {
                    missing++;
                    continue;
                }
                shown.add(at.doubleValue() - start);
                Number push = (Number) js.executeScript("return (window.__push || {})[arguments[0]] || null", seq);
                if (push != null) {
                    arrived.add(push.doubleValue() - start);
                }
                String pictureScript = "return window.__council.state[arguments[0]] || null";
                String state = active ? "active" : "inactive";
                Number picture = (Number) js.executeScript(pictureScript, state);
                while (picture == null && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                    picture = (Number) js.executeScript(pictureScript, state);
                }
                if (picture != null) {
                    pictures.add(picture.doubleValue() - start);
                    // the next change only once this page has drawn the picture (no drawing left over)
                    String drawnScript = "return window.__council.rendered >= arguments[0] ? "
                            + "window.__council.rendered : null";
                    Number drawn = (Number) js.executeScript(drawnScript, picture);
                    while (drawn == null && System.currentTimeMillis() < deadline) {
                        Thread.sleep(20);
                        drawn = (Number) js.executeScript(drawnScript, picture);
                    }
                    if (drawn != null) {
                        drawings.add(drawn.doubleValue() - start);
                    }
                }
                js.executeScript("delete window.__council.state[arguments[0]]", active ? "active" : "inactive");
            }
            if (applied.containsKey(c)) {
                engine.add((double) (applied.get(c) - start));
            }
            if (published.containsKey(c)) {
                channel.add((double) (published.get(c) - start));
            }
            List<Double> arrivedNow = new ArrayList<>(arrived.subList(arrivedBefore, arrived.size()));
            List<Double> shownNow = new ArrayList<>(shown.subList(shownBefore, shown.size()));
            Collections.sort(arrivedNow);
            Collections.sort(shownNow);
            String patch = broadcaster.lastPicture(session).map(SessionBroadcaster.Picture::sincePrevious)
                    .map(p -> p.nodes().size() + " nodes, " + (p.edges().size() + p.removedEdges().size()) + " edges")
                    .orElse("whole graph");
            System.out.printf(Locale.ROOT, (c <= warmups ? "warm-up " : "") + "change %d: service wrote %s ms, engine applied %s ms, published %s ms, push arrived %s ms, "
                    + "shown %s ms (first–median–last of the views); last picture sent as %s%n", c,
                    written.get(c) == null ? "?" : written.get(c) - start,
                    applied.get(c) == null ? "?" : applied.get(c) - start,
                    published.get(c) == null ? "?" : published.get(c) - start, spread(arrivedNow), spread(shownNow), patch);
        }
        clock.remove();
        if (!clients.isEmpty()) {
            System.out.printf(Locale.ROOT, "received per push client and change: %.1f kB (UIDL text, %d changes)%n",
                    (clients.stream().mapToLong(PushClient::received).sum() - receivedBefore) / 1024.0
                            / clients.size() / (warmups + changes), warmups + changes);
        }
        clients.forEach(PushClient::close);
        System.out.println("from the start of the service call (OrganizationService.setActive) to:");
        report("  the service call's return (commit, gap engine applied, listeners handed on)", calls);
        report("  GapFindingsChanged published (gap engine applied)", engine);
        report("  the session's update published on its LiveUpdates channel", channel);
        report("  the push message with the change arriving in each projection's page", arrived);
        report("  THE FIGURE: change → gap counts shown in every projection", shown);
        report("  the presenter's updated picture in every projection's diagram", pictures);
        report("  … and drawn there (graph-rendered)", drawings);
        if (missing > 0) {
            System.out.println("  view×change samples that had not shown 30 s after the change: " + missing);
        }
        // Closed, so that the next run on the same data does not follow this session too.
        sessions.session(session).ifPresent(s -> sessions.close(s, null));
        Object jsHeap = screens.isEmpty() ? null : screens.getFirst().js()
                .executeScript("return performance.memory ? performance.memory.usedJSHeapSize : null");
        if (jsHeap != null) {
            System.out.printf(Locale.ROOT, "page JS heap of one projection page: %.1f MiB%n",
                    ((Number) jsHeap).doubleValue() / 1048576.0);
        }
    }

    /**
     * Installed before the page's own scripts: notes (epoch ms) when a push message naming a change's number in the
     * gap panel's {@code data-seq} first arrives over the page's WebSocket.
     */
    static final String PUSH_HOOK = """
            (() => {
              const Native = window.WebSocket;
              window.__push = {};
              const seen = (d) => {
                if (typeof d !== 'string') return;
                const t = Date.now();
                for (const m of d.matchAll(/"key":"data-seq"[^}]*?"value":"(\\d+)"/g)) {
                  if (!window.__push[m[1]]) window.__push[m[1]] = t;
                }
              };
              window.WebSocket = class extends Native {
                constructor(...a) { super(...a); this.addEventListener('message', (e) => seen(e.data)); }
              };
            })();""";

    /**
     * Records in the page when change number n shows in the gap panel ({@code data-seq}) and when a graph with the
     * organization active / suspended arrives (the element's {@code graph} setter, wrapped on the instance).
     */
    static final String INSTRUMENT = """
            const org = arguments[0];
            window.__council = { seq: {}, state: {}, rendered: 0 };
            const panel = document.querySelector('#screen-counts');
            new MutationObserver(() => {
              const s = panel.getAttribute('data-seq');
              if (s && !window.__council.seq[s]) window.__council.seq[s] = Date.now();
            }).observe(panel, { attributes: true, attributeFilter: ['data-seq'] });
            const el = document.querySelector('#screen-graph');
            el.addEventListener('graph-rendered', () => { window.__council.rendered = Date.now(); });
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

    /**
     * Samples the committing thread's stack, and the council's own thread's, every 10 ms while a change is made and
     * told; when that was slow, prints where they were (the stacks seen most often, cut at the app's own frames) —
     * how the first change's time was found.
     */
    private static final class Sampler {
        private final Thread committing;
        private final Map<String, Integer> seen = new java.util.HashMap<>();
        private final long start = System.currentTimeMillis();
        private volatile boolean running = true;
        private final Thread thread;

        private Sampler(Thread committing) {
            this.committing = committing;
            this.thread = Thread.ofPlatform().daemon().start(this::run);
        }

        static Sampler of(Thread committing) {
            return new Sampler(committing);
        }

        private void run() {
            while (running) {
                for (var entry : Thread.getAllStackTraces().entrySet()) {
                    Thread t = entry.getKey();
                    if (t == committing || t.getName().equals("council-sessions")) {
                        note(t == committing ? "committing thread" : t.getName(), entry.getValue());
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void note(String name, StackTraceElement[] stack) {
            // The innermost frame (what it was doing: waiting for the database, computing …), then the app's own.
            StringBuilder key = new StringBuilder(name).append(": ").append(stack.length > 0 ? stack[0] : "?");
            int app = 0;
            for (int i = 0; i < stack.length && app < 4; i++) {
                if (stack[i].getClassName().startsWith("jp.tsunagari")) {
                    key.append("\n      ").append(stack[i]);
                    app++;
                }
            }
            if (app == 0) {
                return; // idle, waiting for work
            }
            synchronized (seen) {
                seen.merge(key.toString(), 1, Integer::sum);
            }
        }

        /** Stops sampling once the change was told ({@code published}); prints when that took longer than ms. */
        void stopAndPrintIfSlowerThan(long ms, java.util.function.BooleanSupplier published) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!published.getAsBoolean() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            running = false;
            thread.join();
            long took = System.currentTimeMillis() - start;
            if (took < ms) {
                return;
            }
            System.out.printf(Locale.ROOT, "the change took %d ms to be published; where the threads were most often:%n",
                    took);
            synchronized (seen) {
                seen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                        .forEach(e -> System.out.printf(Locale.ROOT, "  %d samples, %s%n", e.getValue(), e.getKey()));
            }
        }
    }

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

    private static String spread(List<Double> sorted) {
        return sorted.isEmpty() ? "?" : String.format(Locale.ROOT, "%.0f–%.0f–%.0f", sorted.getFirst(),
                pct(sorted, 50), sorted.getLast());
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
