package io.storyline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.export.Analysis;
import io.storyline.export.JsonReport;
import io.storyline.ingest.Limits;
import io.storyline.model.Outcome;
import io.storyline.model.Status;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Every bad input of the foundation issue in one batch, next to good pages: each gets its own
 * specific reason in the analyze {@code inputs}, the good pages are processed, nothing crashes
 * or hangs.
 */
class BadInputTest {
    static final String GOOD = "<!doctype html><html><head><title>Ferry timetable changes</title></head><body>"
            + "<article><p>The Northbay ferry will run every twenty minutes from Monday, the harbour authority said on"
            + " Friday, after passenger numbers rose sharply over the winter months.</p><p>Commuters welcomed the"
            + " change but asked for later evening sailings as well, according to a survey by the operator.</p>"
            + "</article></body></html>";
    static final String CLUTTER = String.join("\n", "Home", "News", "Sport", "Weather", "Share on Facebook",
            "Share on X", "Email this article", "Subscribe to our newsletter", "Sign in", "Most read",
            "Advertisement", "Cookie settings", "Contact us", "Terms of use", "© 2021 Northbay Daily Ltd.", "");

    @TempDir
    static Path dir;
    static Map<String, Outcome> byInput;
    static JsonNode report;
    static long millis;

    @BeforeAll
    static void runBatch() throws IOException {
        write("00-good.html", GOOD.getBytes(StandardCharsets.UTF_8));
        write("01-empty.html", new byte[0]);
        write("02-photo.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        try (OutputStream out = Files.newOutputStream(dir.resolve("03-huge.html"))) {
            byte[] chunk = "<p>filler filler filler filler filler filler filler filler filler filler</p>\n"
                    .repeat(13_000).getBytes(StandardCharsets.US_ASCII); // about 1 MiB
            for (long n = 0; n < 50L << 20; n += chunk.length) out.write(chunk);
        }
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("03-huge.html").toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        write("04-deep.html", deep(100_000).getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = GOOD.replace("Northbay", "Nørthbay – “Ferries”").getBytes(StandardCharsets.UTF_8);
        utf8[GOOD.indexOf("Commuters") + 10] = (byte) 0xFE;
        write("05-invalid-utf8.html", utf8);
        write("06-latin1-declared-utf8.html", GOOD.replace("<title>", "<meta charset=utf-8><title>")
                .replace("ferry", "ferry café").getBytes(Charset.forName("windows-1252")));
        byte[] gz = gzip(GOOD.repeat(40).getBytes(StandardCharsets.UTF_8));
        write("07-truncated.html.gz", Arrays.copyOf(gz, gz.length / 2));
        warc(dir.resolve("08-truncated.warc.gz"));
        write("09-feed.jsonl", ("{\"url\":\"https://northbay.example/1\",\"html\":" + json(GOOD) + "}\n"
                + "{\"url\":\"https://northbay.example/2\",\"html\":\"<p>unterminated\n"
                + "{\"url\":\"https://northbay.example/3\",\"text\":" + json(GOOD.replaceAll("<[^>]+>", "\n")) + "}\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("10-folder"));
        Files.createSymbolicLink(dir.resolve("10-folder/dangling.html"), dir.resolve("10-folder/nowhere.html"));
        write("10-folder/inside.html", GOOD.replace("twenty", "thirty").getBytes(StandardCharsets.UTF_8));
        write("11-clutter.txt", CLUTTER.getBytes(StandardCharsets.UTF_8));
        write("12-good.txt", ("Northbay ferry timetable changes\n\n" + GOOD.replaceAll("<[^>]+>", "\n"))
                .getBytes(StandardCharsets.UTF_8));

        List<Outcome> outcomes = new ArrayList<>();
        long t0 = System.nanoTime();
        new BatchRunner(Pipeline.standard(Limits.DEFAULT), 2).run(List.of(dir.toString()), outcomes::add);
        millis = (System.nanoTime() - t0) / 1_000_000;
        byInput = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            String key = o.input().substring(dir.toString().length() + 1);
            if (byInput.put(key, o) != null) throw new AssertionError("two outcomes for " + key);
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonReport.write(new Analysis(outcomes), json, false);
        report = new ObjectMapper().readTree(json.toByteArray());
    }

    static String deep(int levels) {
        StringBuilder sb = new StringBuilder(levels * 6 + 200).append("<html><body>");
        for (int i = 0; i < levels; i++) sb.append("<div>");
        sb.append("<p>A paragraph at the bottom of a very deep tree, long enough to count as text.</p>");
        return sb.toString();
    }

    static String json(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    /** Three responses, cut in the middle of the third. */
    static void warc(Path p) throws IOException {
        Path whole = p.resolveSibling("whole.tmp");
        long third;
        try (WarcWriter w = new WarcWriter(FileChannel.open(whole, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int i = 1; i <= 2; i++) {
                w.write(new WarcResponse.Builder("https://northbay.example/w" + i).date(Instant.parse("2021-02-03T00:00:00Z"))
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                                GOOD.replace("Friday", "Friday (" + i + ")").getBytes(StandardCharsets.UTF_8)).build()).build());
            }
            third = w.position();
            w.write(new WarcResponse.Builder("https://northbay.example/w3").body(new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html"), GOOD.repeat(20).getBytes(StandardCharsets.UTF_8)).build()).build());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        Files.write(p, Arrays.copyOf(bytes, (int) third + 100));
    }

    private static Outcome outcome(String key) {
        Outcome o = byInput.get(key);
        assertNotNull(o, "no outcome for " + key + " in " + byInput.keySet());
        return o;
    }

    private static void assertOutcome(String key, Status status, String reasonStart) {
        Outcome o = outcome(key);
        assertEquals(status, o.status(), key + ": " + o.reason());
        if (reasonStart != null) {
            assertNotNull(o.reason(), key);
            assertTrue(o.reason().startsWith(reasonStart), key + ": " + o.reason());
        }
    }

    @Test
    void everyInputHasExactlyOneOutcome() {
        assertEquals(List.of("00-good.html", "01-empty.html", "02-photo.html", "03-huge.html", "04-deep.html",
                "05-invalid-utf8.html", "06-latin1-declared-utf8.html", "07-truncated.html.gz",
                "08-truncated.warc.gz#1", "08-truncated.warc.gz#2", "08-truncated.warc.gz#3", "09-feed.jsonl#1",
                "09-feed.jsonl#2", "09-feed.jsonl#3", "10-folder/dangling.html", "10-folder/inside.html",
                "11-clutter.txt", "12-good.txt"), List.copyOf(byInput.keySet()));
        assertEquals(byInput.size(), report.get("inputs").size());
    }

    @Test
    void goodInputsAreProcessed() {
        for (String k : List.of("00-good.html", "08-truncated.warc.gz#1", "08-truncated.warc.gz#2", "09-feed.jsonl#1",
                "09-feed.jsonl#3", "10-folder/inside.html", "12-good.txt")) {
            assertOutcome(k, Status.OK, null);
            assertTrue(outcome(k).article().text().contains("harbour authority"), k);
        }
    }

    @Test
    void emptyFile() {
        assertOutcome("01-empty.html", Status.SKIPPED, "empty: the file has no content (0 bytes)");
    }

    @Test
    void pngNamedHtml() {
        assertOutcome("02-photo.html", Status.SKIPPED, "not-a-document: the content is a PNG image, not HTML or text (named .html)");
    }

    @Test
    void fiftyMegabytePage() {
        assertOutcome("03-huge.html", Status.SKIPPED, "too-large: 50.0 MiB exceeds the per-document limit of 24.0 MiB");
    }

    @Test
    void htmlNestedOneHundredThousandLevels() {
        Outcome o = outcome("04-deep.html");
        assertTrue(o.status() != Status.FAILED, "deep page: " + o.reason());
    }

    @Test
    void invalidUtf8() {
        assertOutcome("05-invalid-utf8.html", Status.OK, "invalid-utf-8: 1 malformed UTF-8 byte sequence replaced with U+FFFD");
        assertTrue(outcome("05-invalid-utf8.html").article().text().contains("Nørthbay – “Ferries”"));
        assertOutcome("06-latin1-declared-utf8.html", Status.OK,
                "charset: the page's declared utf-8 does not fit: the bytes are not UTF-8");
        assertTrue(outcome("06-latin1-declared-utf8.html").article().text().contains("ferry café"));
    }

    @Test
    void truncatedGzip() {
        assertOutcome("07-truncated.html.gz", Status.FAILED, "truncated-gzip: the compressed stream ends early");
        assertNotNull(outcome("07-truncated.html.gz").raw());
    }

    @Test
    void truncatedWarc() {
        assertOutcome("08-truncated.warc.gz#3", Status.FAILED, "truncated-warc: the file ends inside record 3");
    }

    @Test
    void jsonLinesWithOneBrokenLine() {
        assertOutcome("09-feed.jsonl#2", Status.FAILED, "invalid-json: line 2 is not valid JSON");
    }

    @Test
    void folderWithAnUnreadableFile() {
        assertOutcome("10-folder/dangling.html", Status.FAILED, "unreadable: dangling symbolic link");
    }

    @Test
    void textCaptureThatIsAllClutter() {
        assertOutcome("11-clutter.txt", Status.SKIPPED, "no-article: no body text found");
    }

    @Test
    void reasonsReachTheJsonInputs() {
        for (JsonNode in : report.get("inputs")) {
            String status = in.get("status").asText();
            if (!status.equals("ok")) assertTrue(in.hasNonNull("reason"), in.toString());
        }
    }

    @Test
    void batchIsNotHeldUp() {
        assertTrue(millis < 60_000, "the batch took " + millis + " ms");
    }
}
