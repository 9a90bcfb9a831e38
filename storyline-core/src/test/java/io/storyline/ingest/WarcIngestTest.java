package io.storyline.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.model.Status;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

/** WARC input: response and resource records, HTTP headers, record offsets, truncation. */
class WarcIngestTest {
    static final Instant DATE = Instant.parse("2021-02-03T06:30:00Z");
    static final String KOREAN = "항구 다리가 여덟 달 만에 다시 열렸다고 시청이 화요일에 밝혔다. 시민들은 출퇴근 시간이 크게 줄었다며 반겼다.";

    @TempDir
    Path dir;

    /** A WARC of: warcinfo, 3 HTML responses (the second EUC-KR, charset only in the header), a 404, an image, a text resource. */
    Path warc(WarcCompression compression) throws IOException {
        Path p = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); WarcWriter w = new WarcWriter(ch, compression)) {
            w.write(new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("storyline-test"))).build());
            w.write(response("https://eastport.example/news/1", "text/html; charset=utf-8",
                    "<html><body><p>First page.</p></body></html>".getBytes(StandardCharsets.UTF_8), 200));
            w.write(response("https://eastport.example/news/2", "text/html; charset=euc-kr",
                    ("<html><body><p>" + KOREAN + "</p></body></html>").getBytes(Charset.forName("EUC-KR")), 200));
            w.write(response("https://eastport.example/news/3", "text/html",
                    "<html><body><p>Third page.</p></body></html>".getBytes(StandardCharsets.UTF_8), 200));
            w.write(response("https://eastport.example/missing", "text/html",
                    "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8), 404));
            w.write(response("https://eastport.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 200));
            w.write(new WarcResource.Builder(java.net.URI.create("https://eastport.example/notes.txt")).date(DATE)
                    .body(MediaType.parse("text/plain"), "Plain notes captured as a resource.".getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        return p;
    }

    static WarcResponse response(String url, String type, byte[] body, int status) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).date(DATE).body(http).build();
    }

    private Events read(Path p) {
        Events e = new Events();
        new Ingestor(Limits.DEFAULT).read(List.of(p.toString()), e);
        return e;
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void responsesBecomeCapturesWithUrlCharsetDateAndOffset(WarcCompression compression) throws IOException {
        Path p = warc(compression);
        Events e = read(p);
        String f = p.toString();
        // record 1 is the warcinfo: not a document, no outcome
        assertEquals(List.of(f + "#2", f + "#3", f + "#4", f + "#5", f + "#6", f + "#7"),
                e.all.stream().map(Events.Event::input).toList());
        Capture second = e.get(f + "#3").capture();
        assertEquals("https://eastport.example/news/2", second.url());
        assertEquals("euc-kr", second.declaredCharset());
        assertEquals(DATE, second.fetched());
        assertEquals(Format.HTML, second.format());
        assertTrue(CharsetDetector.decode(second).content().contains(KOREAN));
        assertEquals("skipped", e.get(f + "#5").outcome().status().label());
        assertEquals("http-error: HTTP 404 for https://eastport.example/missing", e.get(f + "#5").outcome().reason());
        assertEquals("not-a-document: image/png at https://eastport.example/logo.png", e.get(f + "#6").outcome().reason());
        Capture notes = e.get(f + "#7").capture();
        assertEquals(Format.TEXT, notes.format());
        assertEquals("https://eastport.example/notes.txt", notes.url());
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void recordOffsetPointsAtTheRecord(WarcCompression compression) throws IOException {
        Path p = warc(compression);
        for (Capture c : read(p).captures()) {
            long offset = c.provenance().recordOffset();
            try (FileChannel ch = FileChannel.open(p)) {
                ch.position(offset);
                try (WarcReader reader = new WarcReader(ch)) {
                    WarcRecord r = reader.next().orElseThrow();
                    String target = r instanceof WarcResponse resp ? resp.target() : ((WarcResource) r).target();
                    assertEquals(c.url(), target, "record at offset " + offset);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void truncatedWarcKeepsTheCompleteRecordsAndNamesTheCutOne(WarcCompression compression) throws IOException {
        Path whole = warc(compression);
        List<Capture> all = read(whole).captures();
        long fourth = all.get(2).provenance().recordOffset(); // record #4, the third page
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut-" + whole.getFileName());
        Files.write(cut, Arrays.copyOf(bytes, (int) fourth + 60));
        Events e = read(cut);
        String f = cut.toString();
        assertEquals(List.of(f + "#2", f + "#3", f + "#4"), e.all.stream().map(Events.Event::input).toList());
        assertTrue(e.get(f + "#2").isCapture());
        assertTrue(e.get(f + "#3").isCapture());
        Events.Event failed = e.get(f + "#4");
        Outcome o = failed.outcome();
        assertEquals(Status.FAILED, o.status());
        assertEquals("truncated-warc: the file ends inside record 4 (at byte offset " + fourth
                + ", after 3 complete records)", o.reason());
        assertEquals(new Provenance(f, 4, fourth), failed.where());
        assertArrayEquals(Arrays.copyOfRange(bytes, (int) fourth, (int) fourth + 60), o.raw());

        // replaying the kept tail reads the same record again, numbered and placed as in the file
        Events again = new Events();
        new Ingestor(Limits.DEFAULT).reread(failed.where(), o.raw(), again);
        assertEquals(o.reason(), again.only().outcome().reason());
        assertEquals(failed.where(), again.only().where());
    }

    @Test
    void rereadOfAWarcTailAfterTheFileWasCompleted() throws IOException {
        Path whole = warc(WarcCompression.GZIP);
        List<Capture> all = read(whole).captures();
        Capture third = all.get(2);
        byte[] bytes = Files.readAllBytes(whole);
        byte[] tail = Arrays.copyOfRange(bytes, (int) third.provenance().recordOffset(), bytes.length);
        Events e = new Events();
        new Ingestor(Limits.DEFAULT).reread(third.provenance(), tail, e);
        Capture again = e.all.get(0).capture();
        assertEquals(third.provenance(), again.provenance());
        assertArrayEquals(third.bytes(), again.bytes());
        assertEquals(4, e.all.size());
    }

    @Test
    void warcWithoutDocuments() throws IOException {
        Path p = dir.resolve("info.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            w.write(new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("x"))).build());
        }
        assertEquals("no-documents: the WARC holds 1 records and no response or resource record",
                read(p).only().outcome().reason());
    }

    @Test
    void corruptWarcHeaderIsNamed() throws IOException {
        Path p = dir.resolve("bad.warc");
        Files.writeString(p, "WARC/1.1\r\nthis is not a header line at all\r\n\r\n");
        Outcome o = read(p).only().outcome();
        assertEquals(Status.FAILED, o.status());
        assertTrue(o.reason().startsWith("corrupt-warc: record 1 at byte offset 0") || o.reason().startsWith("truncated-warc"),
                o.reason());
    }
}
