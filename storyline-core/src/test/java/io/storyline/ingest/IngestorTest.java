package io.storyline.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.model.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of files, folders, stdin, gzip and JSON Lines, and every bad input ingest itself must name. */
class IngestorTest {
    static final String PAGE = "<!doctype html><html><head><title>Harbour bridge reopens</title></head><body>"
            + "<p>The Eastport harbour bridge reopened on Tuesday after eight months of repairs, the city said.</p>"
            + "</body></html>";

    @TempDir
    Path dir;

    final Ingestor ingestor = new Ingestor(Limits.DEFAULT);

    private Events read(String... paths) {
        Events events = new Events();
        ingestor.read(List.of(paths), events);
        return events;
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void htmlAndTextFilesBecomeCaptures() throws IOException {
        Path html = write("a.html", PAGE.getBytes(StandardCharsets.UTF_8));
        Path txt = write("b.txt", "Eastport, Tuesday\n\nThe bridge reopened.".getBytes(StandardCharsets.UTF_8));
        Events e = read(html.toString(), txt.toString());
        assertEquals(2, e.captures().size());
        Capture a = e.get(html.toString()).capture();
        assertEquals(Format.HTML, a.format());
        assertEquals(Provenance.ofFile(html.toString()), a.provenance());
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), a.bytes());
        assertEquals(Format.TEXT, e.get(txt.toString()).capture().format());
    }

    @Test
    void contentWinsOverTheName() throws IOException {
        Path p = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.HTML, read(p.toString()).only().capture().format());
        Path q = write("noext", PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.HTML, read(q.toString()).only().capture().format());
    }

    @Test
    void emptyFileIsSkippedAsEmpty() throws IOException {
        Path p = write("empty.html", new byte[0]);
        Outcome o = read(p.toString()).only().outcome();
        assertEquals(Status.SKIPPED, o.status());
        assertEquals("empty: the file has no content (0 bytes)", o.reason());
        Path ws = write("blank.html", " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII));
        assertEquals("empty: the file holds only whitespace", read(ws.toString()).only().outcome().reason());
    }

    @Test
    void pngNamedHtmlIsNotADocument() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path p = write("photo.html", png);
        Outcome o = read(p.toString()).only().outcome();
        assertEquals(Status.SKIPPED, o.status());
        assertEquals("not-a-document: the content is a PNG image, not HTML or text (named .html)", o.reason());
    }

    @Test
    void unknownBinaryFailsWithItsBytesKept() throws IOException {
        byte[] junk = new byte[300];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 20);
        Path p = write("junk.htm", junk);
        Outcome o = read(p.toString()).only().outcome();
        assertEquals(Status.FAILED, o.status());
        assertTrue(o.reason().startsWith("not-a-document: the content is binary data (NUL bytes)"), o.reason());
        assertArrayEquals(junk, o.raw());
    }

    @Test
    void fiftyMegabytePageIsSkippedAsTooLarge() throws IOException {
        Path p = dir.resolve("huge.html");
        byte[] block = "<p>Filler paragraph of a page far larger than any article could be.</p>\n"
                .repeat(14_000).getBytes(StandardCharsets.US_ASCII); // about 1 MiB
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long n = 0; n < 50L << 20; n += block.length) out.write(block);
        }
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        Outcome o = read(p.toString()).only().outcome();
        assertEquals(Status.SKIPPED, o.status());
        assertEquals("too-large: 50.0 MiB exceeds the per-document limit of 24.0 MiB", o.reason());
    }

    @Test
    void gzipThatDecompressesPastTheLimitIsSkipped() throws IOException {
        Ingestor small = new Ingestor(new Limits(1 << 20, Duration.ofSeconds(5)));
        byte[] big = new byte[3 << 20];
        Arrays.fill(big, (byte) 'a');
        System.arraycopy("<html><body><p>".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 15);
        Path p = write("bomb.html.gz", gzip(big));
        Events e = new Events();
        small.read(List.of(p.toString()), e);
        assertEquals("too-large: the decompressed content exceeds the per-document limit of 1.0 MiB",
                e.only().outcome().reason());
    }

    @Test
    void gzippedPageIsRead() throws IOException {
        Path p = write("page.html.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Capture c = read(p.toString()).only().capture();
        assertEquals(Format.HTML, c.format());
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), c.bytes());
        assertEquals(p.toString(), c.input());
    }

    @Test
    void truncatedGzipFailsWithItsBytesKept() throws IOException {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 2000; i++) sb.append("<p>Paragraph ").append(i).append(" of a long report.</p>");
        byte[] whole = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        Path p = write("report.html.gz", cut);
        Outcome o = read(p.toString()).only().outcome();
        assertEquals(Status.FAILED, o.status());
        assertTrue(o.reason().startsWith("truncated-gzip: the compressed stream ends early, after "), o.reason());
        assertArrayEquals(cut, o.raw());
        Path header = write("header.html.gz", Arrays.copyOf(whole, 5));
        assertTrue(read(header.toString()).only().outcome().reason().startsWith("truncated-gzip:"));
    }

    @Test
    void corruptGzipFails() throws IOException {
        byte[] whole = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        for (int i = 12; i < whole.length - 8; i++) whole[i] = (byte) 0xFF;
        Path p = write("bad.html.gz", whole);
        Outcome o = read(p.toString()).only().outcome();
        assertEquals(Status.FAILED, o.status());
        assertTrue(o.reason().startsWith("corrupt-gzip:") || o.reason().startsWith("truncated-gzip:"), o.reason());
    }

    @Test
    void jsonLinesWithOneBrokenLine() throws IOException {
        String jsonl = "{\"url\":\"https://eastport.example/a\",\"html\":\"<p>First story body text.</p>\","
                + "\"fetched\":\"2021-02-03T10:15:00Z\"}\n"
                + "{\"url\":\"https://eastport.example/b\",\"html\":\"<p>Cut off\n"
                + "\n"
                + "{\"url\":\"https://eastport.example/c\",\"text\":\"Third story as text.\"}\r\n";
        Path p = write("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        Events e = read(p.toString());
        assertEquals(3, e.all.size(), e.all.toString());
        Capture first = e.get(p + "#1").capture();
        assertEquals("https://eastport.example/a", first.url());
        assertEquals(Instant.parse("2021-02-03T10:15:00Z"), first.fetched());
        assertEquals("<p>First story body text.</p>", first.text());
        assertEquals(new Provenance(p.toString(), 1, 0), first.provenance());
        Outcome broken = e.get(p + "#2").outcome();
        assertEquals(Status.FAILED, broken.status());
        assertTrue(broken.reason().startsWith("invalid-json: line 2 is not valid JSON: "), broken.reason());
        assertEquals("{\"url\":\"https://eastport.example/b\",\"html\":\"<p>Cut off",
                new String(broken.raw(), StandardCharsets.UTF_8));
        Capture third = e.get(p + "#4").capture();
        assertEquals(Format.TEXT, third.format());
        assertEquals("Third story as text.", third.text());
        long offset = jsonl.indexOf("{\"url\":\"https://eastport.example/c\"");
        assertEquals(offset, third.provenance().recordOffset());
    }

    @Test
    void jsonLinesRecordProblemsHaveTheirOwnReasons() throws IOException {
        String jsonl = "[1, 2]\n{\"url\":\"u\"}\n{\"html\": 42}\n{\"html\": \"  \"}\n{\"text\":\"ok\",\"fetched\":1612345678}\n";
        Path p = write("mixed.jsonl.gz", gzip(jsonl.getBytes(StandardCharsets.UTF_8)));
        Events e = read(p.toString());
        assertEquals("invalid-record: line 1 is not a JSON object", e.get(p + "#1").outcome().reason());
        assertEquals("invalid-record: line 2 has neither an \"html\" nor a \"text\" field", e.get(p + "#2").outcome().reason());
        assertEquals("invalid-record: line 3: \"html\" is not a string", e.get(p + "#3").outcome().reason());
        assertEquals("empty: the record's \"html\" field is blank", e.get(p + "#4").outcome().reason());
        assertEquals(Instant.ofEpochSecond(1612345678), e.get(p + "#5").capture().fetched());
    }

    @Test
    void jsonLineOverTheLimitIsSkippedAndTheNextReadOn() throws IOException {
        Ingestor small = new Ingestor(new Limits(1000, Duration.ofSeconds(5)));
        String jsonl = "{\"html\":\"" + "x".repeat(5000) + "\"}\n{\"text\":\"after the long line\"}\n";
        Path p = write("long.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        Events e = new Events();
        small.read(List.of(p.toString()), e);
        assertEquals("too-large: line 1 exceeds the per-document limit of 1000 B", e.get(p + "#1").outcome().reason());
        assertEquals("after the long line", e.get(p + "#2").capture().text());
    }

    @Test
    void emptyJsonLinesFile() throws IOException {
        Path p = write("none.jsonl", "\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("empty: the file holds only whitespace", read(p.toString()).only().outcome().reason());
        Path many = write("blank-lines.jsonl", "\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        assertEquals("empty: the JSON Lines file has no records", read(many.toString()).only().outcome().reason());
    }

    @Test
    void foldersAreReadRecursivelyInNameOrderWithoutHiddenEntries() throws IOException {
        write("b/two.html", PAGE.getBytes(StandardCharsets.UTF_8));
        write("a/one.txt", "One.".getBytes(StandardCharsets.UTF_8));
        write("a/deeper/three.html", PAGE.getBytes(StandardCharsets.UTF_8));
        write(".git/config", "hidden".getBytes(StandardCharsets.UTF_8));
        write("a/.hidden.html", PAGE.getBytes(StandardCharsets.UTF_8));
        Events e = read(dir.toString());
        List<String> inputs = e.all.stream().map(Events.Event::input).toList();
        assertEquals(List.of(dir.resolve("a/deeper/three.html").toString(), dir.resolve("a/one.txt").toString(),
                dir.resolve("b/two.html").toString()), inputs);
        assertEquals(inputs, Ingestor.files(List.of(dir.toString())));
    }

    @Test
    void folderWithUnreadableFiles() throws IOException {
        write("good.html", PAGE.getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("nowhere.html"));
        Events e = read(dir.toString());
        Outcome gone = e.get(dir.resolve("gone.html").toString()).outcome();
        assertEquals(Status.FAILED, gone.status());
        assertEquals("unreadable: dangling symbolic link (its target " + dir.resolve("nowhere.html")
                + " does not exist)", gone.reason());
        assertTrue(e.get(dir.resolve("good.html").toString()).isCapture());
    }

    @Test
    void fileWithoutReadPermission() throws IOException {
        Path p = write("locked.html", PAGE.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(p), "running as root: chmod 000 does not stop reading");
            Outcome o = read(p.toString()).only().outcome();
            assertEquals(Status.FAILED, o.status());
            assertEquals("unreadable: permission denied", o.reason());
        } finally {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void missingPathAndSymlinkToFolder() throws IOException {
        assertEquals("unreadable: no such file", read(dir.resolve("absent.html").toString()).only().outcome().reason());
        Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        Events e = new Events();
        ingestor.readPath(dir.toString(), e);
        assertEquals("not-a-file: a symbolic link to a folder (not followed)", e.get(link.toString()).outcome().reason());
    }

    @Test
    void invalidPathIsReportedNotThrown() {
        Outcome o = read("bad\0name.html").only().outcome();
        assertEquals(Status.FAILED, o.status());
        assertTrue(o.reason().startsWith("unreadable: not a valid path"), o.reason());
    }

    @Test
    void stdinIsInputDash() {
        Events e = new Events();
        ingestor.readStdin(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)), e);
        Capture c = e.only().capture();
        assertEquals("-", c.input());
        assertEquals(Format.HTML, c.format());
        Events empty = new Events();
        ingestor.readStdin(new ByteArrayInputStream(new byte[0]), empty);
        assertEquals("empty: the file has no content (0 bytes)", empty.only().outcome().reason());
    }

    @Test
    void stdinLargerThanOneDocumentIsStreamed() {
        Ingestor small = new Ingestor(new Limits(200, Duration.ofSeconds(5)));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 20; i++) jsonl.append("{\"text\":\"record number ").append(i).append("\"}\n");
        Events e = new Events();
        small.readStdin(new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)), e);
        assertEquals(20, e.captures().size());
        assertEquals("-#20", e.all.get(19).input());
    }

    @Test
    void rereadOfAJsonLineKeepsItsProvenance() {
        Events e = new Events();
        Provenance where = new Provenance("feed.jsonl", 7, 512);
        ingestor.reread(where, "{\"url\":\"u\",\"text\":\"Replayed.\"}".getBytes(StandardCharsets.UTF_8), e);
        Capture c = e.only().capture();
        assertEquals(where, c.provenance());
        assertEquals("feed.jsonl#7", c.input());
    }

    @Test
    void rereadOfAWholeFile() throws IOException {
        Events e = new Events();
        ingestor.reread(Provenance.ofFile("x/page.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)), e);
        assertEquals("x/page.html.gz", e.only().capture().input());
    }

    @Test
    void utf16WithoutByteOrderMarkIsText() throws IOException {
        Path p = write("wide.html", PAGE.getBytes(StandardCharsets.UTF_16LE));
        Capture c = read(p.toString()).only().capture();
        assertEquals(Format.HTML, c.format());
        assertNotNull(c.bytes());
        assertNull(c.declaredCharset());
    }
}
