package io.storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures carrying {@code <script>}, {@code onerror=} and {@code javascript:} links (in titles,
 * site names, authors, texts, removed clutter, URLs and file names) render inert on every page:
 * the only script is the server's own file, no element has an event handler, no link or form
 * target is a {@code javascript:} (or any non-http) URL, and the hostile strings appear as text.
 */
class HostileCaptureTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static List<String> articles = new ArrayList<>();
    static String group;

    @BeforeAll
    static void start() throws IOException {
        Path hostile = TestServer.resource("hostile");
        List<Path> inputs = new ArrayList<>();
        try (var s = Files.list(hostile)) {
            s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(inputs::add);
        }
        // a broken gzip whose file name is itself hostile: it fails, and its name reaches the ledger and quarantine
        Path broken = dir.resolve("evil\"><script>window.__pwned=1<\\script><img src=x onerror=alert(1)>.html.gz");
        Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5});
        inputs.add(broken);
        server = TestServer.start(dir, true, inputs);
        JsonNode list = Json.MAPPER.readTree(server.get("/api/articles?limit=100").body());
        for (JsonNode a : list.path("articles")) articles.add(a.path("id").asText());
        group = Json.MAPPER.readTree(server.get("/api/duplicates").body()).path("duplicateGroups").path(0).path("id").asText();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** Fails unless the page holds no script but the server's own, no handler, no non-http link target. */
    static void assertInert(String html, String where) {
        Document d = Jsoup.parse(html);
        for (Element s : d.select("script")) {
            assertTrue(s.attr("src").startsWith("/static/app.js?v=") && s.data().isBlank(), where + ": foreign script " + s);
        }
        assertTrue(d.select("iframe, frame, object, embed, svg, math, img, base, style, link[rel=import], meta[http-equiv]")
                .isEmpty(), where + ": element that can load or run something");
        for (Element e : d.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String k = a.getKey().toLowerCase(Locale.ROOT), v = a.getValue().strip().toLowerCase(Locale.ROOT);
                assertFalse(k.startsWith("on"), where + ": handler attribute " + e);
                assertFalse(k.equals("style") || k.equals("srcdoc"), where + ": " + k + " attribute " + e);
                if (Set.of("href", "src", "action", "formaction", "xlink:href", "data").contains(k)) {
                    assertTrue(v.startsWith("/") && !v.startsWith("//") || v.startsWith("http://") || v.startsWith("https://")
                            || v.startsWith("?") || v.startsWith("#"), where + ": link target " + e);
                }
            }
        }
    }

    static void assertSecured(HttpResponse<String> r, String where) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals(WebServer.CSP, csp, where);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
        assertTrue(csp.contains("frame-ancestors 'none'"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), where);
    }

    private List<String> pages() {
        List<String> out = new ArrayList<>(List.of("/", "/?q=ferry", "/?q=script", "/?q=%3Cscript%3E&sort=newest",
                "/?q=pwned&from=2024&to=2024-05", "/?from=%3Cscript%3E", "/duplicates", "/runs", "/runs/1",
                "/runs/1?status=failed", "/runs/1?status=skipped", "/quarantine", "/ingest",
                "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/nothing/%3Cimg%20src=x%20onerror=alert(1)%3E",
                "/?site=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E"));
        for (String a : articles) {
            out.add("/articles/" + a);
            out.add("/articles/" + a + "?q=script+pwned");
            out.add("/articles/" + a + "?q=%3Cimg+onerror%3D");
        }
        out.add("/duplicates/" + group);
        for (String a : articles) out.add("/duplicates/" + group + "?member=" + a);
        return out;
    }

    @Test
    void theHostileCapturesWereStoredWithTheirMarkupAsText() throws IOException {
        assertEquals(3, articles.size(), "two HTML pages and one JSON Lines record");
        assertFalse(group.isEmpty(), "the two ferry pages are copies of one another");
        JsonNode quarantine = Json.MAPPER.readTree(server.get("/api/quarantine").body()).path("quarantine");
        assertEquals(1, quarantine.size());
        assertTrue(quarantine.get(0).path("input").asText().contains("<script>"));
    }

    @Test
    void everyPageRendersTheCapturesInert() {
        int hostileTextSeen = 0;
        for (String page : pages()) {
            HttpResponse<String> r = server.get(page);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400 || r.statusCode() == 404, page + ": " + r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            assertSecured(r, page);
            assertInert(r.body(), page);
            String text = Jsoup.parse(r.body()).text();
            if (text.contains("<script>window.__pwned=1</script>") || text.contains("onerror=")) hostileTextSeen++;
        }
        assertTrue(hostileTextSeen >= articles.size() + 3, "hostile strings are shown as text, escaped, not dropped: " + hostileTextSeen);
    }

    @Test
    void theArticlePageShowsTheHostileTitleAsTextAndNoJavascriptLink() throws IOException {
        for (String id : articles) {
            JsonNode a = Json.MAPPER.readTree(server.get("/api/articles/" + id).body());
            Document d = Jsoup.parse(server.get("/articles/" + id).body());
            assertEquals(a.path("title").asText(), d.selectFirst("h1").text());
            if (a.path("url").asText().startsWith("javascript:")) {
                assertTrue(d.select("a.external").isEmpty());
                assertTrue(d.text().contains("javascript:window.__pwned=1"), "shown as text");
            }
            if (a.path("removed").size() > 0) {
                Element removed = d.selectFirst("details#removed");
                assertEquals(a.path("removed").size(), removed.select("li").size());
                assertFalse(removed.hasAttr("open"), "removed clutter is shown on demand");
            }
        }
    }

    @Test
    void jsonIsServedAsJsonWithTheSameHeaders() {
        for (String p : List.of("/api/articles", "/api/search?q=script", "/api/articles/" + articles.get(0), "/api/duplicates",
                "/api/duplicates/" + group, "/api/runs", "/api/ledger", "/api/quarantine", "/api/overview", "/api/sites",
                "/api/nothing")) {
            HttpResponse<String> r = server.get(p);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), p);
            assertSecured(r, p);
        }
    }
}
