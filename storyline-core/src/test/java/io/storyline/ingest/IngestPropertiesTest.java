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
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Random bytes into the sniffer, the readers and the charset decoder: nothing throws, every input
 * ends as captures or outcomes named after it, JSON Lines give one outcome per line.
 */
class IngestPropertiesTest {
    final Ingestor ingestor = new Ingestor(new Limits(64 << 10, Duration.ofSeconds(5)));

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("page.html", "page.htm", "notes.txt", "feed.jsonl", "data.json", "crawl.warc",
                "crawl.warc.gz", "page.html.gz", "noext", "image.png", "-");
    }

    @Provide
    Arbitrary<String> declarations() {
        return Arbitraries.oneOf(Arbitraries.of("utf-8", "UTF-8", "euc-kr", "gb2312", "shift_jis", "iso-8859-1",
                        "windows-1252", "utf-16", "ISO-2022-JP", "x-user-defined", "", "  ", "unicode-1-1-utf-8"),
                Arbitraries.strings().ofMaxLength(20), Arbitraries.just(null));
    }

    /** Random bytes, sometimes behind a plausible opening, sometimes gzipped, sometimes cut. */
    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<String> opening = Arbitraries.of("", "<html><body><p>", "WARC/1.1\r\n", "{\"url\":\"u\",\"html\":\"",
                "\uFEFF", "\u00ef\u00bb\u00bf<meta charset=euc-kr>", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>");
        return Arbitraries.oneOf(raw,
                opening.flatMap(o -> raw.map(r -> concat(o.getBytes(StandardCharsets.ISO_8859_1), r))),
                raw.map(IngestPropertiesTest::gzip),
                raw.map(IngestPropertiesTest::gzip).flatMap(g -> Arbitraries.integers().between(0, g.length)
                        .map(n -> Arrays.copyOf(g, n))));
    }

    @Property(tries = 400)
    void readBytesNeverThrowsAndNamesEveryEventAfterItsInput(@ForAll("inputs") byte[] bytes,
                                                             @ForAll("names") String name) {
        Events e = new Events();
        ingestor.readBytes(name, bytes, e);
        assertFalse(e.all.isEmpty(), "no outcome for " + name);
        Set<String> seen = new HashSet<>();
        for (Events.Event ev : e.all) {
            assertTrue(ev.input().equals(name) || ev.input().startsWith(name + "#"), ev.toString());
            assertTrue(seen.add(ev.input()), "two outcomes for " + ev.input());
            if (!ev.isCapture()) assertNotNull(ev.outcome().reason(), ev.toString());
        }
    }

    @Property(tries = 300)
    void wholeDocumentsGiveExactlyOneEvent(@ForAll("inputs") byte[] bytes,
                                           @ForAll("documentNames") String name) {
        Events e = new Events();
        ingestor.readBytes(name, bytes, e);
        InputKind kind = Sniffer.kind(name, bytes, Math.min(bytes.length, Ingestor.HEAD), bytes.length < Ingestor.HEAD);
        if (kind != InputKind.JSONL && kind != InputKind.WARC && kind != InputKind.GZIP) {
            assertEquals(1, e.all.size(), e.all.toString());
            assertEquals(name, e.all.get(0).input());
        }
    }

    @Provide
    Arbitrary<String> documentNames() {
        return Arbitraries.of("page.html", "notes.txt", "noext", "image.png");
    }

    @Provide
    Arbitrary<String> jsonLines() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(60);
        Arbitrary<String> good = text.map(t -> "{\"url\":\"https://x.example/\",\"text\":"
                + jsonString(t.isBlank() ? "t" + t : t) + "}");
        Arbitrary<String> html = text.map(t -> "{\"html\":" + jsonString("<p>" + t + "</p>") + ",\"fetched\":\"2021-02-03\"}");
        Arbitrary<String> garbage = text.filter(t -> !t.isBlank());
        Arbitrary<String> cut = good.flatMap(g -> Arbitraries.integers().between(1, g.length() - 1).map(n -> g.substring(0, n)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, good), net.jqwik.api.Tuple.of(2, html), net.jqwik.api.Tuple.of(2, garbage),
                net.jqwik.api.Tuple.of(2, cut), net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    @Property(tries = 200)
    void jsonLinesGiveOneEventPerNonBlankLine(@ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("jsonLines") String> lines,
                                              @ForAll boolean crlf) {
        String joined = String.join(crlf ? "\r\n" : "\n", lines);
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
    }

    @Property(tries = 400)
    void decodingNeverThrows(@ForAll("inputs") byte[] bytes, @ForAll("declarations") String declared,
                             @ForAll Format format) {
        Decoded d = CharsetDetector.decode(new Capture(Provenance.ofFile("x"), format, bytes, null, declared, null, null));
        assertNotNull(d.content());
        assertNotNull(d.charset());
    }

    @Property(tries = 300)
    void utf8TextDecodesToItselfWhateverTheDeclaration(
            @ForAll @CharRange(from = ' ', to = '\uD7FF') @StringLength(min = 1, max = 400) String text,
            @ForAll("declarations") String declared, @ForAll @IntRange(min = 0, max = 3) int nonAscii) {
        String s = text + "é水한".substring(0, nonAscii);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        Decoded d = CharsetDetector.decode(new Capture(Provenance.ofFile("x"), Format.HTML, bytes, null, declared, null, null));
        boolean ascii = s.chars().allMatch(c -> c < 0x80);
        // ASCII is ASCII in every declaration we accept; multi-byte UTF-8 is always recognised
        if (!ascii || declared == null) assertEquals(s, d.content(), d.charset() + " " + d.charsetSource());
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
