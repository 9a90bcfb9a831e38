package io.storyline.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Mention;
import io.storyline.model.Quote;
import io.storyline.testing.Props;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile texts: bounded time, sensible output, nothing thrown. */
class QuoteBadInputTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private static final QuoteFinder FINDER = QuoteFinder.standard();

    /** Quote finding alone (names given or not), timed; offsets checked. */
    private static List<Quote> find(String text, List<Mention> mentions, long maxMillis) {
        TextAnalysis t = ANALYZER.analyze(text);
        long t0 = System.nanoTime();
        List<Quote> qs = FINDER.find("a-bad", text, t, mentions);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < maxMillis, "took " + ms + " ms");
        for (Quote q : qs) {
            assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() < q.end());
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
        assertTrue(qs.size() <= FINDER.options().maxQuotes());
        return qs;
    }

    private static List<Quote> withNames(String text, long maxMillis) {
        TextAnalysis t = ANALYZER.analyze(text);
        return find(text, EntityRecognizer.standard().recognize("a-bad", text, t), maxMillis);
    }

    @Test
    void oneMegabyteParagraphWithoutPunctuation() {
        Random r = new Random(11);
        String[] words = {"the", "minister", "said", "talks", "would", "resume", "Korvella", "and", "\"we", "agree\""};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) sb.append(words[r.nextInt(words.length)]).append(' ');
        find(sb.toString(), List.of(), 5_000);
    }

    @Test
    void hundredThousandUnbalancedQuoteMarks() {
        for (String mark : new String[] {"\"", "“", "‘", "«", "'"}) {
            String text = ("word " + mark).repeat(100_000);
            find(text, List.of(), 5_000);
        }
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < 100_000; i++) mixed.append(i % 3 == 0 ? "\"" : i % 3 == 1 ? "“ Lee" : "' ");
        find(mixed.toString(), List.of(), 5_000);
        find("\"".repeat(100_000), List.of(), 5_000);
        find("“".repeat(100_000) + "x" + "”".repeat(100_000), List.of(), 5_000);
    }

    @Test
    void linearInTheNumberOfMarks() {
        // ten times the marks must not cost a hundred times the time
        String small = "“a said ".repeat(10_000), large = "“a said ".repeat(100_000);
        long a = best(small), b = best(large);
        assertTrue(b < 30 * Math.max(a, 5_000_000), "10x marks took " + (double) b / a + "x the time"); // quadratic would be seconds
    }

    /** The best of five timed runs of the finder alone, after a warm-up. */
    private static long best(String text) {
        TextAnalysis t = ANALYZER.analyze(text);
        FINDER.find("a-bad", text, t, List.of());
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            FINDER.find("a-bad", text, t, List.of());
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    @Test
    void allCapsArticle() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append("\"WE WILL NOT SIGN TEXT NUMBER ").append(i).append(",\" SAID FOREIGN MINISTER LISE ANVAR-HOLM. ")
                    .append("\"THERE IS STILL TIME UNTIL ROUND ").append(i).append(".\" ")
                    .append("THE TALKS ON THE SO-CALLED \"RIVER PACKAGE\" RESUME ON MONDAY.\n\n");
        }
        String text = sb.toString();
        List<Quote> qs = withNames(text, 5_000);
        assertEquals(100, qs.size(), "two statements per paragraph, the scare quote left out");
        assertTrue(qs.get(0).speaker() != null && qs.get(0).speaker().contains("ANVAR-HOLM"), qs.get(0).toString());
    }

    @Test
    void nonEnglishArticle() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append("Der Außenminister sagte am Montag: „Die Gespräche werden zum ").append(i).append(". Mal fortgesetzt.“ ")
                    .append("Le ministre a déclaré : « Les négociations reprendront le ").append(i).append(" mai. » ")
                    .append("Министр заявил: «Переговоры продолжатся в раунде ").append(i).append("».\n\n");
        }
        String text = sb.toString();
        List<Quote> qs = withNames(text, 5_000);
        assertEquals(300, qs.size(), "three quotes per paragraph");
    }

    @Test
    void onlyNumbersAndDates() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(i % 7 == 0 ? " 2019-02-27 \"Feb. 28\", " : " 3.5% 12\" ").append(i % 11 == 0 ? "\n" : "");
        }
        List<Quote> qs = withNames(sb.toString(), 5_000);
        assertTrue(qs.isEmpty(), qs.size() + " quotes in numbers");
    }

    @Test
    void randomTextsNeverThrow() {
        String marks = "\"'“”‘’„«»‹› \n,.:said he Lee";
        Props.forAll("quotes on random text", 300, r -> {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(r.nextInt(3) == 0 ? marks.charAt(r.nextInt(marks.length())) : (char) ('a' + r.nextInt(26)));
            }
            find(sb.toString(), List.of(), 2_000);
            find(Props.string(r, 300), List.of(), 2_000);
        });
    }
}
