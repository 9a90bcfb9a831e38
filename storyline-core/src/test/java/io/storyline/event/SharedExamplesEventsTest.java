package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.EntityResolver;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.ingest.Limits;
import io.storyline.model.Article;
import io.storyline.model.Event;
import io.storyline.model.EventMention;
import io.storyline.model.Mention;
import io.storyline.model.Modality;
import io.storyline.model.Outcome;
import io.storyline.model.Source;
import io.storyline.model.Timex;
import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events of the three captures of {@code ../shared/examples} (read at test time; skipped when
 * absent): the minister's remarks that 000 and 001 both carry are one event with two sources,
 * and 002's events sit at their own dates, none taken from the page clutter.
 */
class SharedExamplesEventsTest {
    private static List<Article> articles;
    private static List<EventMention> mentions;
    private static List<Event> events;
    private static io.storyline.story.StoryCorpus stories;

    @BeforeAll
    static void run() {
        Path dir = io.storyline.testing.SharedData.examples();
        if (dir == null) return;
        List<Outcome> outcomes = new ArrayList<>();
        new BatchRunner(Pipeline.standard(Limits.DEFAULT), 1).run(List.of(dir.toString()), outcomes::add);
        outcomes.sort(Comparator.comparing(Outcome::input));
        // the corpus stages date the undated capture (002) from its text and the others
        io.storyline.export.Analysis analysis = io.storyline.pipeline.Analyzer.standard().analyze(outcomes);
        articles = analysis.articles();
        TextAnalyzer analyzer = TextAnalyzer.standard();
        EntityRecognizer recognizer = EntityRecognizer.standard();
        EntityResolver resolver = EntityResolver.standard();
        EntityIndex index = new EntityIndex();
        EventExtractor extractor = EventExtractor.standard();
        mentions = new ArrayList<>();
        stories = io.storyline.story.StoryCorpus.inMemory();
        io.storyline.story.StoryProfiler profiler = io.storyline.story.StoryProfiler.standard();
        io.storyline.story.StoryClusterer clusterer = io.storyline.story.StoryClusterer.standard();
        for (Article a : articles) {
            TextAnalysis t = analyzer.analyze(a.text());
            List<Timex> timexes = analysis.timexesOf(a.id());
            List<Mention> names = recognizer.recognize(a.id(), a.text(), t);
            EntityResolver.Resolution r = resolver.add(index, a.id(), a.published() == null ? null : a.published().value(), t, names);
            clusterer.add(stories, profiler.profile(a, t, names, timexes));
            mentions.addAll(extractor.extract(EventInput.of(a, t).withTimexes(timexes).withResolution(r)));
        }
        events = EventMerger.standard().merge(mentions, articles);
    }

    private static void present() {
        Assumptions.assumeTrue(articles != null, "../shared/examples is absent; skipping");
    }

    private static String article(String prefix) {
        return articles.stream().filter(a -> a.provenance().file().contains(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no article from " + prefix)).id();
    }

    private static Set<String> articlesOf(Event e) {
        return e.sources().stream().map(Source::article).collect(Collectors.toSet());
    }

    private static List<Event> in(String article) {
        return events.stream().filter(e -> articlesOf(e).contains(article)).toList();
    }

    private static Event one(String article, String type, String sourceWords) {
        List<Event> found = in(article).stream().filter(e -> e.type().equals(type)
                && e.sources().stream().anyMatch(s -> s.text().contains(sourceWords))).toList();
        assertEquals(1, found.size(), type + " '" + sourceWords + "': " + found);
        return found.get(0);
    }

    @Test
    void theMinistersRemarksInBothCopiesAreOneEventWithTwoSources() {
        present();
        String a = article("000_"), b = article("001_");
        List<Event> remarks = events.stream().filter(e -> e.type().equals("STATEMENT")
                && e.actorNames().stream().anyMatch(n -> n.startsWith("Lee"))).toList();
        assertEquals(1, remarks.size(), remarks.toString());
        Event e = remarks.get(0);
        assertEquals(Set.of(a, b), articlesOf(e));
        // every sentence reporting the remarks is a source; each copy reports them alike
        assertEquals(e.sources().stream().filter(s -> s.article().equals(a)).count(),
                e.sources().stream().filter(s -> s.article().equals(b)).count(), e.sources().toString());
        assertEquals(1, e.actors().size(), "the minister resolved to one entity: " + e);
        assertEquals("2021-02-03", e.when().value());
    }

    @Test
    void eventsOfTheUndatedCaptureSitAtTheirOwnDates() {
        present();
        String c = article("002_");
        // the first (Singapore) summit, retold: at its own day, and one event with 000's "first summit in 2018"
        Event singapore = one(c, "CONSULT", "first landmark summit");
        assertEquals("2018-06-12", singapore.when().value());
        assertFalse(singapore.when().inferred());
        assertTrue(articlesOf(singapore).contains(article("000_")), singapore.toString());
        // the planned Hanoi summit: next week from the inferred publication day, the week of 27 and 28 February
        Event hanoi = one(c, "CONSULT", "planned summit next week");
        assertEquals(Modality.PLANNED, hanoi.modality());
        DateRange w = DateRange.parse(hanoi.when().value());
        assertTrue(w.start().toString().compareTo("2019-02-27") <= 0 && w.end().toString().compareTo("2019-02-28") >= 0,
                hanoi.when().toString());
        // the interview "last week" and the report "on Monday"
        Event interview = one(c, "STATEMENT", "local media interview");
        assertEquals("2019-W07", interview.when().value());
        Event report = one(c, "STATEMENT", "CNN also reported");
        assertEquals("2019-02-18", report.when().value());
    }

    @Test
    void noEventComesFromClutterAndEverySourceIsItsArticlesText() {
        present();
        for (Event e : events) {
            for (Source s : e.sources()) {
                Article a = articles.stream().filter(x -> x.id().equals(s.article())).findFirst().orElseThrow();
                assertEquals(a.text().substring(s.start(), s.end()), s.text());
                // 002's photo caption (set aside as clutter) dates the Hanoi summit: no event may come from it
                assertFalse(s.text().contains("pose during"), "event from a caption: " + s.text());
            }
        }
    }

    @Test
    void planAndPossibilityWithoutTheirOwnDateAreUndated() {
        present();
        for (EventMention m : mentions) {
            if (m.when() != null && m.when().inferred()) {
                assertTrue(m.modality() == Modality.ASSERTED || m.modality() == Modality.NEGATED, m.toString());
            }
        }
    }

    @Test
    void theThreeCapturesAreOneStory() {
        present();
        assertEquals(1, stories.storyIds().size(), stories.storyIds().toString());
        assertEquals(3, stories.articles(stories.storyIds().get(0)).size());
    }
}
