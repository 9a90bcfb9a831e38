package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.extract.Extractor;
import io.storyline.extract.HtmlExtractor;
import io.storyline.extract.text.TextCaptureExtractor;
import io.storyline.ingest.Limits;
import io.storyline.model.Article;
import io.storyline.model.Status;
import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Ingest into a store: idempotent, one ledger row per input, failures quarantined and replayable. */
class IngestionTest {
    static final String KOREAN = "등대지기는 사십 년 동안 하루도 빠짐없이 불을 밝혔다고 말했다. 마을 사람들은 그의 은퇴를 아쉬워했다.";

    @TempDir
    Path dir;

    static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><article><p>" + body
                + " The harbour master confirmed the plan at a meeting with residents on Thursday evening.</p>"
                + "</article></body></html>";
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Ingestion ingestion(Store s, Pipeline p) {
        return new Ingestion(s, p, new Ingestion.Options(2, 3, java.time.Duration.ofSeconds(1)));
    }

    static Pipeline standard() {
        return Pipeline.standard(Limits.DEFAULT);
    }

    static Map<String, LedgerEntry> ledgerOf(Store s, long run) {
        return s.ledger(run, null, -1).stream().collect(Collectors.toMap(LedgerEntry::input, Function.identity()));
    }

    @Test
    void secondIngestAddsNothing() throws IOException {
        for (int i = 0; i < 7; i++) write("p" + i + ".html", page("Story " + i, "Body of story number " + i + "."));
        write("empty.html", "");
        write("broken.jsonl", "{\"html\": \"<p>fine line, long enough to be a body paragraph of its own here.</p>\"}\n{oops\n");
        try (Store s = Store.open(dir.resolve("s.db"))) {
            Ingestion.Summary first = ingestion(s, standard()).ingest(List.of(dir.resolve("in").toString()), r -> { });
            assertEquals(8, first.ok());
            assertEquals(1, first.skipped());
            assertEquals(1, first.failed());
            assertEquals(8, s.countArticles());
            assertEquals(10, s.ledger(first.runId(), null, -1).size());

            Ingestion.Summary second = ingestion(s, standard()).ingest(List.of(dir.resolve("in").toString()), r -> { });
            assertEquals(0, second.ok());
            assertEquals(9, second.skipped());
            assertEquals(1, second.failed());
            assertEquals(8, s.countArticles());
            LedgerEntry again = ledgerOf(s, second.runId()).get(dir.resolve("in/p3.html").toString());
            assertEquals(Status.SKIPPED, again.status());
            assertTrue(again.reason().startsWith("duplicate: already stored as a-"), again.reason());
            assertTrue(again.reason().endsWith("(from " + dir.resolve("in/p3.html") + ")"), again.reason());
            assertTrue(again.articleId().startsWith("a-"));
            assertEquals(2, s.quarantine().get(0).attempts());
            assertEquals(List.of("done", "done"), s.runs().stream().map(RunInfo::status).toList());
        }
    }

    @Test
    void sameContentTwiceInOneRunIsStoredOnce() throws IOException {
        String same = page("Twins", "Identical pages saved under two names.");
        write("a.html", same);
        write("b.html", same);
        write("c.html", page("Other", "A different page."));
        try (Store s = Store.open(dir.resolve("s.db"))) {
            Ingestion.Summary sum = ingestion(s, standard()).ingest(List.of(dir.resolve("in").toString()), r -> { });
            assertEquals(2, sum.ok());
            assertEquals(1, sum.skipped());
            LedgerEntry b = ledgerOf(s, sum.runId()).get(dir.resolve("in/b.html").toString());
            assertEquals("duplicate: same content as " + dir.resolve("in/a.html") + ", earlier in this run", b.reason());
            assertEquals(2, s.countArticles());
        }
    }

    /** A stage with a bug on pages that say FRAGILE; the standard pipeline is the fix. */
    static Pipeline buggy() {
        Extractor html = new HtmlExtractor();
        Extractor fragile = (doc, deadline) -> {
            if (doc.content().contains("FRAGILE")) throw new IllegalStateException("parser bug");
            return html.extract(doc, deadline);
        };
        return new Pipeline(Limits.DEFAULT, fragile, new TextCaptureExtractor());
    }

    @Test
    void replayAfterAFixStoresWhatFailedWithItsCaptureDetails() throws IOException {
        write("plain.html", page("Plain", "FRAGILE plain page."));
        write("feed.jsonl", "{\"url\":\"https://greyrock.example/ok\",\"html\":" + json(page("Fine", "A fine record.")) + "}\n"
                + "{\"url\":\"https://greyrock.example/fragile\",\"fetched\":\"2021-02-03T09:00:00Z\",\"html\":"
                + json(page("Fragile", "FRAGILE record.")) + "}\n");
        Path warc = dir.resolve("in/crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            byte[] body = page("등대", KOREAN + " FRAGILE").getBytes(Charset.forName("EUC-KR"));
            w.write(new WarcResponse.Builder("https://greyrock.example/ko").date(Instant.parse("2021-02-03T00:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=euc-kr"), body).build())
                    .build());
        }
        try (Store s = Store.open(dir.resolve("s.db"))) {
            Ingestion.Summary first = ingestion(s, buggy()).ingest(List.of(dir.resolve("in").toString()), r -> { });
            assertEquals(1, first.ok());
            assertEquals(3, first.failed());
            assertEquals(List.of("capture", "capture", "capture"), s.quarantine().stream().map(QuarantineEntry::stage).toList());
            assertEquals("error: IllegalStateException: parser bug", s.quarantine().get(0).reason());

            List<BatchRunner.Result> seen = new ArrayList<>();
            Ingestion.Summary replay = ingestion(s, standard()).replay(List.of(), seen::add);
            assertEquals(3, replay.ok(), s.ledger(replay.runId(), null, -1).toString());
            assertTrue(s.quarantine().isEmpty());
            assertEquals(4, s.countArticles());
            assertEquals("replay", s.runs().get(1).command());
            Map<String, LedgerEntry> ledger = ledgerOf(s, replay.runId());
            Article fromJsonl = s.article(ledger.get(dir.resolve("in/feed.jsonl") + "#2").articleId()).orElseThrow();
            assertEquals("https://greyrock.example/fragile", fromJsonl.url());
            Article fromWarc = s.article(ledger.get(warc + "#1").articleId()).orElseThrow();
            assertEquals("https://greyrock.example/ko", fromWarc.url());
            assertTrue(fromWarc.text().contains(KOREAN), "the HTTP charset survived the quarantine: " + fromWarc.text());
            assertEquals(1, fromWarc.provenance().record());
        }
    }

    @Test
    void replayOfInputsIngestCouldNotRead() throws IOException {
        Path target = dir.resolve("later.html");
        Files.createDirectories(dir.resolve("in"));
        Files.createSymbolicLink(dir.resolve("in/link.html"), target);
        byte[] gz = gzip(page("Cut", "A page whose compressed file was cut short.").repeat(30).getBytes(StandardCharsets.UTF_8));
        write("cut.html.gz", Arrays.copyOf(gz, gz.length / 2));
        write("feed.jsonl", "{\"text\": broken}\n");
        try (Store s = Store.open(dir.resolve("s.db"))) {
            Ingestion.Summary first = ingestion(s, standard()).ingest(List.of(dir.resolve("in").toString()), r -> { });
            assertEquals(3, first.failed());
            // the dangling link kept nothing, the cut file all of itself, the broken line its 16 bytes
            assertEquals(List.of(-1L, 16L, (long) gz.length / 2),
                    s.quarantine().stream().map(QuarantineEntry::rawSize).sorted().toList());

            Files.writeString(target, page("Later", "The file the link points to exists now."));
            Ingestion.Summary one = ingestion(s, standard()).replay(List.of(dir.resolve("in/link.html").toString()), r -> { });
            assertEquals(1, one.ok());
            assertEquals(2, s.quarantine().size());

            Ingestion.Summary rest = ingestion(s, standard()).replay(List.of(), r -> { });
            assertEquals(2, rest.failed());
            Map<String, LedgerEntry> ledger = ledgerOf(s, rest.runId());
            assertTrue(ledger.get(dir.resolve("in/cut.html.gz").toString()).reason().startsWith("truncated-gzip:"));
            assertTrue(ledger.get(dir.resolve("in/feed.jsonl") + "#1").reason().startsWith("invalid-json: line 1"));
            assertTrue(s.quarantine().stream().allMatch(q -> q.attempts() == 2));
        }
    }

    @Test
    void badInputsHaveTheSameReasonsInTheLedgerAsInAnalyze() throws IOException {
        write("good.html", page("Good", "A good page among bad ones."));
        write("empty.html", "");
        write("photo.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        byte[] gz = gzip(page("Cut", "Cut short.").repeat(30).getBytes(StandardCharsets.UTF_8));
        write("cut.html.gz", Arrays.copyOf(gz, gz.length / 2));
        write("feed.jsonl", "{\"text\": \"A record long enough to count as the body of an article, twelve words.\"}\n{broken\n");
        Files.createSymbolicLink(dir.resolve("in/gone.html"), dir.resolve("nowhere.html"));
        write("clutter.txt", "Home\nNews\nSport\nShare on Facebook\nSubscribe\n© 2021 Greyrock Gazette\n");
        byte[] damaged = page("Ünïcode", "Zürich – “quoted” text.").getBytes(StandardCharsets.UTF_8);
        damaged[damaged.length - 30] = (byte) 0xFF;
        write("damaged.html", damaged);
        List<String> paths = List.of(dir.resolve("in").toString());

        Map<String, String> analyze = new java.util.TreeMap<>();
        new BatchRunner(standard(), 2).run(paths, o -> analyze.put(o.input(), o.status().label() + " " + o.reason()));
        try (Store s = Store.open(dir.resolve("s.db"))) {
            Ingestion.Summary sum = ingestion(s, standard()).ingest(paths, r -> { });
            Map<String, String> ledger = new java.util.TreeMap<>();
            for (LedgerEntry e : s.ledger(sum.runId(), null, -1)) ledger.put(e.input(), e.status().label() + " " + e.reason());
            assertEquals(analyze, ledger);
            assertEquals(9, ledger.size(), ledger.toString());
            Set<String> codes = new java.util.TreeSet<>();
            for (String v : ledger.values()) {
                String reason = v.substring(v.indexOf(' ') + 1);
                if (!reason.equals("null")) codes.add(reason.substring(0, reason.indexOf(':')));
            }
            assertEquals(Set.of("empty", "not-a-document", "truncated-gzip", "invalid-json", "unreadable", "no-article",
                    "invalid-utf-8"), codes);
        }
    }

    @Test
    void progressSeesEveryResultInOrder() throws IOException {
        for (int i = 0; i < 12; i++) write("p" + (char) ('a' + i) + ".html", page("S" + i, "Story " + i + "."));
        try (Store s = Store.open(dir.resolve("s.db"))) {
            List<String> seen = new ArrayList<>();
            ingestion(s, standard()).ingest(List.of(dir.resolve("in").toString()), r -> seen.add(r.outcome().input()));
            assertEquals(s.ledger(null, null, -1).stream().map(LedgerEntry::input).toList(), seen);
        }
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }
}
