package io.storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.storyline.store.StoreException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routes, API shapes, the OpenAPI document, guards, limits, and ingest from the UI. */
class WebServerTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, true, List.of(TestServer.resource("hostile")));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws IOException {
        JsonNode spec = json(server.get("/api/openapi.json"));
        assertEquals("3.0.3", spec.path("openapi").asText());
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
                documented.add(m.next().toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }
        TreeSet<String> routes = new TreeSet<>();
        for (ParsedEndpoint e : server.server.app().unsafe.internalRouter.allHttpHandlers()) {
            HandlerType t = e.endpoint.method;
            if (t.isHttpMethod()) routes.add(t.name() + " " + e.endpoint.path);
        }
        assertEquals(routes, documented, "openapi.json documents exactly the routes the server has");
        for (String r : routes) {
            JsonNode op = spec.path("paths").path(r.substring(r.indexOf(' ') + 1)).path(r.substring(0, r.indexOf(' ')).toLowerCase(Locale.ROOT));
            assertFalse(op.path("summary").asText().isBlank(), r + " has a summary");
            assertTrue(op.path("responses").size() > 0, r + " has responses");
        }
    }

    @Test
    void searchGivesRankedResultsWithMatchRanges() throws IOException {
        JsonNode r = json(server.get("/api/search?q=gangway&limit=5"));
        assertTrue(r.path("total").asInt() >= 2);
        JsonNode first = null;
        for (JsonNode x : r.path("results")) if (first == null && x.path("snippet").path("highlights").size() > 0) first = x;
        assertNotNull(first, "a result with the word in its text");
        String snippet = first.path("snippet").path("text").asText();
        JsonNode h = first.path("snippet").path("highlights").get(0);
        assertEquals("gangway", snippet.substring(h.get(0).asInt(), h.get(1).asInt()).toLowerCase(Locale.ROOT));
        assertTrue(first.path("score").asDouble() >= 0);
        JsonNode filtered = json(server.get("/api/search?q=gangway&from=2024-05-03&to=2024-05-03"));
        assertEquals(1, filtered.path("total").asInt());
        assertEquals(400, server.get("/api/search?q=gangway&speaker=e-1").statusCode(), "unknown filters are refused");
        assertEquals(400, server.get("/api/search?q=gangway&entity=Lee").statusCode(), "an entity filter takes an entity id");
        assertEquals(0, json(server.get("/api/search?q=gangway&entity=e-000000000000")).path("total").asInt());
        assertEquals(400, server.get("/api/search?q=gangway&from=May").statusCode());
        assertEquals(400, server.get("/api/search?q=%22%22").statusCode(), "nothing to search for");
        assertEquals(400, server.get("/api/search?q=x&limit=1000").statusCode());
        JsonNode err = json(server.get("/api/search?q=gangway&sort=loudest"));
        assertTrue(err.path("error").asText().contains("unknown sort"));
    }

    @Test
    void articlesFollowTheContract() throws IOException {
        JsonNode list = json(server.get("/api/articles?sort=oldest"));
        assertTrue(list.path("total").asInt() >= 3);
        String id = list.path("articles").get(0).path("id").asText();
        JsonNode a = json(server.get("/api/articles/" + id));
        for (String f : List.of("id", "input", "url", "title", "authors", "site", "wire", "dateline", "published", "updated",
                "language", "text", "removed", "timexes", "provenance", "duplicateGroup")) {
            assertTrue(a.has(f), "article field " + f);
        }
        assertEquals(404, server.get("/api/articles/a-nope").statusCode());
        JsonNode groups = json(server.get("/api/duplicates"));
        JsonNode g = groups.path("duplicateGroups").get(0);
        for (String f : List.of("id", "canonical", "members", "relation", "similarity", "changes")) assertTrue(g.has(f), f);
        assertEquals(g, json(server.get("/api/duplicates/" + g.path("id").asText())));
        JsonNode change = g.path("changes").get(0);
        JsonNode member = json(server.get("/api/articles/" + change.path("member").asText()));
        assertEquals(change.path("to").asText(),
                member.path("text").asText().substring(change.path("start").asInt(), change.path("end").asInt()));
    }

    @Test
    void pagesHighlightSearchMatchesAndListCopies() throws IOException {
        Document search = Jsoup.parse(server.get("/?q=gangway").body());
        assertFalse(search.select("li.result mark.hl-match").isEmpty());
        String href = search.select("li.result").stream().filter(li -> !li.select("p.snippet mark").isEmpty())
                .findFirst().orElseThrow().selectFirst("h2 a").attr("href");
        Document article = Jsoup.parse(server.get(href).body());
        assertTrue(article.select("#text mark.hl-match").stream().allMatch(m -> m.text().equalsIgnoreCase("gangway")));
        assertFalse(article.select("#text mark.hl-match").isEmpty());
        String group = json(server.get("/api/duplicates")).path("duplicateGroups").get(0).path("id").asText();
        Document dup = Jsoup.parse(server.get("/duplicates/" + group).body());
        assertEquals(2, dup.select("table.members tbody tr").size());
        assertFalse(dup.select("#compare .text mark.hl-rewrite").isEmpty());
        assertEquals(dup.select("table.changes tbody tr").size() * 2, dup.select("#compare .text mark.hl-rewrite").size(),
                dup.select("#compare .text mark.hl-rewrite").toString());
    }

    @Test
    void foreignHostNamesAndCrossOriginWritesAreRefused() throws IOException {
        String ok = server.raw("GET /api/overview HTTP/1.1\r\nHost: localhost:" + server.server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(ok.startsWith("HTTP/1.1 200"), ok);
        String rebound = server.raw("GET /api/overview HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(rebound.contains("Content-Security-Policy: default-src 'none'"), "errors carry the headers too");
        HttpResponse<String> csrf = server.send(HttpRequest.newBuilder(server.uri("/api/replay"))
                .header("Origin", "http://evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"all\": true}")).build());
        assertEquals(403, csrf.statusCode());
        HttpResponse<String> site = server.send(HttpRequest.newBuilder(server.uri("/ingest/replay"))
                .header("Sec-Fetch-Site", "cross-site").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("all=1")).build());
        assertEquals(403, site.statusCode());
    }

    @Test
    void largeBodiesAreRefusedBeforeAnyHandlerReadsThem() {
        byte[] big = new byte[(1 << 20) + (128 << 10)];
        // "Expect: 100-continue", as careful clients send large bodies: the refusal comes before the
        // body is sent. Without it the server's early 413 and its closing of the connection race the
        // client's upload, and the client may see the connection reset before it reads the status.
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/ingest")).expectContinue(true)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(TestServer.multipart("b", List.of("big.html"), List.of(big))).build());
        assertEquals(413, r.statusCode());
    }

    @Test
    void uploadsAreStoredUnderServerNamesIngestedAndReportedInTheLedger() throws Exception {
        byte[] page = ("<html><head><title>Quay lights</title></head><body><article><h1>Quay lights return</h1>"
                + "<p>The quay lights of Portvale were switched on again on Monday evening after the harbour board replaced"
                + " the old cables, the board said, and the crossings will run late again from next week.</p>"
                + "<p>Residents had asked for the lights since the winter storms, when two lamps fell into the water.</p>"
                + "</article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(TestServer.multipart("xyz", List.of("../../../../tmp/.hidden\"<script>.html", "empty.txt"),
                        List.of(page, new byte[0]))).build());
        assertEquals(202, r.statusCode(), r.body());
        JsonNode job = json(r);
        List<String> stored = new ArrayList<>();
        for (JsonNode u : job.path("uploads")) stored.add(u.path("input").asText());
        for (String s : stored) {
            Path p = Path.of(s);
            assertTrue(p.getFileName().toString().matches("\\d{4}-[A-Za-z0-9._-]+"), s);
            assertTrue(p.normalize().equals(p) && p.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), s);
        }
        assertEquals("0001-hidden_22_script_.html", Path.of(stored.get(0)).getFileName().toString());
        JsonNode done = job;
        for (int i = 0; i < 200 && !done.path("state").asText().matches("done|failed"); i++) {
            Thread.sleep(100);
            done = json(server.get("/api/ingest/jobs/" + job.path("id").asLong()));
        }
        assertEquals("done", done.path("state").asText(), done.toString());
        assertEquals(1, done.path("ok").asInt());
        assertEquals(1, done.path("skipped").asInt(), "the empty file is skipped with a reason");
        JsonNode ledger = json(server.get("/api/ledger?run=" + done.path("run").asLong()));
        assertEquals(2, ledger.path("ledger").size());
        assertEquals(1, json(server.get("/api/search?q=%22quay+lights%22")).path("total").asInt());
        Document jobPage = Jsoup.parse(server.get("/ingest/jobs/" + job.path("id").asLong()).body());
        assertEquals("done", jobPage.selectFirst("[data-field=state]").text());
        assertNotNull(jobPage.selectFirst("a[data-link=failed]"));
    }

    @Test
    void formUploadRedirectsToTheJobAndReplayRunsTheQuarantine() throws Exception {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=q1").header("Origin", server.server.url())
                .POST(TestServer.multipart("q1", List.of("broken.html.gz"), List.of(new byte[] {0x1f, (byte) 0x8b, 8, 0, 9})))
                .build());
        assertEquals(303, r.statusCode());
        String job = r.headers().firstValue("Location").orElseThrow();
        assertTrue(job.startsWith("/ingest/jobs/"), job);
        waitDone(job.substring(job.lastIndexOf('/') + 1));
        JsonNode q = json(server.get("/api/quarantine")).path("quarantine");
        assertTrue(q.size() >= 1, "the broken gzip is quarantined");
        HttpResponse<String> replay = server.send(HttpRequest.newBuilder(server.uri("/api/replay"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"inputs\": [" + Json.MAPPER.writeValueAsString(q.get(0).path("input").asText()) + "]}"))
                .build());
        assertEquals(202, replay.statusCode(), replay.body());
        JsonNode done = waitDone(json(replay).path("id").asText());
        assertEquals("replay", done.path("kind").asText());
        assertEquals(1, done.path("failed").asInt(), "still broken: it fails again, with its reason in the ledger");
        assertEquals(400, server.send(HttpRequest.newBuilder(server.uri("/api/replay"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode());
    }

    private static JsonNode waitDone(String id) throws Exception {
        JsonNode j = null;
        for (int i = 0; i < 200; i++) {
            j = json(server.get("/api/ingest/jobs/" + id));
            if (j.path("state").asText().matches("done|failed")) return j;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish: " + j);
    }

    @Test
    void withoutAllowIngestTheIngestRoutesDoNotExist(@TempDir Path other) throws IOException {
        try (TestServer ro = TestServer.start(other, false, List.of(TestServer.resource("hostile")))) {
            assertEquals(404, ro.get("/ingest").statusCode());
            assertEquals(404, ro.get("/api/ingest/jobs").statusCode());
            assertEquals(404, ro.send(HttpRequest.newBuilder(ro.uri("/api/ingest"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode());
            assertEquals(404, ro.send(HttpRequest.newBuilder(ro.uri("/ingest/replay"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("all=1")).build()).statusCode());
            Document q = Jsoup.parse(ro.get("/quarantine").body());
            assertTrue(q.select("form").isEmpty(), "no replay buttons");
            assertFalse(json(ro.get("/api/overview")).path("ingestAllowed").asBoolean());
        }
        assertThrows(StoreException.class, () -> WebServer.start(WebOptions.defaults(other.resolve("none.db")).withPort(0)));
        assertFalse(Files.exists(other.resolve("none.db")), "serving without ingest never creates a store");
    }

    @Test
    void staticFilesComeFromTheJarOnly() {
        assertEquals(200, server.get("/static/app.js").statusCode());
        assertEquals(200, server.get("/static/app.css").statusCode());
        for (String p : List.of("/static/..%2F..%2Fopenapi.json", "/static/..%2Fstatic%2Fapp.js", "/static/pom.xml",
                "/static/%2e%2e/%2e%2e/etc/passwd")) {
            int s = server.get(p).statusCode();
            assertTrue(s == 404 || s == 400, p + ": " + s);
        }
    }
}
