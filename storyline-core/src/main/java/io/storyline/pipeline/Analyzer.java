package io.storyline.pipeline;

import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.EntityResolver;
import io.storyline.annotate.quote.QuoteFinder;
import io.storyline.event.EventExtractor;
import io.storyline.event.EventInput;
import io.storyline.event.EventMerger;
import io.storyline.story.StoryClusterer;
import io.storyline.story.StoryCorpus;
import io.storyline.story.StoryProfiler;
import io.storyline.annotate.quote.QuoteMerger;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.annotate.time.PublicationDateInference;
import io.storyline.annotate.time.PublicationDateInference.KnownEvent;
import io.storyline.annotate.time.TimexTagger;
import io.storyline.dedup.DedupCorpus;
import io.storyline.dedup.Deduplicator;
import io.storyline.export.Analysis;
import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Deadline;
import io.storyline.model.Mention;
import io.storyline.model.Outcome;
import io.storyline.model.Status;
import io.storyline.model.Timex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * The corpus stages, composed: given every document's outcome, deduplicates the articles (and,
 * as they arrive, annotates, finds events and stories). One-shot and in memory; the store runs
 * the same stages incrementally over its persisted corpus state. Thread-safe.
 */
public final class Analyzer {
    private final Deduplicator dedup;
    private final TimexTagger timexes;
    private final PublicationDateInference dating;
    private final TextAnalyzer text;
    private final EntityRecognizer recognizer;
    private final EntityResolver resolver;
    private final QuoteFinder quotes;
    private final EventExtractor events;
    private final EventMerger eventMerger;
    private final StoryProfiler profiler;
    private final StoryClusterer clusterer;

    public Analyzer(Deduplicator dedup, TimexTagger timexes, PublicationDateInference dating, TextAnalyzer text,
                    EntityRecognizer recognizer, EntityResolver resolver, QuoteFinder quotes, EventExtractor events,
                    EventMerger eventMerger, StoryProfiler profiler, StoryClusterer clusterer) {
        this.dedup = Objects.requireNonNull(dedup, "dedup");
        this.timexes = Objects.requireNonNull(timexes, "timexes");
        this.dating = Objects.requireNonNull(dating, "dating");
        this.text = Objects.requireNonNull(text, "text");
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.events = Objects.requireNonNull(events, "events");
        this.eventMerger = Objects.requireNonNull(eventMerger, "eventMerger");
        this.profiler = Objects.requireNonNull(profiler, "profiler");
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    }

    /** Words that characterise a story, reported with it. */
    private static final int STORY_TERMS = 8;
    /** Threads aligning texts with their duplicate candidates. */
    private static final int VERIFIERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    public static Analyzer standard() {
        return new Analyzer(Deduplicator.standard(), TimexTagger.standard(), PublicationDateInference.standard(),
                TextAnalyzer.standard(), EntityRecognizer.standard(), EntityResolver.standard(), QuoteFinder.standard(),
                EventExtractor.standard(), EventMerger.standard(), StoryProfiler.standard(), StoryClusterer.standard());
    }

    public Analysis analyze(List<Outcome> given) {
        List<Outcome> outcomes = withoutRepeats(given);
        List<Article> articles = new Analysis(outcomes).articles();
        // each text is tokenised and split into sentences once; every annotator reads that analysis
        Map<String, TextAnalysis> analyses = new HashMap<>();
        for (Article a : articles) analyses.put(a.id(), textAnalysis(a));
        // time: dated articles first; what they date becomes known events that help date the undated ones
        Map<String, List<Timex>> times = new HashMap<>();
        List<KnownEvent> known = new ArrayList<>();
        for (Article a : articles) {
            if (a.published() == null) continue;
            List<Timex> t = timexes(a, analyses.get(a.id()));
            times.put(a.id(), t);
            known.addAll(knownEvents(a, t));
        }
        Map<String, Article> dated = new HashMap<>();
        for (Article a : articles) {
            if (a.published() != null) continue;
            Article b = dated(a, known);
            if (b != a) dated.put(a.id(), b);
            times.put(a.id(), timexes(b, analyses.get(b.id())));
        }
        if (!dated.isEmpty()) {
            List<Outcome> replaced = new ArrayList<>(outcomes.size());
            for (Outcome o : outcomes) {
                Article b = o.status() == Status.OK ? dated.get(o.article().id()) : null;
                replaced.add(b == null ? o : new Outcome(o.input(), o.status(), o.reason(), b, o.raw()));
            }
            outcomes = replaced;
            articles = new Analysis(outcomes).articles();
        }
        DedupCorpus corpus = DedupCorpus.inMemory(dedup.options());
        // looked up and decided in input order; comparisons with candidates on the other cores
        dedup.addAll(corpus, articles.stream().map(a -> dedup.prepare(a.id(), a.text(),
                Deduplicator.sortableDate(a.published()), a.wire())).iterator(), VERIFIERS);
        // entities: resolved article by article, oldest first, so that names met first anchor the later short forms
        EntityIndex entities = new EntityIndex();
        List<io.storyline.model.Quote> found = new ArrayList<>();
        List<io.storyline.model.EventMention> mentionsOfEvents = new ArrayList<>();
        StoryCorpus stories = StoryCorpus.inMemory();
        List<Article> byDate = new ArrayList<>(articles);
        byDate.sort(java.util.Comparator.comparing((Article a) -> a.published() == null ? "~" : a.published().value()));
        Map<String, String> failures = new HashMap<>();
        for (Article a : byDate) {
            Annotated done = isolated(a, () -> annotate(a, analyses.get(a.id()), times.getOrDefault(a.id(), List.of()),
                    entities, stories), failures);
            if (done == null) continue;
            times.put(a.id(), done.timexes());
            found.addAll(done.quotes());
            mentionsOfEvents.addAll(done.events());
        }
        outcomes = withFailures(outcomes, failures);
        // quotes in the order of their articles, each once: copies in other articles go to alsoIn
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) order.put(articles.get(i).id(), i);
        found.sort(java.util.Comparator.comparing((io.storyline.model.Quote q) -> order.getOrDefault(q.article(), 0))
                .thenComparingInt(io.storyline.model.Quote::start));
        List<io.storyline.model.DuplicateGroup> groups = dedup.groups(corpus);
        Map<String, String> copyGroup = new HashMap<>();
        for (io.storyline.model.DuplicateGroup g : groups) {
            copyGroup.put(g.canonical(), g.id());
            for (String member : g.members()) copyGroup.put(member, g.id());
        }
        List<io.storyline.model.Event> merged = eventMerger.merge(mentionsOfEvents, articles, copyGroup::get);
        return new Analysis(outcomes, groups, times, entities.entities(), QuoteMerger.merge(found),
                merged, stories(stories, merged, articles));
    }

    /**
     * Runs one article's annotation: a bug in a stage must not end the analysis of the others, so
     * the failure is noted in {@code failures} (by article id) and null comes back, as the store
     * marks such an article and goes on.
     */
    static <T> T isolated(Article a, java.util.function.Supplier<T> step, Map<String, String> failures) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            failures.put(a.id(), "annotation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    /** The ledger with each failed annotation's reason on its article's row (still ok: its text was extracted). */
    static List<Outcome> withFailures(List<Outcome> outcomes, Map<String, String> failures) {
        if (failures.isEmpty()) return outcomes;
        List<Outcome> out = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            String why = o.article() == null ? null : failures.get(o.article().id());
            out.add(why == null ? o : new Outcome(o.input(), o.status(), why, o.article(), o.raw()));
        }
        return out;
    }

    /**
     * What the annotation of one article found.
     *
     * @param resolution its entity mentions, resolved to entities of the corpus
     * @param quotes     its direct quotes (before copies in other articles are merged)
     * @param events     its event mentions (before they are merged into events)
     * @param story      the story it joined, and why
     */
    public record Annotated(Article article, List<Timex> timexes, EntityResolver.Resolution resolution,
                            List<io.storyline.model.Quote> quotes, List<io.storyline.model.EventMention> events,
                            io.storyline.model.StoryDecision story) {
    }

    /**
     * Annotates one article against the corpus state given (the entities and stories so far, both
     * updated): entities resolved, quotes with their speakers, event mentions, the story it joins.
     * The analysis in memory and the store both go through here.
     *
     * @param t     the article's text analysis ({@link #textAnalysis})
     * @param times its time expressions ({@link #timexes})
     */
    public Annotated annotate(Article a, TextAnalysis t, List<Timex> times, EntityIndex entities, StoryCorpus stories) {
        return annotate(a, t, times, recognize(a, t), entities, stories);
    }

    /**
     * The names an article's text holds, before resolution: independent of the corpus, so any thread
     * may run it. An article in another language than English keeps only the names that do not
     * depend on English ({@link EntityRecognizer#recognizeForeign}).
     */
    public List<Mention> recognize(Article a, TextAnalysis t) {
        if (foreign(a)) return recognizer.recognizeForeign(a.id(), a.text(), t, a.language(), io.storyline.model.Deadline.none());
        return recognizer.recognize(a.id(), a.text(), t);
    }

    /** Identified as a language other than English (an article of unknown language is read as English). */
    static boolean foreign(Article a) {
        String lang = a.language();
        return lang != null && !lang.isBlank() && !lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    /** {@link #annotate(Article, TextAnalysis, List, EntityIndex, StoryCorpus)} with the names already recognized. */
    public Annotated annotate(Article a, TextAnalysis t, List<Timex> times, List<Mention> mentions, EntityIndex entities,
                              StoryCorpus stories) {
        times = outsideNames(times, mentions);
        EntityResolver.Resolution r = resolver.add(entities, a.id(), a.published() == null ? null : a.published().value(),
                t, mentions);
        List<io.storyline.model.Quote> q = quotes.find(a.id(), t, r, entities, Deadline.none());
        List<io.storyline.model.EventMention> ev = events.extract(EventInput.of(a, t).withTimexes(times)
                .withResolution(r).withQuotes(q));
        io.storyline.model.StoryDecision d = clusterer.add(stories, profiler.profile(a, t, mentions, times));
        return new Annotated(a, times, r, q, ev, d);
    }

    /**
     * The time expressions that are no part of a longer name: "Sunday" in "The Mail on Sunday",
     * "17 November" in "Revolutionary Organization 17 November" name no time.
     */
    static List<Timex> outsideNames(List<Timex> times, List<Mention> mentions) {
        if (times.isEmpty() || mentions.isEmpty()) return times;
        List<Mention> names = new ArrayList<>();
        for (Mention m : mentions) if (!"TITLE".equals(m.type())) names.add(m);
        names.sort(java.util.Comparator.comparingInt(Mention::start));
        List<Timex> byStart = new ArrayList<>(times);
        byStart.sort(java.util.Comparator.comparingInt(Timex::start));
        // one sweep: of the names starting at or before an expression, the one reaching furthest (the
        // longest among those) covers it if any does
        java.util.Set<Timex> inside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int next = 0, reachEnd = -1, reachStart = 0;
        for (Timex x : byStart) {
            for (; next < names.size() && names.get(next).start() <= x.start(); next++) {
                Mention m = names.get(next);
                if (m.end() > reachEnd || m.end() == reachEnd && m.start() < reachStart) {
                    reachEnd = m.end();
                    reachStart = m.start();
                }
            }
            if (reachEnd >= x.end() && reachEnd - reachStart > x.end() - x.start()) inside.add(x);
        }
        if (inside.isEmpty()) return times;
        List<Timex> out = new ArrayList<>(times.size());
        for (Timex x : times) if (!inside.contains(x)) out.add(x);
        return List.copyOf(out);
    }

    /** The tokens and sentences of an article's text, which every annotator reads. */
    public TextAnalysis textAnalysis(Article a) {
        return text.analyze(a.text());
    }

    /** An article's time expressions, anchored to its publication date and dateline. */
    public List<Timex> timexes(Article a, TextAnalysis t) {
        return timexes.tag(a.id(), t, a.published(), a.dateline());
    }

    /** The events a dated article's time expressions date, to help date undated articles. */
    public static List<KnownEvent> knownEvents(Article a, List<Timex> times) {
        List<KnownEvent> known = new ArrayList<>();
        for (Timex x : times) {
            if (!"absolute".equals(x.anchor())) continue;
            KnownEvent k = KnownEvent.near(a.text(), x, a.id());
            if (k != null) known.add(k);
        }
        return known;
    }

    /** An undated article with the publication date its text and the known events give, or itself. */
    public Article dated(Article a, List<KnownEvent> known) {
        if (a.published() != null) return a;
        DateValue inferred = dating.infer(evidenceText(a), known);
        if (inferred == null) return a;
        Article.Builder builder = a.toBuilder();
        builder.published = inferred;
        return builder.build();
    }

    /** The events of event mentions of the articles given (see {@link EventMerger#merge}). */
    public List<io.storyline.model.Event> mergeEvents(List<io.storyline.model.EventMention> mentions, List<Article> articles) {
        return eventMerger.merge(mentions, articles);
    }

    /** As {@link #mergeEvents(List, List)}, knowing each article's group of copies (null for none). */
    public List<io.storyline.model.Event> mergeEvents(List<io.storyline.model.EventMention> mentions, List<Article> articles,
                                                      java.util.function.Function<String, String> copyGroupOf) {
        return eventMerger.merge(mentions, articles, copyGroupOf);
    }

    /**
     * The stories found, each with its events in timeline order: by their own time (undated ones
     * last), then by first report.
     */
    static List<io.storyline.model.Story> stories(StoryCorpus c, List<io.storyline.model.Event> events, List<Article> articles) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) order.put(articles.get(i).id(), i);
        List<io.storyline.model.Story> out = new ArrayList<>();
        for (String id : c.storyIds()) {
            java.util.Set<String> members = new java.util.HashSet<>(c.articles(id));
            List<io.storyline.model.Event> mine = new ArrayList<>();
            for (io.storyline.model.Event e : events) {
                if (e.sources().stream().anyMatch(s -> members.contains(s.article()))) mine.add(e);
            }
            mine.sort(java.util.Comparator
                    .comparing((io.storyline.model.Event e) -> e.when() == null ? "~" : e.when().value())
                    .thenComparingInt(e -> e.sources().stream().mapToInt(s -> order.getOrDefault(s.article(), 0)).min().orElse(0)));
            List<String> inOrder = c.articles(id).stream()
                    .sorted(java.util.Comparator.comparingInt(a -> order.getOrDefault(a, 0))).toList();
            out.add(new io.storyline.model.Story(id, c.title(id), inOrder,
                    mine.stream().map(io.storyline.model.Event::id).toList(), c.terms(id, STORY_TERMS), c.history(id)));
        }
        return out;
    }

    /**
     * What an undated article's page says, for dating it: the body, then the captions the
     * extractor set aside (a caption often carries the date of the event the body calls "next
     * week"). Offsets are not taken from it.
     */
    static String evidenceText(Article a) {
        StringBuilder sb = new StringBuilder(a.text());
        for (io.storyline.model.Removed r : a.removed()) {
            if (r.why().equals(io.storyline.model.Clutter.CAPTION.label())) sb.append("\n\n").append(r.text());
        }
        return sb.toString();
    }

    /**
     * The outcomes with every input whose content (same bytes) an earlier input already brought
     * turned into a skipped duplicate of it, as the store does: one article per content.
     */
    static List<Outcome> withoutRepeats(List<Outcome> outcomes) {
        java.util.Map<String, String> firstInput = new java.util.HashMap<>();
        List<Outcome> out = new java.util.ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            if (o.status() == io.storyline.model.Status.OK) {
                String earlier = firstInput.putIfAbsent(o.article().id(), o.input());
                if (earlier != null) {
                    out.add(new Outcome(o.input(), io.storyline.model.Status.SKIPPED,
                            "duplicate: same content as " + earlier + ", earlier in this run", o.article(), null));
                    continue;
                }
            }
            out.add(o);
        }
        return out;
    }
}
