package io.storyline.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Mention;
import io.storyline.testing.Props;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile texts: bounded time, sensible output, nothing thrown. */
class BadInputTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();
    private static final EntityResolver RESOLVER = EntityResolver.standard();

    private static List<Mention> annotate(String text, long maxMillis) {
        long t0 = System.nanoTime();
        TextAnalysis t = ANALYZER.analyze(text);
        List<Mention> ms = RECOGNIZER.recognize("a-bad", text, t);
        RESOLVER.add(new EntityIndex(), "a-bad", null, t, ms);
        long ms0 = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms0 < maxMillis, "took " + ms0 + " ms");
        for (Mention m : ms) assertTrue(m.start() >= 0 && m.end() <= text.length() && text.substring(m.start(), m.end()).equals(m.text()));
        return ms;
    }

    @Test
    void oneMegabyteParagraphWithoutPunctuation() {
        Random r = new Random(7);
        String[] words = {"the", "minister", "Valdoria", "said", "talks", "would", "resume", "Korvella", "and", "Ostrowe"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) sb.append(words[r.nextInt(words.length)]).append(' ');
        annotate(sb.toString(), 20_000);
    }

    @Test
    void oneMegabyteHeadlineInTitleCase() {
        // one sentence of a million characters in title case: read again in sentence case, once
        Random r = new Random(11);
        String[] words = {"The", "Minister", "Valdoria", "Said", "Talks", "Would", "Resume", "Korvella", "And", "Ostrowe"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) sb.append(words[r.nextInt(words.length)]).append(' ');
        List<Mention> ms = annotate(sb.toString(), 20_000);
        assertTrue(ms.size() < 200_000 / 2, "not every word is a name: " + ms.size());
    }

    @Test
    void hundredThousandUnbalancedQuoteMarks() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.append(i % 3 == 0 ? "\"" : i % 3 == 1 ? "“ Lee" : "' ");
        annotate(sb.toString(), 20_000);
    }

    @Test
    void hyphenChainsAndManyCompounds() {
        // one word of a quarter million hyphenated parts, then a hundred thousand compounds of names
        annotate("Seoul-Washington-".repeat(25_000) + "Tokyo", 20_000);
        List<Mention> ms = annotate("the North Korea-U.S. Beijing-based Trump-Kim ".repeat(20_000), 20_000);
        assertTrue(ms.size() >= 20_000, "the names inside the compounds are found: " + ms.size());
    }

    @Test
    void allCapsArticle() {
        String text = ("NORTH KOREA'S LEADER KIM JONG UN MET SOUTH KOREAN PRESIDENT MOON JAE-IN IN PANMUNJOM ON FRIDAY. "
                + "THE TWO LEADERS AGREED TO WORK TOWARD PEACE, OFFICIALS SAID.\n\n").repeat(50);
        List<Mention> ms = annotate(text, 5_000);
        assertTrue(ms.size() < text.length() / 10, "not every word is a name");
        // the leader's name in capitals keeps its last syllable, which is no "UN"
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("KIM JONG UN") && m.type().equals("PERSON")), ms.subList(0, 8).toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("UN")), "no United Nations in the leader's name");
    }

    @Test
    void nonEnglishArticle() {
        annotate(("북한 김정은 국무위원장이 문재인 대통령과 판문점에서 만났다. "
                + "Der Außenminister sagte am Montag, die Gespräche würden fortgesetzt. "
                + "Министр заявил, что переговоры продолжатся.\n\n").repeat(100), 5_000);
    }

    @Test
    void onlyNumbersAndDates() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) sb.append(i).append(i % 7 == 0 ? " 2019-02-27 Feb. 28, " : " 3.5% ").append(i % 11 == 0 ? "\n" : "");
        List<Mention> ms = annotate(sb.toString(), 10_000);
        assertTrue(ms.size() < 100, ms.size() + " mentions in numbers");
    }

    @Test
    void randomTextsNeverThrow() {
        Props.forAll("entities on random text", 200, r -> annotate(Props.string(r, 400), 5_000));
    }

    /** Words the rules look for around names, so that random texts reach their edges (a cue at the text's start or end). */
    private static final List<String> CUE_WORDS = List.of("from", "woman", "of", "the", "a", "firm", "company", "band", ",", ".",
            "63", "told", "according", "to", "said", "announced", "is", "reporting", "villages", "were", "and", "resident",
            "officials", "Colts", "beat", "3-1", "goals", "league", "Seacom", "Warren", "Kim", "Jong", "Un", "MWEB", "THR",
            "Dies", "Charged", "With", "Esther", "Williams", "I", "\n\n", "\"", "Mr.", "Inc.", "job", "at", "Kraft", "On");

    @Test
    void textsOfTheRulesCueWordsNeverThrow() {
        Props.forAll("entities on texts of cue words", 2_000, r -> {
            StringBuilder b = new StringBuilder();
            for (String w : Props.listOf(r, 14, x -> Props.oneOf(x, CUE_WORDS))) b.append(w).append(r.nextBoolean() ? " " : "");
            annotate(b.toString(), 5_000);
        });
    }
}
