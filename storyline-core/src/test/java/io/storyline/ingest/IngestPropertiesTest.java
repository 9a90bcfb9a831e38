package io.storyline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Capture;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Provenance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import io.storyline.testing.Props;
import org.junit.jupiter.api.Test;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Random bytes into the sniffer, the readers and the charset decoder: nothing throws, every input
 * ends as captures or outcomes named after it, JSON Lines give one outcome per line.
 */
class IngestPropertiesTest {
    final Ingestor ingestor = new Ingestor(new Limits(64 << 10, Duration.ofSeconds(5)));

    private static final List<String> NAMES = List.of("page.html", "page.htm", "notes.txt", "feed.jsonl", "data.json",
            "crawl.warc", "crawl.warc.gz", "page.html.gz", "noext", "image.png", "-");
    private static final List<String> DOCUMENT_NAMES = List.of("page.html", "notes.txt", "noext", "image.png");
    private static final List<String> DECLARATIONS = Arrays.asList("utf-8", "UTF-8", "euc-kr", "gb2312", "shift_jis",
            "iso-8859-1", "windows-1252", "utf-16", "ISO-2022-JP", "x-user-defined", "", "  ", "unicode-1-1-utf-8", null);
    private static final List<String> OPENINGS = List.of("", "<html><body><p>", "WARC/1.1\r\n", "{\"url\":\"u\",\"html\":\"",
            "\uFEFF", "\u00ef\u00bb\u00bf<meta charset=euc-kr>", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>");

    static String declaration(Random r) {
        return r.nextInt(4) == 0 ? Props.string(r, 20) : Props.oneOf(r, DECLARATIONS);
    }

    /** Random bytes, sometimes behind a plausible opening, sometimes gzipped, sometimes cut. */
    static byte[] input(Random r) {
        byte[] raw = Props.bytes(r, 3000);
        switch (r.nextInt(4)) {
            case 0:
                return raw;
            case 1:
                return concat(Props.oneOf(r, OPENINGS).getBytes(StandardCharsets.ISO_8859_1), raw);
            case 2:
                return gzip(raw);
            default:
                byte[] g = gzip(raw);
                return Arrays.copyOf(g, r.nextInt(g.length + 1));
        }
    }

    @Test
    void readBytesNeverThrowsAndNamesEveryEventAfterItsInput() {
        Props.forAll("readBytes", 400, r -> {
            byte[] bytes = input(r);
            String name = Props.oneOf(r, NAMES);
            Events e = new Events();
            ingestor.readBytes(name, bytes, e);
            assertFalse(e.all.isEmpty(), "no outcome for " + name);
            Set<String> seen = new HashSet<>();
            for (Events.Event ev : e.all) {
                assertTrue(ev.input().equals(name) || ev.input().startsWith(name + "#"), ev.toString());
                assertTrue(seen.add(ev.input()), "two outcomes for " + ev.input());
                if (!ev.isCapture()) assertNotNull(ev.outcome().reason(), ev.toString());
            }
        });
    }

    @Test
    void wholeDocumentsGiveExactlyOneEvent() {
        Props.forAll("wholeDocuments", 300, r -> {
            byte[] bytes = input(r);
            String name = Props.oneOf(r, DOCUMENT_NAMES);
            Events e = new Events();
            ingestor.readBytes(name, bytes, e);
            InputKind kind = Sniffer.kind(name, bytes, Math.min(bytes.length, Ingestor.HEAD), bytes.length < Ingestor.HEAD);
            if (kind != InputKind.JSONL && kind != InputKind.WARC && kind != InputKind.GZIP) {
                assertEquals(1, e.all.size(), e.all.toString());
                assertEquals(name, e.all.get(0).input());
            }
        });
    }

    /** A JSON line: good text or html records, garbage, a cut record, or blank. */
    static String jsonLine(Random r) {
        String t = printable(r, 60);
        String good = "{\"url\":\"https://x.example/\",\"text\":" + jsonString(t.isBlank() ? "t" + t : t) + "}";
        switch (r.nextInt(11)) {
            case 0, 1, 2, 3:
                return good;
            case 4, 5:
                return "{\"html\":" + jsonString("<p>" + t + "</p>") + ",\"fetched\":\"2021-02-03\"}";
            case 6, 7:
                return t.isBlank() ? "x" + t : t;
            case 8, 9:
                return good.substring(0, 1 + r.nextInt(good.length() - 1));
            default:
                return "";
        }
    }

    /** Text of chars between space and U+D7FF. */
    static String printable(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append((char) (r.nextInt(3) == 0 ? ' ' + r.nextInt('\uD7FF' - ' ') : ' ' + r.nextInt(95)));
        return sb.toString();
    }

    @Test
    void jsonLinesGiveOneEventPerNonBlankLine() {
        Props.forAll("jsonLines", 200, r -> {
            List<String> lines = Props.listOf(r, 29, IngestPropertiesTest::jsonLine);
            if (lines.isEmpty()) lines = List.of(jsonLine(r));
            String joined = String.join(r.nextBoolean() ? "\r\n" : "\n", lines);
            Events e = new Events();
            ingestor.readBytes("feed.jsonl", joined.getBytes(StandardCharsets.UTF_8), e);
            long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
            if (nonBlank == 0) {
                assertEquals(1, e.all.size());
                return;
            }
            assertEquals(nonBlank, e.all.size(), e.all.toString());
            int k = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                Events.Event ev = e.all.get(k++);
                assertEquals("feed.jsonl#" + (i + 1), ev.input());
            }
        });
    }

    @Test
    void decodingNeverThrows() {
        Props.forAll("decoding", 400, r -> {
            Format format = r.nextBoolean() ? Format.HTML : Format.TEXT;
            Decoded d = CharsetDetector.decode(new Capture(Provenance.ofFile("x"), format, input(r), null, declaration(r),
                    null, null));
            assertNotNull(d.content());
            assertNotNull(d.charset());
        });
    }

    @Test
    void utf8TextDecodesToItselfWhateverTheDeclaration() {
        Props.forAll("utf8", 300, r -> {
            String text = printable(r, 399) + "x";
            String declared = declaration(r);
            String s = text + "é水한".substring(0, r.nextInt(4));
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            Decoded d = CharsetDetector.decode(new Capture(Provenance.ofFile("x"), Format.HTML, bytes, null, declared, null, null));
            boolean ascii = s.chars().allMatch(c -> c < 0x80);
            // ASCII is ASCII in every declaration we accept; multi-byte UTF-8 is always recognised
            if (!ascii || declared == null) assertEquals(s, d.content(), d.charset() + " " + d.charsetSource());
        });
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(data);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
