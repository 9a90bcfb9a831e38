package io.storyline.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import io.storyline.model.Timex;
import io.storyline.testing.Props;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile and odd texts: bounded time, sensible output, nothing thrown. Every result is checked
 * for the contract: offsets index the text, expressions in order without overlap, values ISO 8601.
 */
class TimexBadInputTest {
    private static final TimexTagger TAGGER = TimexTagger.standard();
    private static final DateValue PUBLISHED = new DateValue("2019-02-19", Precision.DAY, false, "test");
    private static final String DATE = "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?)?)?|-W\\d{2})?";
    private static final Pattern VALUE = Pattern.compile(DATE + "(/" + DATE + ")?|P(\\d+[YMWD]|T\\d+[HM])|XXXX-WXX-[1-7]");
    private static final String[] VOCABULARY = {"may", "March", "2019", "last", "week", "the", "past", "25", "years",
            "Monday", "said", "will", "Feb", ".", "27", "and", "28", "-", "since", "between", "early", "mid", "next",
            "3", "p.m.", "15:35", "IST", "ago", "later", "two", "days", "a", "day", "of", "first", "half", "'90s", "s",
            "year", "tomorrow", "from", "to", "2018-19", "12/31/2019", "Q3", "the", "end", "century", "20th"};

    static void checkContract(String text, List<Timex> ts) {
        int last = 0;
        for (Timex t : ts) {
            assertTrue(t.start() >= last, "in order and apart: " + t);
            assertEquals(t.text(), text.substring(t.start(), t.end()));
            assertTrue(t.end() > t.start(), "not empty: " + t);
            assertTrue(t.value() == null || VALUE.matcher(t.value()).matches(), "ISO value: " + t.value());
            last = t.end();
        }
    }

    private static List<Timex> tagWithin(String text, Duration limit) {
        long t0 = System.nanoTime();
        List<Timex> ts = TAGGER.tag("a", text, PUBLISHED, null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < limit.toMillis(), "took " + ms + " ms on " + text.length() + " chars");
        checkContract(text, ts);
        return ts;
    }

    @Test
    void megabyteParagraphWithoutPunctuation() {
        Random r = new Random(1);
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20)) {
            String w = VOCABULARY[r.nextInt(VOCABULARY.length)];
            if (!w.equals(".") && !w.equals("-")) sb.append(w).append(' ');
        }
        List<Timex> ts = tagWithin(sb.toString(), Duration.ofSeconds(5));
        assertTrue(ts.size() < sb.length() / 4, "bounded output: " + ts.size());
        // the inference too, with many corpus facts that match everywhere
        List<PublicationDateInference.KnownEvent> known = new java.util.ArrayList<>();
        for (int y = 1900; y < 2100; y++) {
            known.add(new PublicationDateInference.KnownEvent("summit", java.util.Set.of("first", "last"), Integer.toString(y), "x"));
        }
        String summits = sb.toString().replace("week", "summit");
        long t0 = System.nanoTime();
        PublicationDateInference.standard().infer(summits, known);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 10_000, "inference took " + ms + " ms");
    }

    @Test
    void onlyNumbersAndDates() {
        Random r = new Random(2);
        StringBuilder sb = new StringBuilder();
        String[] forms = {"2019-02-27", "12", "03/04/2020", "15:35", "1999", "27 Feb 2019", "1.2.3.4", "2,500",
                "2018-2020", "1-1-1-1-1", "0900", "31/31/2031", "2019/13/45", "99999999999999999999", "0", "-7"};
        while (sb.length() < 400_000) sb.append(forms[r.nextInt(forms.length)]).append(r.nextBoolean() ? ' ' : '\n');
        List<Timex> ts = tagWithin(sb.toString(), Duration.ofSeconds(5));
        assertTrue(ts.stream().anyMatch(t -> "2019-02-27".equals(t.value())), "the ISO days are read");
        assertTrue(ts.stream().noneMatch(t -> t.text().equals("2019/13/45")), "no month 13");
    }

    @Test
    void longRunsOfOneCharacterOrWord() {
        tagWithin("-".repeat(100_000), Duration.ofSeconds(3));
        tagWithin("1-".repeat(50_000), Duration.ofSeconds(3));
        tagWithin("the ".repeat(50_000), Duration.ofSeconds(3));
        tagWithin("last ".repeat(50_000), Duration.ofSeconds(3));
        tagWithin("Feb. 27 and ".repeat(20_000), Duration.ofSeconds(3));
        tagWithin("3 p.m. ".repeat(20_000), Duration.ofSeconds(3));
        tagWithin("9".repeat(200_000), Duration.ofSeconds(3));
        tagWithin("\uD83D\uDE00".repeat(50_000) + "\uD800", Duration.ofSeconds(3));
    }

    @Test
    void allCapsArticleReadsLikeTheSameInLowerCase() {
        String text = "The two leaders will meet in Hanoi on Feb. 27 and 28, officials said Tuesday. They first met "
                + "last June 12 in Singapore and spoke again last week. Talks broke down in November, and a deal is "
                + "expected by the end of the year. The past 25 years saw little progress since 1994.";
        List<Timex> normal = TAGGER.tag("a", text, PUBLISHED, null);
        List<Timex> caps = tagWithin(text.toUpperCase(Locale.ROOT), Duration.ofSeconds(1));
        assertEquals(normal.stream().map(Timex::value).toList(), caps.stream().map(Timex::value).toList());
        assertTrue(normal.size() >= 8, normal.toString());
    }

    @Test
    void nonEnglishArticles() {
        String german = "Am 19. November 2021 trafen sich die Minister in Berlin. Die Gespräche sollen im März "
                + "fortgesetzt werden, hieß es am Dienstag.";
        String korean = "2019년 2월 27일 하노이에서 북미 정상회담이 열린다. 전문가들은 화요일 이렇게 말했다.";
        String french = "Le sommet aura lieu les 27 et 28 février 2019 à Hanoï, ont annoncé mardi des responsables.";
        assertEquals("2021-11-19", tagWithin(german, Duration.ofSeconds(1)).get(0).value());
        assertTrue(tagWithin(korean, Duration.ofSeconds(1)).isEmpty(), "no times read into Korean digits");
        tagWithin(french, Duration.ofSeconds(1));
    }

    @Test
    void undatedTextKeepsRelativeExpressionsWithoutValues() {
        List<Timex> ts = TAGGER.tag("a", "They met on Tuesday and will meet again next month, in 2020.", (DateValue) null, null);
        assertEquals(List.of("none", "none", "absolute"), ts.stream().map(Timex::anchor).toList());
        assertEquals(java.util.Arrays.asList(null, null, "2020"), ts.stream().map(Timex::value).toList());
    }

    @Test
    void randomTextsNeverBreakTheContract() {
        Props.forAll("timex random strings", 200, r -> {
            String s = Props.string(r, 400);
            checkContract(s, TAGGER.tag("a", s, PUBLISHED, null));
        });
        Props.forAll("timex random word soups", 200, r -> {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(VOCABULARY[r.nextInt(VOCABULARY.length)]);
                sb.append(r.nextInt(5) == 0 ? "" : r.nextInt(8) == 0 ? "\n" : " ");
            }
            String s = sb.toString();
            checkContract(s, TAGGER.tag("a", s, r.nextBoolean() ? PUBLISHED : null, r.nextBoolean() ? "SEOUL" : null));
            String caps = s.toUpperCase(Locale.ROOT);
            checkContract(caps, TAGGER.tag("a", caps, PUBLISHED, null));
            PublicationDateInference.standard().infer(s);
        });
    }
}
