package io.storyline.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.storyline.extract.HtmlExtractor;
import io.storyline.extract.date.PrintedDates;
import io.storyline.extract.lang.LanguageIdentifier;
import io.storyline.ingest.Limits;
import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.Decoded;
import io.storyline.model.Deadline;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden expectations for the built-in corpus in {@code examples/}: every input runs through the
 * real pipeline (ingest included) and is compared with
 * {@code src/test/resources/io/storyline/examples/<input>.golden}.
 *
 * <p>For text captures the golden lists every unit of the capture in order with its class
 * ({@code body}, {@code heading}, {@code item} or the removal reason) and the first words of its
 * text, plus title, authors, wire, dateline, dates and language. For HTML pages it lists the
 * metadata, the first words of each body block, and {@code absent:} snippets of clutter that must
 * not reach the text.
 *
 * Run with {@code -Dstoryline.golden.update=true} to rewrite the text-capture goldens from the
 * current output (then review the diff); HTML goldens are written by hand.
 */
class ExampleCorpusTest {
    static final int PREFIX = 60;
    static Path examples;
    static Map<String, Outcome> outcomes;

    @BeforeAll
    static void run() {
        examples = findExamples();
        Assumptions.assumeTrue(examples != null, "examples/ folder not found above " + Path.of("").toAbsolutePath());
        outcomes = new LinkedHashMap<>();
        new BatchRunner(Pipeline.standard(Limits.DEFAULT), 1).run(List.of(examples.toString()), o -> {
            String input = examples.relativize(Path.of(file(o.input()))) + suffix(o.input());
            if (!input.endsWith(".md")) outcomes.put(input, o); // the corpus's README is not a capture
        });
    }

    @Test
    void warcIsRebuiltIdentically() throws IOException {
        byte[] committed = Files.readAllBytes(examples.resolve(ExampleWarc.FILE));
        assertArrayEquals(ExampleWarc.build(examples), committed,
                "examples/" + ExampleWarc.FILE + " differs from a rebuild; run ExampleWarc");
    }

    @Test
    void everyInputHasAGolden() {
        List<String> missing = new ArrayList<>();
        for (String input : outcomes.keySet()) if (golden(input) == null) missing.add(input);
        assertTrue(missing.isEmpty(), "inputs without a golden file: " + missing);
        assertTrue(outcomes.size() >= 12, "the corpus should give at least 12 inputs, got " + outcomes.keySet());
    }

    @TestFactory
    Stream<DynamicTest> goldens() {
        return outcomes.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    private static void check(String input, Outcome o) throws IOException {
        String golden = golden(input);
        Article a = o.article();
        boolean text = a == null ? !input.endsWith(".html") && !input.contains(".warc") : a.format() == Format.TEXT;
        String actual = text ? renderText(input, o) : renderHtml(input, o);
        if (Boolean.getBoolean("storyline.golden.update") && text) {
            Path dir = Path.of("src/test/resources/io/storyline/examples");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(goldenName(input)), actual);
            return;
        }
        if (golden == null) fail("no golden for " + input + "; actual:\n" + actual);
        compare(input, golden, actual, text, a == null ? "" : a.text());
    }

    /** Compares line by line; {@code absent:} lines must not occur in the article's text. */
    private static void compare(String input, String golden, String actual, boolean text, String articleText) {
        List<String> want = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (String line : golden.split("\n")) {
            if (line.startsWith("absent: ")) assertFalse(articleText.contains(line.substring(8)),
                    input + ": clutter reached the text: " + line.substring(8));
            else want.add(line);
        }
        for (String line : actual.split("\n")) {
            if (!line.startsWith("absent: ")) got.add(line);
        }
        assertEquals(String.join("\n", want), String.join("\n", got), input + " differs from its golden");
    }

    // ---- rendering ----

    static String renderText(String input, Outcome o) {
        StringBuilder sb = new StringBuilder();
        sb.append("input: ").append(input).append('\n');
        sb.append("status: ").append(o.status().name().toLowerCase()).append('\n');
        Article a = o.article();
        if (a == null) {
            // skipped for no body: run the text stage itself to see what was removed
            a = reextract(input);
        }
        if (a == null) return sb.toString();
        meta(sb, a);
        sb.append("units:\n");
        List<Object[]> units = new ArrayList<>();
        for (var s : a.segments()) {
            String kind = s.kind().equals("paragraph") ? "body" : s.kind();
            units.add(new Object[] {s.sourceStart(), kind, a.text().substring(s.start(), s.end())});
        }
        for (var r : a.removed()) units.add(new Object[] {r.sourceStart(), r.why(), r.text()});
        units.sort((x, y) -> Integer.compare((Integer) x[0], (Integer) y[0]));
        for (Object[] u : units) sb.append(String.format("  %-13s| %s%n", u[1], prefix((String) u[2])));
        return sb.toString();
    }

    static String renderHtml(String input, Outcome o) {
        StringBuilder sb = new StringBuilder();
        sb.append("input: ").append(input).append('\n');
        sb.append("status: ").append(o.status().name().toLowerCase()).append('\n');
        Article a = o.article();
        if (a == null) return sb.toString();
        meta(sb, a);
        sb.append("body:\n");
        for (var s : a.segments()) sb.append("  ").append(prefix(a.text().substring(s.start(), s.end()))).append('\n');
        return sb.toString();
    }

    private static void meta(StringBuilder sb, Article a) {
        sb.append("title: ").append(nz(a.title())).append('\n');
        sb.append("authors: ").append(nz(String.join("; ", a.authors()))).append('\n');
        sb.append("wire: ").append(nz(a.wire())).append('\n');
        sb.append("dateline: ").append(nz(a.dateline())).append('\n');
        sb.append("published: ").append(a.published() == null ? "-" : a.published().value()).append('\n');
        sb.append("updated: ").append(a.updated() == null ? "-" : a.updated().value()).append('\n');
        sb.append("language: ").append(nz(a.language())).append('\n');
    }

    private static Article reextract(String input) {
        try {
            Path p = examples.resolve(input);
            if (!Files.isRegularFile(p)) return null;
            byte[] bytes = Files.readAllBytes(p);
            Capture c = Capture.of(Provenance.ofFile(p.toString()), Format.TEXT, bytes);
            Article.Builder b = new io.storyline.extract.text.TextCaptureExtractor()
                    .extract(new Decoded(c, new String(bytes, StandardCharsets.UTF_8), "UTF-8", "given"), Deadline.none());
            b.provenance = c.provenance();
            return b.build();
        } catch (IOException e) {
            return null;
        }
    }

    // ---- golden files ----

    private static String golden(String input) {
        try (InputStream in = ExampleCorpusTest.class.getResourceAsStream(goldenName(input))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    static String goldenName(String input) {
        return input.replace('#', '.') + ".golden";
    }

    private static Map<String, String> fields(String rendered) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : rendered.split("\n")) {
            String f = field(line);
            if (f != null) m.put(f, line);
        }
        return m;
    }

    /** The metadata field a golden line holds, or null for unit, body and other lines. */
    private static String field(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0 || line.startsWith(" ")) return null;
        String f = line.substring(0, colon);
        return FIELDS.contains(f) ? f : null;
    }

    private static final List<String> FIELDS = List.of(
            "status", "title", "authors", "wire", "dateline", "published", "updated", "language");

    static String prefix(String s) {
        return s.length() <= PREFIX ? s : s.substring(0, PREFIX) + "…";
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    private static String file(String input) {
        int hash = input.lastIndexOf('#');
        return hash < 0 ? input : input.substring(0, hash);
    }

    private static String suffix(String input) {
        int hash = input.lastIndexOf('#');
        return hash < 0 ? "" : input.substring(hash);
    }

    static Path findExamples() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path e = dir.resolve("examples");
            if (Files.isRegularFile(e.resolve("README.md"))) return e;
        }
        return null;
    }

}
