package jp.tsunagari.council;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A projection view without a browser, for the council benchmark: it opens a Vaadin UI on a route in a signed-in
 * HTTP session the way Vaadin's own client does (the {@code v-r=init} request, the {@code ui-navigate} event, the
 * Atmosphere WebSocket for server push) and then only listens — it draws nothing, so 30 of them measure the server
 * rather than 30 software-rendered pages sharing its cores. It notes (epoch ms) when a push message first carries
 * each value of the gap panel's {@code data-seq} attribute, as the benchmark's page hook does in a browser.
 */
final class PushClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SEQ = Pattern.compile("\"key\":\"data-seq\"[^}]*?\"value\":\"(\\d+)\"");

    private final Map<Integer, Long> seqArrived = new ConcurrentHashMap<>();
    private final WebSocket socket;
    private volatile String lastError;
    private volatile long bytes;
    private volatile long lastPicture;

    private PushClient(WebSocket socket) {
        this.socket = socket;
    }

    /** Opens a UI on {@code route} (e.g. {@code council/ses-1/screen}) in the session of {@code sessionCookie}. */
    static PushClient open(int port, String sessionCookie, String route) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://localhost:" + port + "/";
        String cookie = "JSESSIONID=" + sessionCookie;
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                        + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=&v-ww=1280&v-wh=800"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            throw new IllegalStateException("v-r=init answered " + init.statusCode() + ": " + init.body());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        int uiId = config.path("v-uiId").asInt(-1);
        String csrf = config.path("uidl").path("Vaadin-Security-Key").asString(null);
        String pushId = config.path("uidl").path("Vaadin-Push-ID").asString(null);
        if (uiId < 0 || csrf == null || pushId == null) {
            throw new IllegalStateException("no UI id, security key or push id in " + init.body());
        }

        PushClient[] self = new PushClient[1];
        StringBuilder frame = new StringBuilder();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    String text = frame.toString();
                    frame.setLength(0);
                    long at = System.currentTimeMillis();
                    if (self[0] != null) {
                        self[0].received(text, at);
                    }
                }
                ws.request(1);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                if (self[0] != null) {
                    self[0].lastError = error.toString();
                }
            }
        };
        String push = "ws://localhost:" + port + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true";
        WebSocket socket = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(push), listener).get(30, TimeUnit.SECONDS);
        PushClient client = new PushClient(socket);
        self[0] = client;

        String navigate = JSON.writeValueAsString(Map.of("csrfToken", csrf, "syncId", 0, "clientId", 0,
                "rpc", java.util.List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate",
                        "data", Map.of("route", route, "query", "", "appShellTitle", "", "trigger", "")))));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().contains("screen-counts")) {
            throw new IllegalStateException("navigation to " + route + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        client.received(answer.body(), System.currentTimeMillis());
        return client;
    }

    private void received(String text, long at) {
        bytes += text.length();
        if (text.contains("applyPatch") || text.contains("\"key\":\"graph\"")) {
            lastPicture = at;
        }
        Matcher m = SEQ.matcher(text);
        while (m.find()) {
            seqArrived.putIfAbsent(Integer.parseInt(m.group(1)), at);
        }
    }

    /** When the push message showing change number {@code seq} arrived (epoch ms), or null. */
    Long arrived(int seq) {
        return seqArrived.get(seq);
    }

    /** When a message last carried the presenter's picture (a patch or a whole graph), epoch ms; 0: never. */
    long lastPicture() {
        return lastPicture;
    }

    /** Characters received so far (HTTP answer and push messages). */
    long received() {
        return bytes;
    }

    String error() {
        return lastError;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
    }

    /** Tries one client against a running app: {@code PushClient <port> <JSESSIONID> <route>}. */
    public static void main(String[] args) throws Exception {
        try (PushClient client = open(Integer.parseInt(args[0]), args[1], args[2])) {
            System.out.println("opened; received " + client.received() + " characters; waiting 60 s for pushes");
            long end = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < end) {
                Thread.sleep(1000);
                System.out.println("seqs " + client.seqArrived + " received " + client.received() + " error "
                        + client.error());
            }
        }
    }
}
