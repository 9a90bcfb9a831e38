package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.DateValue;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Precision;
import io.storyline.model.Provenance;
import io.storyline.model.Removed;
import io.storyline.model.Segment;
import io.storyline.model.Status;
import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store writes and reads back: articles in full, ledger rows, quarantine, runs. */
class StoreTest {
    @TempDir
    Path dir;

    static Capture capture(String input, int record, String content) {
        Provenance p = record == 0 ? Provenance.ofFile(input) : new Provenance(input, record, 1000L * record);
        return new Capture(p, Format.HTML, content.getBytes(StandardCharsets.UTF_8), "https://greyrock.example/" + record,
                "utf-8", Instant.parse("2021-02-03T06:00:00Z"), null);
    }

    /** An article with every field set, made from a capture. */
    static Article article(Capture c) {
        String hash = Pipeline.contentHash(c);
        Article.Builder b = Article.builder();
        b.id = Pipeline.articleId(hash);
        b.contentHash = hash;
        b.provenance = c.provenance();
        b.url = c.url();
        b.canonicalUrl = "https://greyrock.example/canonical";
        b.title = "Greyrock lighthouse keeper retires";
        b.authors = new ArrayList<>(List.of("Mara Quill", "Tobias Fenn"));
        b.site = "Greyrock Gazette";
        b.wire = "Coastal Press";
        b.dateline = "GREYROCK";
        b.published = new DateValue("2021-02-03T15:35+05:30", Precision.MINUTE, false, "meta article:published_time");
        b.updated = new DateValue("2021-02", Precision.MONTH, true, "inferred from the text");
        b.language = "en";
        b.description = "After forty years, the light goes automatic.";
        b.text = "First paragraph.\n\nSecond paragraph, with “quotes” and 한국어.";
        b.segments = new ArrayList<>(List.of(new Segment(0, 16, 120, 150, "paragraph"), new Segment(18, 60, 160, 230, "paragraph")));
        b.removed = new ArrayList<>(List.of(new Removed("Share on social", "share", 10, 25), new Removed("Home", "navigation", -1, -1)));
        b.format = Format.HTML;
        b.charset = "UTF-8";
        return b.build();
    }

    static BatchRunner.Result ok(Capture c) {
        return new BatchRunner.Result(Outcome.ok(article(c)), c.provenance(), c);
    }

    @Test
    void articleRoundTripsInFull() {
        try (Store s = Store.open(dir.resolve("s.db"))) {
            long run = s.beginRun("ingest", List.of("x"));
            Capture c = capture("crawl.warc.gz", 3, "<p>page</p>");
            s.record(run, 1, List.of(ok(c)));
            Article back = s.article(article(c).id()).orElseThrow();
            assertEquals(article(c), back);
            assertEquals(3, back.provenance().record());
            assertEquals(3000, back.provenance().recordOffset());
        }
    }

    @Test
    void recordWritesLedgerQuarantineAndCounters() {
        try (Store s = Store.open(dir.resolve("s.db"))) {
            long run = s.beginRun("ingest", List.of("in"));
            Capture good = capture("good.html", 0, "<p>good</p>");
            Capture bad = capture("bad.html", 0, "<p>bad</p>");
            BatchRunner.Result failed = new BatchRunner.Result(
                    Outcome.failed("bad.html", "timeout: test", bad.bytes()), bad.provenance(), bad);
            BatchRunner.Result empty = new BatchRunner.Result(
                    Outcome.skipped("empty.html", "empty: test"), Provenance.ofFile("empty.html"), null);
            List<Status> statuses = s.record(run, 1, List.of(ok(good), failed, empty));
            assertEquals(List.of(Status.OK, Status.FAILED, Status.SKIPPED), statuses);
            List<LedgerEntry> ledger = s.ledger(run, null, -1);
            assertEquals(List.of("good.html", "bad.html", "empty.html"), ledger.stream().map(LedgerEntry::input).toList());
            assertEquals(article(good).id(), ledger.get(0).articleId());
            assertEquals("timeout: test", ledger.get(1).reason());
            List<QuarantineEntry> q = s.quarantine();
            assertEquals(1, q.size());
            assertEquals("capture", q.get(0).stage());
            assertEquals(bad.bytes().length, q.get(0).rawSize());

            // the same content again (another run got there first) is a duplicate, not a second article
            long run2 = s.beginRun("ingest", List.of("in"));
            assertEquals(List.of(Status.SKIPPED), s.record(run2, 1, List.of(ok(good))));
            assertEquals("duplicate: already stored (by another run meanwhile)", s.ledger(run2, null, -1).get(0).reason());
            assertEquals(1, s.countArticles());

            // failing again counts an attempt; succeeding releases the quarantine
            s.record(run2, 2, List.of(failed));
            assertEquals(2, s.quarantine().get(0).attempts());
            Capture fixed = capture("bad.html", 0, "<p>bad, fixed</p>");
            s.record(run2, 3, List.of(ok(fixed)));
            assertTrue(s.quarantine().isEmpty());

            RunInfo r1 = s.runs().get(0);
            assertEquals(1, r1.ok());
            assertEquals(1, r1.failed());
            assertEquals(1, r1.skipped());
            s.endRun(run2);
            assertEquals("done", s.runs().get(1).status());
        }
    }

    @Test
    void runsOfDeadProcessesAreMarkedInterrupted() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long deadPid = p.pid();
        try (Store s = Store.open(dir.resolve("s.db"))) {
            long stale = s.beginRun("ingest", List.of());
            try (Connection c = Store.connect(s.file(), false); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE runs SET pid = " + deadPid + " WHERE id = " + stale);
            }
            long live = s.beginRun("ingest", List.of());
            assertEquals("interrupted", s.runs().get(0).status());
            s.beginRun("replay", List.of());
            assertEquals("running", s.runs().stream().filter(r -> r.id() == live).findFirst().orElseThrow().status());
        }
    }

    @Test
    void searchAndListing() {
        try (Store s = Store.open(dir.resolve("s.db"))) {
            long run = s.beginRun("ingest", List.of());
            List<BatchRunner.Result> results = new ArrayList<>();
            for (int i = 1; i <= 5; i++) results.add(ok(capture("p" + i + ".html", 0, "<p>" + i + "</p>")));
            s.record(run, 1, results);
            assertEquals(5, s.articles(-1, 0, null).size());
            assertEquals(2, s.articles(2, 0, null).size());
            assertEquals(5, s.articles(10, 0, "한국어").size());
            assertEquals(0, s.articles(10, 0, "nowhere").size());
            assertEquals("ok", s.integrityCheck());
        }
    }
}
