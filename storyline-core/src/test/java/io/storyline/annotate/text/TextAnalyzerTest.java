package io.storyline.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.testing.Props;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = TextAnalyzer.standard();

    /** Sentences one a line, tokens separated by " | ", paragraphs by a blank line. */
    static String render(TextAnalysis t) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (s > 0 && t.paragraph(s) != t.paragraph(s - 1)) sb.append('\n');
            for (int i = t.sentenceStart(s); i < t.sentenceEnd(s); i++) {
                if (i > t.sentenceStart(s)) sb.append(" | ");
                sb.append(t.token(i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = TextAnalyzerTest.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Compares with a golden file beside the test; -Dstoryline.golden.update=true rewrites it in the sources. */
    static void golden(String name, String actual) throws IOException {
        String expected = resource(name);
        if (Boolean.getBoolean("storyline.golden.update") || expected == null) {
            Path p = Path.of("src/test/resources/io/storyline/annotate/text", name);
            Files.writeString(p, actual);
            if (expected == null) throw new AssertionError("golden file " + name + " was missing; written, check it");
            return;
        }
        assertEquals(expected, actual, name);
    }

    @Test
    void dispatchGolden() throws IOException {
        golden("dispatch.tokens.txt", render(analyzer.analyze(resource("dispatch.txt"))));
    }

    @Test
    void emptyAndBlank() {
        assertEquals(0, analyzer.analyze("").tokenCount());
        assertEquals(0, analyzer.analyze("  \n\n \t").sentenceCount());
        TextAnalysis one = analyzer.analyze("Hi");
        assertEquals(1, one.sentenceCount());
        assertEquals(0, one.sentenceOf(0));
    }

    @Test
    void hashesMatchStrings() {
        TextAnalysis t = analyzer.analyze("Seoul’s MINISTER said");
        assertEquals(TextAnalysis.hash("seoul"), t.hash(0));
        assertEquals(TextAnalysis.hash("'s"), t.hash(1));
        assertTrue(t.isWord(2, "minister"));
        assertTrue(t.is(2, TextAnalysis.ALL_CAPS | TextAnalysis.CAPITALIZED));
        assertTrue(t.is(1, TextAnalysis.CLITIC));
    }

    @Test
    void longParagraphWithoutPunctuationIsCut() {
        String text = "word ".repeat(200_000);
        long t0 = System.nanoTime();
        TextAnalysis t = analyzer.analyze(text);
        assertEquals(200_000, t.tokenCount());
        assertEquals(1000, t.sentenceCount());
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "linear time");
    }

    @Test
    void tokensCoverTheTextInOrder() {
        Props.forAll("tokens in order", 300, r -> {
            String s = Props.string(r, 300);
            if (r.nextBoolean()) s = s + " Mr. U.S. can't Seoul's 1,000.5 \"x.\" N.Korea";
            TextAnalysis t = analyzer.analyze(s);
            int prev = 0;
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < t.tokenCount(); i++) {
                if (t.start(i) < prev || t.end(i) <= t.start(i) || t.end(i) > s.length()) problems.add("token " + i);
                for (int k = prev; k < t.start(i); k++) {
                    if (!TextAnalyzer.isSpace(s.charAt(k))) problems.add("skipped char at " + k);
                }
                prev = t.end(i);
                int sent = t.sentenceOf(i);
                if (i < t.sentenceStart(sent) || i >= t.sentenceEnd(sent)) problems.add("sentenceOf " + i);
            }
            for (int k = prev; k < s.length(); k++) {
                if (!TextAnalyzer.isSpace(s.charAt(k))) problems.add("skipped tail char at " + k);
            }
            for (int x = 0; x < t.sentenceCount(); x++) {
                if (t.sentenceEnd(x) <= t.sentenceStart(x)) problems.add("empty sentence " + x);
            }
            assertTrue(problems.isEmpty(), problems.toString());
        });
    }
}
