package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Event;
import io.storyline.model.Modality;
import io.storyline.model.Outcome;
import io.storyline.model.Precision;
import io.storyline.model.Provenance;
import io.storyline.model.Source;
import io.storyline.pipeline.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a timeline needs beyond the typed events: dated acts of verbs with no type of their own,
 * event nouns with the thing they are about, plans dated by the plan the text stated before, and
 * "this week" of a past event ending at the reporting day. The article is fictional.
 */
class TimelineEventsTest {
    /** Reported on Monday 31 March 2031: ISO week 14 runs from 31 March to 6 April. */
    private static final String TEXT = String.join("\n",
            "Harbor Lights Records has filed a lawsuit against Nimbus Devices in a Dublin court this week.",
            "Nimbus Devices was founded by Mara Quill in 2019.",
            "In February the Nimbus Tablet passed the Orion Pad to become the best-selling tablet in Ireland, "
                    + "according to figures released March 20 by Tallyhouse.",
            "Tallyhouse said 4 million tablets had been sold since the launch in 2019 and that as of February, "
                    + "the Nimbus Tablet accounts for 30% of all tablet sales.",
            "The Nimbus Tablet 2 will be available on April 18 in Ireland and Wales.",
            "It comes in two colours.",
            "The first Nimbus Tablet will be discontinued.",
            "Pre-orders of the recently announced Nimbus Tablet 2 began Friday, overwhelming the shop.");

    private static List<Event> events;

    @BeforeAll
    static void analyze() {
        Article.Builder b = Article.builder();
        b.id = "nimbus";
        b.provenance = Provenance.ofFile("nimbus.txt");
        b.title = "Nimbus Devices sued in Dublin";
        b.text = TEXT;
        b.published = new DateValue("2031-03-31", Precision.DAY, false, "test");
        List<Outcome> in = new ArrayList<>();
        in.add(Outcome.ok(b.build()));
        events = Analyzer.standard().analyze(in).events();
    }

    /**
     * The event whose source covers the word {@code trigger} after {@code sentence}'s start most
     * narrowly (a clause rather than the report around it).
     */
    private static Event citing(String sentence, String trigger) {
        int s = TEXT.indexOf(sentence);
        assertTrue(s >= 0, sentence);
        int at = TEXT.indexOf(trigger, s);
        Event best = null;
        int width = Integer.MAX_VALUE;
        for (Event e : events) {
            for (Source src : e.sources()) {
                if (src.start() <= at && at + trigger.length() <= src.end() && src.end() - src.start() < width) {
                    best = e;
                    width = src.end() - src.start();
                }
            }
        }
        if (best == null) throw new AssertionError("no event cites '" + trigger + "' in: " + sentence + "\n" + events);
        return best;
    }

    private static String when(Event e) {
        assertNotNull(e.when(), "undated: " + e);
        return e.when().value();
    }

    @Test
    void aPastEventOfTheReportingWeekEndsAtTheReportingDay() {
        assertEquals("2031-03-31", when(citing("Harbor Lights", "filed")));
    }

    @Test
    void anActOfNoTypeIsAnEventWhenItsClauseStatesItsDate() {
        assertEquals("2019", when(citing("was founded", "founded")));
        assertEquals("2031-02", when(citing("In February", "passed")));
    }

    @Test
    void aTimePhraseBeforeAClauseDatesItAndTakesNoYearFromAnEarlierClause() {
        assertEquals("2031-02", when(citing("as of February", "accounts")));
    }

    @Test
    void aPlanWithoutADateTakesTheFutureDateStatedJustBefore() {
        Event e = citing("will be discontinued", "discontinued");
        assertEquals(Modality.PLANNED, e.modality());
        assertEquals("2031-04-18", when(e));
    }

    @Test
    void anEventNounTakesTheNamedThingItIsAbout() {
        Event e = citing("Pre-orders", "Pre-orders");
        assertEquals("2031-03-28", when(e));
        List<String> names = new ArrayList<>(e.actorNames());
        names.addAll(e.targetNames());
        assertTrue(names.stream().anyMatch(n -> n.contains("Nimbus Tablet 2")), names.toString());
    }
}
