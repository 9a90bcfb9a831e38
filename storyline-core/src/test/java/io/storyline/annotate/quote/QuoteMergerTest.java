package io.storyline.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMergerTest {
    private static Quote q(String article, String text, String speaker) {
        return new Quote("q-" + article + text.length(), article, 0, text.length(), text, speaker, null, null, List.of());
    }

    @Test
    void syndicatedCopiesBecomeOneStatement() {
        String a = "If we were to talk about additional sanctions, it's time to review what achievements the sanctions have brought so far.";
        String b = "If we were to talk about additional sanctions, it’s time to review what achievements the sanctions have brought so far.";
        String c = "If we were to talk about new sanctions, it's time to review what achievements the sanctions have brought so far";
        List<Quote> merged = QuoteMerger.merge(List.of(q("a-1", a, null), q("a-2", b, "Lee In-young"), q("a-3", c, "Lee"),
                q("a-2", "Strengthening it might not be everything.", "Lee In-young")));
        assertEquals(2, merged.size(), merged.toString());
        Quote first = merged.get(0);
        assertEquals("a-1", first.article());
        assertEquals(List.of("a-2", "a-3"), first.alsoIn());
        assertEquals("Lee In-young", first.speaker(), "the speaker of the first copy that has one");
        assertTrue(merged.get(1).alsoIn().isEmpty());
    }

    @Test
    void differentQuotesStayApart() {
        List<Quote> merged = QuoteMerger.merge(List.of(
                q("a-1", "We will not sign the treaty in its current form, and we have said so.", "X"),
                q("a-2", "We will sign the treaty next week in Tarrow, whatever happens.", "Y"),
                q("a-3", "No.", "Z"), q("a-4", "Yes.", "W"), q("a-5", "No.", "V")));
        assertEquals(4, merged.size());
        assertEquals(List.of("a-5"), merged.get(2).alsoIn());
    }

    @Test
    void quotesOfOneArticleAreNotMergedHere() {
        String s = "The fees are the hard part, and that will not change overnight.";
        assertEquals(2, QuoteMerger.merge(List.of(q("a-1", s, null), q("a-1", s, "X"))).size());
    }

    @Test
    void manyQuotesMergeInLinearishTime() {
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            qs.add(q("a-" + i, "Statement number " + (i % 5_000) + " says the harbour will reopen in spring with new cranes.", null));
        }
        long t0 = System.nanoTime();
        List<Quote> merged = QuoteMerger.merge(qs);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 10_000);
        assertEquals(5_000, merged.size());
    }
}
