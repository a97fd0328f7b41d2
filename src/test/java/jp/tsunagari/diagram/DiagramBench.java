package jp.tsunagari.diagram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tsunagari.Browser;
import jp.tsunagari.TsunagariApplication;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The diagrams' benchmark ({@code ./mvnw -Pbench-diagram}, figures in README "Performance → Diagrams"): the app on
 * the Hagi-size demo city (generated into {@code target/bench/hagi} on the first run, reused after) in Vaadin's
 * production mode, driven in Debian's headless Chromium (WebGL through SwiftShader: no GPU). It prints
 * <ul>
 *   <li>how long the area diagram {@code /diagram/area-d01} and a resident's ecomap take from navigation to the
 *       diagram's first drawn frame, as a full page load and as an in-app navigation (median of N);</li>
 *   <li>the selection round trip: a click on a node until the server's listener has updated the page;</li>
 *   <li>frames per second while the camera pans and zooms a 20,000-node / 60,000-edge graph;</li>
 *   <li>the municipal overview of 100,000 residents (aggregated by the server) and the same synthetic graph.</li>
 * </ul>
 * Times come from {@code performance.now()} in the page: the element records when it drew a graph's first frame
 * ({@code renderedAt}), frames are counted with {@code requestAnimationFrame}.
 */
public final class DiagramBench {

    static final String USER = "demo-layer1", PASSWORD = "demo", AREA = "area-d01";

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench/hagi").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunagariApplication.class)
                .run("--tsunagari.data-dir=" + dataDir, "--tsunagari.demo.enabled=true",
                        "--tsunagari.demo.scale=hagi", "--tsunagari.bolt.listen-address=127.0.0.1:0",
                        "--server.port=0", "--vaadin.productionMode=true", "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        System.out.printf(Locale.ROOT, "app ready in %.1f s on port %d (%s)%n",
                (System.nanoTime() - started) / 1e9, port, dataDir);
        try (Browser browser = Browser.open(port)) {
            new DiagramBench(browser, runs).run();
        } finally {
            context.close();
        }
    }

    private final Browser browser;
    private final JavascriptExecutor js;
    private final int runs;
    private final List<String> selectionParts = new ArrayList<>();

    private DiagramBench(Browser browser, int runs) {
        this.browser = browser;
        this.js = (JavascriptExecutor) browser.driver();
        this.runs = runs;
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
    }

    private void run() {
        browser.login(USER, PASSWORD);
        browser.go("/diagram/" + AREA);
        waitReady("area-graph", 0);
        System.out.println("production mode: " + js.executeScript(
                "return !(window.Vaadin && window.Vaadin.developmentMode)"));
        String resident = (String) js.executeScript("""
                const g = document.querySelector('#area-graph').graph;
                const degree = {};
                g.edges.forEach(e => { degree[e.target] = (degree[e.target] || 0) + 1; });
                return g.nodes.filter(n => n.kind === 'resident')
                    .sort((a, b) => (degree[b.id] || 0) - (degree[a.id] || 0))[0].id;""");
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) js.executeScript(
                "const g = document.querySelector('#area-graph').graph; return [g.nodes.length, g.edges.length];");
        System.out.printf(Locale.ROOT, "area %s: %d nodes, %d edges; ecomap of the resident with most ties (%s)%n",
                AREA, size.get(0).intValue(), size.get(1).intValue(), resident);

        List<Double> areaLoad = new ArrayList<>(), areaNav = new ArrayList<>();
        List<Double> ecomapLoad = new ArrayList<>(), ecomapNav = new ArrayList<>();
        List<String> ecomapParts = new ArrayList<>();
        for (int i = 0; i < (System.getenv("BENCH_SKIP_OPEN") == null ? runs : 0); i++) {
            areaLoad.add(fullLoad("/diagram/" + AREA, "area-graph"));
            ecomapNav.add(inAppNavigation("ecomap/" + resident, "ecomap-graph"));
            areaNav.add(inAppNavigation("diagram/" + AREA, "area-graph"));
            ecomapLoad.add(fullLoad("/ecomap/" + resident, "ecomap-graph"));
            ecomapParts.add(loadBreakdown("ecomap-graph"));
        }
        if (!areaLoad.isEmpty()) {
            report("area diagram, full page load → first frame", areaLoad);
            report("area diagram, in-app navigation → first frame", areaNav);
            report("ecomap, full page load → first frame", ecomapLoad);
            report("ecomap, in-app navigation → first frame", ecomapNav);
            System.out.println("  ecomap full load, where it goes, run by run (ms from navigation start):");
            ecomapParts.forEach(p -> System.out.println("    " + p));
        }

        if (System.getenv("BENCH_SKIP_FPS") == null) {
            fps(20_000, 60_000);
            overview(100_000, 300_000, 10);
        }
        browser.go("/test/graph-bench?nodes=1156&edges=2221");
        waitReady("graph", 0);
        List<Double> selection = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            selection.add(selectionRoundTrip("graph", "selected-nodes", "n" + (100 + 37 * i)));
        }
        report("selection round trip (click → server listener's span updated), 1,156 nodes", selection);
        System.out.println("  where it goes, run by run: " + String.join("; ", selectionParts));

        // The same on the real page: a resident clicked on the area diagram until the side panel shows them.
        selectionParts.clear();
        browser.go("/diagram/" + AREA);
        waitReady("area-graph", 0);
        @SuppressWarnings("unchecked")
        List<String> residents = (List<String>) js.executeScript("return document.getElementById('area-graph')"
                + ".graph.nodes.filter(n => n.kind === 'resident').map(n => n.id)");
        List<Double> details = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            details.add(selectionRoundTrip("area-graph", "node-details", residents.get((17 + 29 * i) % residents.size())));
        }
        report("selection round trip on /diagram/" + AREA + " (click → node-details panel shows the node)", details);
        System.out.println("  where it goes, run by run: " + String.join("; ", selectionParts));
    }

    private void fps(int nodes, int edges) {
        browser.go("/test/graph-bench?nodes=" + nodes + "&edges=" + edges);
        double opened = waitReady("graph", 0);
        System.out.printf(Locale.ROOT, "%,d nodes / %,d edges: first frame %.0f ms after navigation (full page load)%n",
                nodes, edges, opened);
        motions(List.of("pan", "zoom", "both"));
    }

    /** The municipal overview: 100,000 residents and helpers aggregated by the server into neighbourhood clusters. */
    private void overview(int nodes, int edges, int blocks) {
        browser.go("/test/graph-bench?nodes=" + nodes + "&edges=" + edges + "&clusters=" + blocks);
        double opened = waitReady("graph", 0);
        @SuppressWarnings("unchecked")
        List<Number> drawn = (List<Number>) js.executeScript(
                "const g = document.getElementById('graph').graph; return [g.nodes.length, g.edges.length];");
        System.out.printf(Locale.ROOT, "%,d nodes / %,d edges as %d×%d clusters (%d nodes, %d edges drawn): first frame"
                        + " %.0f ms after navigation (full page load)%n", nodes, edges, blocks, blocks,
                drawn.get(0).intValue(), drawn.get(1).intValue(), opened);
        motions(List.of("both"));
        List<Double> expand = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String cluster = "cluster:b" + (blocks / 2) + "-" + (blocks / 2 - 1 + i);
            double t0 = ((Number) js.executeScript("""
                    const t0 = performance.now();
                    document.getElementById('graph').dispatchEvent(new CustomEvent('node-dblclick',
                        {detail: {id: arguments[0]}, bubbles: true, composed: true}));
                    return t0;""", cluster)).doubleValue();
            expand.add(waitReady("graph", t0) - t0);
        }
        int after = ((Number) js.executeScript("return document.getElementById('graph').graph.nodes.length")).intValue();
        report("  double-click on a cluster → expanded (server round trip, first frame)", expand);
        System.out.printf(Locale.ROOT, "  %d nodes drawn after expanding 3 clusters%n", after);
    }

    private void motions(List<String> motions) {
        for (String motion : motions) {
            @SuppressWarnings("unchecked")
            Map<String, Number> r = (Map<String, Number>) js.executeAsyncScript(FPS, motion, 3000);
            System.out.printf(Locale.ROOT, "  %-4s: %5.1f fps (rAF frames while the camera moves; longest frame %.0f ms);"
                            + " sharp again %.0f ms after it stops%n", motion, r.get("fps").doubleValue(),
                    r.get("longest").doubleValue(), r.get("settle").doubleValue());
        }
    }

    /**
     * Moves sigma's camera every animation frame for {@code ms} (pan: a circle; zoom: the ratio between 0.5 and 1.5;
     * both), counting frames; then how long until the element has drawn the final state sharp ({@code settledAt}).
     */
    static final String FPS = """
            const [motion, ms, done] = arguments;
            const el = document.querySelector('#graph');
            const sigma = el.sigma, camera = sigma.getCamera(), start = camera.getState();
            let frames = 0, last = performance.now(), longest = 0;
            let t0;
            const step = (now) => {
              frames++; longest = Math.max(longest, now - last); last = now;
              const t = (now - t0) / 1000;
              if (now - t0 >= ms) {
                const fps = frames / ((now - t0) / 1000);
                const stopped = performance.now();
                camera.setState(start);
                const settled = () => el.settledAt >= stopped
                  ? done({fps, longest, settle: el.settledAt - stopped}) : setTimeout(settled, 20);
                requestAnimationFrame(() => requestAnimationFrame(settled));
                return;
              }
              const pan = motion !== 'zoom', zoom = motion !== 'pan';
              camera.setState({x: start.x + (pan ? 0.2 * Math.sin(t * 2) : 0), y: start.y + (pan ? 0.2 * Math.cos(t * 2) : 0),
                ratio: start.ratio * (zoom ? 1 + 0.5 * Math.sin(t * 3) : 1), angle: start.angle});
              requestAnimationFrame(step);
            };
            // Start once the graph has been drawn and nothing was drawn for a second.
            const quiet = () => el.settledAt > el.renderedAt && performance.now() - el.settledAt > 1000
              ? requestAnimationFrame((now) => { t0 = now; last = now; requestAnimationFrame(step); })
              : setTimeout(quiet, 100);
            quiet();""";

    /**
     * Where a full page load's time went, from the page's own navigation and resource timing: the HTML, each script
     * (end of download; with its size), Vaadin's {@code ?v-r=init} request (the server building the view), the
     * element's first frame.
     */
    private String loadBreakdown(String graphId) {
        return String.valueOf(js.executeScript("""
                const f = (v) => Math.round(v);
                const nav = performance.getEntriesByType('navigation')[0];
                const parts = [`html ${f(nav.requestStart)}→${f(nav.responseEnd)}`,
                  `DOMContentLoaded ${f(nav.domContentLoadedEventEnd)}`];
                let js = 0;
                for (const r of performance.getEntriesByType('resource')) {
                  const name = r.name.replace(/^.*\\//, '').replace(/\\?.*$/, '');
                  if (r.name.includes('v-r=init')) {
                    parts.push(`init request ${f(r.startTime)}→${f(r.responseEnd)} (${f(r.decodedBodySize / 1024)} kB)`);
                  } else if (r.name.includes('v-r=uidl')) {
                    parts.push(`uidl ${f(r.startTime)}→${f(r.responseEnd)}`);
                  } else if (name.endsWith('.js')) {
                    js += r.decodedBodySize;
                    parts.push(`${name.replace(/-[A-Za-z0-9_-]{8}\\.js$/, '.js').slice(0, 28)} ${f(r.startTime)}→${f(r.responseEnd)}`
                      + ` (${f(r.decodedBodySize / 1024)} kB${r.transferSize === 0 ? ', cached' : ''})`);
                  }
                }
                parts.push(`scripts ${f(js / 1024)} kB in all`);
                parts.push(`first frame ${f(document.getElementById(arguments[0]).renderedAt)}`);
                return parts.join(', ');""", graphId));
    }

    private double fullLoad(String path, String graphId) {
        browser.go(path);
        return waitReady(graphId, 0);
    }

    /** Clicks a router link the page did not have, as the app's own links do, and waits for the new first frame. */
    private double inAppNavigation(String route, String graphId) {
        double t0 = ((Number) js.executeScript("""
                const a = document.createElement('a');
                a.href = arguments[0]; a.setAttribute('router-link', ''); a.textContent = 'bench';
                document.body.appendChild(a);
                const t0 = performance.now();
                a.click(); a.remove();
                return t0;""", route)).doubleValue();
        return waitReady(graphId, t0) - t0;
    }

    /** Waits until the element {@code #graphId} has drawn a graph's first frame after {@code after}; returns when. */
    private double waitReady(String graphId, double after) {
        return ((Number) new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            Object at = js.executeScript("const el = document.getElementById(arguments[0]);"
                    + " return el && el.renderedAt > arguments[1] ? el.renderedAt : null;", graphId, after);
            return at;
        })).doubleValue();
    }

    /** A real mouse click on the node; from the click event to the server's span showing the id. */
    private double selectionRoundTrip(String graphId, String spanId, String nodeId) {
        WebDriver driver = browser.driver();
        js.executeScript("""
                const [el, span] = [document.getElementById(arguments[0]), document.getElementById(arguments[1])];
                window.__bench = {};
                el.addEventListener('click', () => window.__bench.click = performance.now(), {capture: true, once: true});
                el.addEventListener('node-select', () => window.__bench.event = performance.now(), {once: true});
                // The node under the pointer may be another one drawn on top: whichever the click selected.
                const wanted = () => (el.selection && el.selection.length ? el.selection[el.selection.length - 1]
                  : arguments[2]);
                new MutationObserver((_, o) => {
                  if (span.textContent === arguments[2] || span.getAttribute('data-node') === wanted()) {
                    window.__bench.updated = performance.now(); o.disconnect(); } })
                  .observe(span, {childList: true, characterData: true, subtree: true, attributes: true,
                    attributeFilter: ['data-node']});""", graphId, spanId, nodeId);
        // The page's layout may still move the diagram after its first frame: wait until the node stays put.
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) js.executeAsyncScript("""
                const [id, node, done] = arguments;
                const el = document.getElementById(id);
                const stage = el.shadowRoot.querySelector('#stage');
                const at = () => JSON.stringify([el.getBoundingClientRect(), el.viewportPosition(node),
                  el.sigma.getDimensions(), stage.clientWidth, stage.clientHeight]);
                let last = at();
                const check = () => { const now = at(); if (now === last) done(el.viewportPosition(node));
                  else { last = now; setTimeout(check, 200); } };
                setTimeout(check, 200);""", graphId, nodeId);
        var el = driver.findElement(org.openqa.selenium.By.id(graphId));
        int x = xy.get(0).intValue() - el.getRect().getWidth() / 2, y = xy.get(1).intValue() - el.getRect().getHeight() / 2;
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(el, x, y).pause(Duration.ofMillis(100)).click().perform();
        try {
            double ms = ((Number) new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> js.executeScript(
                    "const b = window.__bench; return b.updated && b.click ? b.updated - b.click : null;")))
                    .doubleValue();
            selectionParts.add(String.valueOf(js.executeScript("""
                    const b = window.__bench;
                    const r = performance.getEntriesByType('resource')
                      .filter(e => e.name.includes('v-r=uidl') && e.startTime >= b.click)[0];
                    const f = (v) => Math.round(v);
                    return r ? `click→event ${f(b.event - b.click)}, →request ${f(r.startTime - b.event)},`
                      + ` request→response ${f(r.responseEnd - r.startTime)}, →span ${f(b.updated - r.responseEnd)} ms`
                      : 'no request seen';""")));
            return ms;
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("no selection round trip for " + nodeId + " at " + xy + ": "
                    + js.executeScript("return JSON.stringify(window.__bench) + ' span=' + document.getElementById("
                    + "arguments[0]).textContent + ' selection=' + document.getElementById(arguments[1]).selection"
                    + " + ' rect=' + JSON.stringify(document.getElementById(arguments[1]).getBoundingClientRect())"
                    + " + ' dims=' + JSON.stringify(document.getElementById(arguments[1]).sigma.getDimensions())"
                    + " + ' scroll=' + window.scrollY + ' inner=' + innerWidth + 'x' + innerHeight"
                    + " + ' pos=' + document.getElementById(arguments[1]).viewportPosition(arguments[2])",
                    spanId, graphId, nodeId) + " selenium rect " + el.getRect().getWidth() + "x"
                    + el.getRect().getHeight() + "@" + el.getRect().getX() + "," + el.getRect().getY(), e);
        }
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-66s median %6.0f ms  (min %.0f, max %.0f; %s)%n", what,
                sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast(),
                ms.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }
}
