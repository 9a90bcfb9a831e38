package io.storyline.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading requests beyond {@link WebOptions#maxActive()} wait their turn and are then served whole. */
class AdmissionTest {
    @TempDir
    Path dir;

    private static final List<String> PATHS = List.of("/api/search?q=gangway", "/?q=ferry", "/api/articles?limit=5",
            "/api/stories", "/stories", "/api/sites");

    @Test
    void requestsBeyondTheLimitWaitTheirTurnAndAreAnsweredAsAlone() throws Exception {
        try (TestServer server = TestServer.start(dir, false, List.of(TestServer.resource("hostile")), o -> o.withMaxActive(1));
             ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<String> alone = new ArrayList<>();
            for (String p : PATHS) {
                HttpResponse<String> r = server.get(p);
                assertEquals(200, r.statusCode(), p);
                alone.add(r.body());
            }
            assertArrayEquals(new long[2], server.server.admissionCounts(), "one request at a time never waits");
            // rounds of 48 requests at once until some had to wait (the first round nearly always)
            for (int round = 0; round < 20 && server.server.admissionCounts()[0] == 0; round++) {
                List<Future<HttpResponse<String>>> sent = new ArrayList<>();
                for (int i = 0; i < 48; i++) {
                    String p = PATHS.get(i % PATHS.size());
                    sent.add(pool.submit(() -> server.get(p)));
                }
                for (int i = 0; i < sent.size(); i++) {
                    HttpResponse<String> r = sent.get(i).get();
                    assertEquals(200, r.statusCode(), PATHS.get(i % PATHS.size()));
                    assertEquals(alone.get(i % PATHS.size()), r.body(), "a request that waited is answered as when alone");
                }
            }
            long[] counts = server.server.admissionCounts();
            assertTrue(counts[0] > 0, "with one request served at a time, some of 48 sent at once waited");
            assertEquals(0, counts[1], "none waited too long or was refused");
        }
    }

    @Test
    void aNegativeLimitIsRefused() {
        WebOptions o = WebOptions.defaults(dir.resolve("x.db"));
        assertThrows(IllegalArgumentException.class, () -> o.withMaxActive(-1));
        assertEquals(0, o.withMaxActive(0).maxActive(), "0 means no limit");
        assertTrue(o.maxActive() >= 2, "by default a few requests are served at once");
    }
}
