package io.storyline.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.annotate.time.PublicationDateInference.KnownEvent;
import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import io.storyline.model.Timex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dating undated articles from what they say. */
class PublicationDateInferenceTest {
    private static final PublicationDateInference INFERENCE = PublicationDateInference.standard();

    private static Path examples() {
        return io.storyline.testing.SharedData.examples();
    }

    private static String read(Path examples, String prefix) throws IOException {
        try (var s = Files.list(examples)) {
            Path f = s.filter(x -> x.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(f);
        }
    }

    /** What the corpus knows from a dated article: its absolute expressions and the events beside them. */
    private static List<KnownEvent> knownFrom(String text, String source) {
        List<KnownEvent> out = new ArrayList<>();
        for (Timex t : TimexTagger.standard().tag(source, text, (DateValue) null, null)) {
            if (!"absolute".equals(t.anchor())) continue;
            KnownEvent e = KnownEvent.near(text, t, source);
            if (e != null) out.add(e);
        }
        return out;
    }

    @Test
    void example002IsDatedFromItsSummitNextWeekAndTheFirstSummitKnownFromTheOtherExamples() throws IOException {
        Path ex = examples();
        assumeTrue(ex != null, "../shared/examples is absent: example inference skipped");
        List<KnownEvent> known = new ArrayList<>(knownFrom(read(ex, "000_"), "000"));
        known.addAll(knownFrom(read(ex, "001_"), "001"));
        assertTrue(known.stream().anyMatch(k -> k.noun().equals("summit") && k.date().equals("2018")), known.toString());
        DateValue d = INFERENCE.infer(read(ex, "002_"), known);
        assertNotNull(d);
        assertEquals("2019-02-19", d.value());
        assertEquals(Precision.DAY, d.precision());
        assertTrue(d.inferred());
        for (String clue : List.of("next week", "Feb. 27 and 28", "said Tuesday", "June 12 last year")) {
            assertTrue(d.evidence().contains(clue), clue + " in " + d.evidence());
        }
        // and the relative expressions then fall into place
        List<Timex> ts = TimexTagger.standard().tag("002", read(ex, "002_"), d, null);
        assertTrue(ts.stream().anyMatch(t -> t.text().equals("last June 12") && "2018-06-12".equals(t.value())));
        assertTrue(ts.stream().anyMatch(t -> t.text().equals("next week") && "2019-W09".equals(t.value())));
    }

    @Test
    void example002WithoutTheCorpusHasNoYearAndNoAnswer() throws IOException {
        Path ex = examples();
        assumeTrue(ex != null, "../shared/examples is absent: example inference skipped");
        assertNull(INFERENCE.infer(read(ex, "002_")));
    }

    @Test
    void aDatedEventNextWeekAndAWeekdayGiveTheDay() {
        String text = "The Vessel Council will convene in Brill next week for its first summit since 2011, "
                + "aides said Wednesday.\n\nThe summit, to be held Oct. 14-15, 2015, was announced in May.";
        DateValue d = INFERENCE.infer(text);
        assertNotNull(d);
        assertEquals("2015-10-07", d.value()); // the Wednesday of the week before 12-18 October 2015
        assertTrue(d.evidence().contains("next week"), d.evidence());
    }

    @Test
    void aKnownEventGivesTheYear() {
        String text = "The two mayors will meet again on Friday, a year after their first meeting in Dorn, "
                + "which took place on March 3 last year, an aide said Monday.";
        KnownEvent first = new KnownEvent("meeting", Set.of("first", "dorn"), "2016-03-03", "corpus");
        DateValue d = INFERENCE.infer(text, List.of(first));
        assertNotNull(d);
        assertTrue(d.value().startsWith("2017"), d.value());
        assertTrue(d.evidence().contains("known from corpus"), d.evidence());
    }

    @Test
    void pastAndFutureDatesBoundTheDate() {
        String text = "The bridge, which opened on June 3, 2021, has carried a million cars, and a second lane "
                + "will open on Sept. 15, 2021.";
        DateValue d = INFERENCE.infer(text);
        assertNotNull(d);
        assertEquals("2021-06/2021-09", d.value());
        assertEquals(Precision.MONTH, d.precision());
    }

    @Test
    void nothingToGoOnGivesNothing() {
        assertNull(INFERENCE.infer("The committee met on Tuesday and will meet again next month."));
        assertNull(INFERENCE.infer(""));
        assertNull(INFERENCE.infer(null));
    }

    @Test
    void knownEventsAreReadFromTheEventNounBesideADate() {
        String text = "The leaders agreed on a plan at their first summit in 2018, officials said.";
        Timex year = TimexTagger.standard().tag("a", text, (DateValue) null, null).get(0);
        KnownEvent e = KnownEvent.near(text, year, "a");
        assertNotNull(e);
        assertEquals("summit", e.noun());
        assertEquals(Set.of("first"), e.modifiers());
        assertEquals("2018", e.date());
        assertNull(KnownEvent.near("Prices rose in 2018.", TimexTagger.standard().tag("a", "Prices rose in 2018.",
                (DateValue) null, null).get(0), "a"));
    }
}
