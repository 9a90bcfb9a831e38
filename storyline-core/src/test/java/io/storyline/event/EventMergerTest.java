package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.EntityResolver;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.annotate.time.TimexTagger;
import io.storyline.model.Article;
import io.storyline.model.Block;
import io.storyline.model.DateValue;
import io.storyline.model.Event;
import io.storyline.model.EventMention;
import io.storyline.model.Modality;
import io.storyline.model.Precision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event coreference on short texts written for the test (fictional outlets and people). */
class EventMergerTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private static final TimexTagger TAGGER = TimexTagger.standard();
    private static final EntityRecognizer NER = EntityRecognizer.standard();
    private static final EntityResolver RESOLVER = EntityResolver.standard();
    private static final EventExtractor EXTRACTOR = EventExtractor.standard();

    static Article article(String id, String day, String text) {
        Article.Builder b = Article.builder();
        b.id = id;
        b.provenance = io.storyline.model.Provenance.ofFile(id + ".txt");
        b.published = new DateValue(day, Precision.DAY, false, "test");
        b.body(List.of(new Block(text, "paragraph", 0, text.length())));
        return b.build();
    }

    static List<Event> events(List<Article> articles, List<EventMention> out) {
        EntityIndex index = new EntityIndex();
        for (Article a : articles) {
            TextAnalysis t = ANALYZER.analyze(a.text());
            EntityResolver.Resolution r = RESOLVER.add(index, a.id(), a.published().value(), t, NER.recognize(a.id(), a.text(), t));
            out.addAll(EXTRACTOR.extract(EventInput.of(a, t).withTimexes(TAGGER.tag(a.id(), t, a.published(), null)).withResolution(r)));
        }
        return EventMerger.standard().merge(out, articles);
    }

    @Test
    void eachNameInsideAHyphenatedWordTakesPart() {
        Article a = article("a-1", "2024-03-05", "President Ilse Varga and Premier Tomas Brennick met on Monday. "
                + "The Ostmark-Kaldoria talks stalled on Tuesday, after the first Varga-Brennick summit in 2023.");
        List<EventMention> ms = new ArrayList<>();
        events(List.of(a), ms);
        boolean both = false;
        for (EventMention m : ms) {
            List<String> actors = m.actors().stream().map(p -> p.text()).toList();
            if (actors.contains("Varga") && actors.contains("Brennick")) both = true;
        }
        assertTrue(both, "the Varga-Brennick summit has both as actors: " + ms);
    }

    @Test
    void aCopyPrintedDaysLaterReportsTheOriginalsEventsOnlyWhenKnownAsACopy() {
        String text = "Minister Ilse Varga said on Monday that sanctions would not bring Ostmark back to the talks.";
        Article original = article("a-1", "2024-03-05", text);
        Article copy = article("a-2", "2024-03-12", text);
        List<EventMention> ms = new ArrayList<>();
        List<Event> apart = events(List.of(original, copy), ms);
        assertTrue(apart.size() >= 2, "a week apart, \"on Monday\" is two Mondays: " + apart);
        List<Event> joined = EventMerger.standard().merge(ms, List.of(original, copy), a -> "g-1");
        assertEquals(apart.size() / 2, joined.size(), joined.toString());
        for (Event e : joined) {
            assertEquals(List.of("a-1", "a-2"), e.sources().stream().map(io.storyline.model.Source::article).distinct().toList());
        }
        assertEquals("2024-03-04", joined.get(0).when().value(), "the original's Monday");
    }

    @Test
    void aLongBackgroundClauseReprintedInLaterStoriesIsOneEvent() {
        String background = "Negotiators from Norway and Finland held talks in Oslo about the fishing rights in the disputed northern waters.";
        Article first = article("a-1", "2024-03-05", background + " The weather in the harbour was cold.");
        Article later = article("a-2", "2024-05-20", "The ferry line reopened on Monday. " + background);
        List<Event> events = events(List.of(first, later), new ArrayList<>());
        List<Event> talks = events.stream().filter(e -> e.type().equals("CONSULT")).toList();
        assertEquals(1, talks.size(), events.toString());
        assertEquals(List.of("a-1", "a-2"), talks.get(0).sources().stream().map(io.storyline.model.Source::article).distinct().toList());
        assertEquals("2024-03-05", talks.get(0).when().value(), "dated by its first report");

        // a short clause printed alike in two stories may be two events
        Article a = article("a-3", "2024-03-05", "Norway and Finland held talks.");
        Article b = article("a-4", "2024-05-20", "Norway and Finland held talks.");
        assertEquals(2, events(List.of(a, b), new ArrayList<>()).stream().filter(e -> e.type().equals("CONSULT")).count());
    }

    @Test
    void aPlannedMeetingAndItsLaterReportAreOneEventWithItsHistory() {
        Article plan = article("a-1", "2024-03-04", "Norway and Finland will hold talks in Oslo on March 12, the Daily Lantern reported.");
        Article done = article("a-2", "2024-03-13", "Norway and Finland held talks in Oslo on Tuesday, the Evening Kite reported.");
        List<EventMention> ms = new ArrayList<>();
        List<Event> events = events(List.of(plan, done), ms);
        List<Event> talks = events.stream().filter(e -> e.type().equals("CONSULT")).toList();
        assertEquals(1, talks.size(), ms + "\n" + events);
        Event e = talks.get(0);
        assertEquals(2, e.sources().size());
        assertEquals("2024-03-12", e.when().value());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of(Modality.PLANNED, Modality.ASSERTED), e.history().stream().map(Event.ModalityChange::modality).toList());
    }

    @Test
    void lookAlikeEventsAtOtherDatesStayApart() {
        Article a = article("a-1", "2024-03-04", "Norway and Finland held talks in Oslo on Monday.");
        Article b = article("a-2", "2024-06-20", "Norway and Finland held talks in Oslo on Tuesday.");
        List<Event> events = events(List.of(a, b), new ArrayList<>());
        assertEquals(2, events.stream().filter(e -> e.type().equals("CONSULT")).count(), events.toString());
    }

    @Test
    void aCopyPrintedADayLaterIsTheSameEvent() {
        String text = "Mayor Tomas Ilvane told reporters that the new bridge would open soon.";
        List<Event> events = events(List.of(article("a-1", "2024-05-01", text), article("a-2", "2024-05-02", text)), new ArrayList<>());
        assertTrue(!events.isEmpty());
        for (Event e : events) assertEquals(2, e.sources().size(), e.toString());
    }

    @Test
    void manyDatedSentencesStayBoundedAndFast() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append("On March ").append(1 + i % 28).append(", Norway and Finland signed agreement number ").append(i).append(". ");
        }
        long t0 = System.nanoTime();
        List<EventMention> ms = new ArrayList<>();
        List<Event> events = events(List.of(article("a-1", "2024-04-01", sb.toString())), ms);
        long ms0 = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms.size() <= EventOptions.defaults().maxMentions());
        assertTrue(events.size() <= 28 * 2, events.size() + " events");
        assertTrue(ms0 < 10_000, ms0 + " ms");
    }
}
