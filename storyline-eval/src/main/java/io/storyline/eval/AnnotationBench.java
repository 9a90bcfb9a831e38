package io.storyline.eval;

import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.EntityResolver;
import io.storyline.annotate.quote.QuoteFinder;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Annotation throughput on one thread, stage by stage, over article texts held in memory: tokens
 * and sentences ({@link TextAnalyzer}), names ({@link EntityRecognizer}), resolution into a corpus
 * index ({@link EntityResolver}), direct quotes with their speakers ({@link QuoteFinder}), and the
 * stages together. Tokens are Storyline's tokens. Each
 * stage gets a warm-up pass, then {@code rounds} timed passes; a stage reads what the stages before
 * it produced, computed outside its timing.
 */
public final class AnnotationBench {
    /**
     * One measured stage: wall-clock seconds and the CPU seconds of the measuring thread (the
     * per-core figure, unaffected by other processes competing for the machine).
     */
    public record Row(String stage, long tokens, double seconds, double cpuSeconds) {
        public double tokensPerSecond() {
            return seconds == 0 ? 0 : tokens / seconds;
        }

        public double tokensPerCpuSecond() {
            return cpuSeconds == 0 ? 0 : tokens / cpuSeconds;
        }

        public String row() {
            return String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.2f | %,.0f |", stage, tokens, seconds,
                    tokensPerSecond(), cpuSeconds, tokensPerCpuSecond());
        }
    }

    private AnnotationBench() {
    }

    public static String header() {
        return "| stage (1 thread) | tokens | wall s | tokens/s (wall) | CPU s | tokens/s per core (CPU) |\n"
                + "|---|---|---|---|---|---|";
    }

    public static List<Row> run(List<String> texts, int rounds) {
        TextAnalyzer analyzer = TextAnalyzer.standard();
        EntityRecognizer recognizer = EntityRecognizer.standard();
        EntityResolver resolver = EntityResolver.standard();
        List<TextAnalysis> analyses = new ArrayList<>(texts.size());
        for (String s : texts) analyses.add(analyzer.analyze(s));
        long tokens = 0;
        for (TextAnalysis t : analyses) tokens += t.tokenCount();
        List<List<Mention>> mentions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) mentions.add(recognizer.recognize("a-" + i, texts.get(i), analyses.get(i)));
        List<Row> rows = new ArrayList<>();
        rows.add(time("tokens and sentences", tokens, rounds, () -> {
            for (String s : texts) analyzer.analyze(s);
        }));
        rows.add(time("names (NER and rules)", tokens, rounds, () -> {
            for (int i = 0; i < texts.size(); i++) recognizer.recognize("a-" + i, texts.get(i), analyses.get(i));
        }));
        rows.add(time("resolution", tokens, rounds, () -> {
            EntityIndex index = new EntityIndex();
            for (int i = 0; i < texts.size(); i++) resolver.add(index, "a-" + i, null, analyses.get(i), mentions.get(i));
        }));
        QuoteFinder quotes = QuoteFinder.standard();
        EntityIndex resolved = new EntityIndex();
        List<EntityResolver.Resolution> resolutions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) resolutions.add(resolver.add(resolved, "a-" + i, null, analyses.get(i), mentions.get(i)));
        rows.add(time("quotes and speakers", tokens, rounds, () -> {
            for (int i = 0; i < texts.size(); i++) {
                quotes.find("a-" + i, analyses.get(i), resolutions.get(i), resolved, io.storyline.model.Deadline.none());
            }
        }));
        // time expressions against one reference date (the texts' own dates do not change the cost)
        io.storyline.annotate.time.TimexTagger timexes = io.storyline.annotate.time.TimexTagger.standard();
        io.storyline.model.DateValue published = new io.storyline.model.DateValue("2021-02-03",
                io.storyline.model.Precision.DAY, false, "bench");
        rows.add(time("time expressions", tokens, rounds, () -> {
            for (int i = 0; i < texts.size(); i++) timexes.tag("a-" + i, analyses.get(i), published, null);
        }));
        rows.add(time("all of the above", tokens, rounds, () -> {
            EntityIndex index = new EntityIndex();
            for (int i = 0; i < texts.size(); i++) {
                TextAnalysis t = analyzer.analyze(texts.get(i));
                timexes.tag("a-" + i, t, published, null);
                EntityResolver.Resolution r = resolver.add(index, "a-" + i, null, t, recognizer.recognize("a-" + i, texts.get(i), t));
                quotes.find("a-" + i, t, r, index, io.storyline.model.Deadline.none());
            }
        }));
        // events and stories, on top of the annotation above (their inputs made once, outside the timing)
        io.storyline.event.EventExtractor events = io.storyline.event.EventExtractor.standard();
        io.storyline.story.StoryProfiler profiler = io.storyline.story.StoryProfiler.standard();
        io.storyline.story.StoryClusterer clusterer = io.storyline.story.StoryClusterer.standard();
        List<io.storyline.model.Article> articles = new ArrayList<>(texts.size());
        List<List<io.storyline.model.Timex>> times = new ArrayList<>(texts.size());
        List<List<io.storyline.model.Quote>> found = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            io.storyline.model.Article.Builder b = io.storyline.model.Article.builder();
            b.id = "a-" + i;
            b.text = texts.get(i);
            b.published = published;
            b.format = io.storyline.model.Format.TEXT;
            b.provenance = new io.storyline.model.Provenance("bench-" + i, 0, -1);
            articles.add(b.build());
            times.add(timexes.tag("a-" + i, analyses.get(i), published, null));
            found.add(quotes.find("a-" + i, analyses.get(i), resolutions.get(i), resolved, io.storyline.model.Deadline.none()));
        }
        rows.add(time("events (clauses, types, participants, time)", tokens, rounds, () -> {
            for (int i = 0; i < texts.size(); i++) {
                events.extract(io.storyline.event.EventInput.of(articles.get(i), analyses.get(i)).withTimexes(times.get(i))
                        .withResolution(resolutions.get(i)).withQuotes(found.get(i)));
            }
        }));
        rows.add(time("stories (profile, clustering)", tokens, rounds, () -> {
            io.storyline.story.StoryCorpus corpus = io.storyline.story.StoryCorpus.inMemory();
            for (int i = 0; i < texts.size(); i++) {
                clusterer.add(corpus, profiler.profile(articles.get(i), analyses.get(i), mentions.get(i), times.get(i)));
            }
        }));
        rows.add(time("all, with events and stories", tokens, rounds, () -> {
            EntityIndex index = new EntityIndex();
            io.storyline.story.StoryCorpus corpus = io.storyline.story.StoryCorpus.inMemory();
            for (int i = 0; i < texts.size(); i++) {
                TextAnalysis t = analyzer.analyze(texts.get(i));
                List<io.storyline.model.Timex> tx = timexes.tag("a-" + i, t, published, null);
                List<Mention> ms = recognizer.recognize("a-" + i, texts.get(i), t);
                EntityResolver.Resolution r = resolver.add(index, "a-" + i, null, t, ms);
                List<io.storyline.model.Quote> q = quotes.find("a-" + i, t, r, index, io.storyline.model.Deadline.none());
                events.extract(io.storyline.event.EventInput.of(articles.get(i), t).withTimexes(tx).withResolution(r).withQuotes(q));
                clusterer.add(corpus, profiler.profile(articles.get(i), t, ms, tx));
            }
        }));
        return rows;
    }

    /** What events and stories add to the rest of the annotation, from the rows of {@link #run}: CPU of "all, with" over "all of the above", minus one. */
    public static double eventsAndStoriesShare(List<Row> rows) {
        double without = 0, with = 0;
        for (Row r : rows) {
            if (r.stage().equals("all of the above")) without = r.cpuSeconds();
            if (r.stage().equals("all, with events and stories")) with = r.cpuSeconds();
        }
        return without == 0 ? Double.NaN : with / without - 1;
    }

    private static Row time(String stage, long tokens, int rounds, Runnable pass) {
        pass.run();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) pass.run();
        return new Row(stage, tokens * rounds, (System.nanoTime() - t0) / 1e9, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
    }
}
