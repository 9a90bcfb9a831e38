package io.storyline.eval;

import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.EntityResolver;
import io.storyline.annotate.quote.QuoteFinder;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
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
        // the whole annotation: one pass over the texts, from text to quotes
        Runnable without = () -> {
            EntityIndex index = new EntityIndex();
            for (int i = 0; i < texts.size(); i++) {
                TextAnalysis t = analyzer.analyze(texts.get(i));
                timexes.tag("a-" + i, t, published, null);
                EntityResolver.Resolution r = resolver.add(index, "a-" + i, null, t, recognizer.recognize("a-" + i, texts.get(i), t));
                quotes.find("a-" + i, t, r, index, io.storyline.model.Deadline.none());
            }
        };
        rows.add(time("all of the above", tokens, rounds, without));
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
        // the whole annotation without and with events and stories, in alternating passes so that
        // both see the same state of the JIT and the machine; the median pass of each after a warm-up
        io.storyline.event.EventMerger merger = io.storyline.event.EventMerger.standard();
        Runnable with = () -> {
            EntityIndex index = new EntityIndex();
            io.storyline.story.StoryCorpus corpus = io.storyline.story.StoryCorpus.inMemory();
            List<io.storyline.model.EventMention> said = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                TextAnalysis t = analyzer.analyze(texts.get(i));
                List<io.storyline.model.Timex> tx = timexes.tag("a-" + i, t, published, null);
                List<Mention> ms = recognizer.recognize("a-" + i, texts.get(i), t);
                EntityResolver.Resolution r = resolver.add(index, "a-" + i, null, t, ms);
                List<io.storyline.model.Quote> q = quotes.find("a-" + i, t, r, index, io.storyline.model.Deadline.none());
                said.addAll(events.extract(io.storyline.event.EventInput.of(articles.get(i), t).withTimexes(tx).withResolution(r).withQuotes(q)));
                clusterer.add(corpus, profiler.profile(articles.get(i), t, ms, tx));
            }
            merger.merge(said, articles); // one event, every source: as `analyze` merges its inputs' events
        };
        Row[] pair = alternating(tokens, Math.max(rounds, 5), without, with);
        rows.addAll(List.of(pair));
        return rows;
    }

    /** Stage names of the two alternating rows of {@link #run}. */
    public static final String WITHOUT = "whole annotation (median pass, alternating)";
    public static final String WITH = "whole annotation with events and stories (median pass, alternating)";

    /** Stage name of the row of {@link #run} holding the median, over the pairs, of a pair's difference. */
    public static final String PAIRED = "events and stories alone (median of the paired differences)";

    /** What events and stories add to the rest of the annotation, from the rows of {@link #run}: the median CPU of a pass with them over one without, minus one. */
    public static double eventsAndStoriesShare(List<Row> rows) {
        return cpu(rows, WITHOUT) == 0 ? Double.NaN : cpu(rows, WITH) / cpu(rows, WITHOUT) - 1;
    }

    /**
     * The same share from the pairs: the median of each pair's difference (with minus without, one
     * right after the other) over the median pass without. Less moved by the machine's speed
     * drifting between the two halves of the run than {@link #eventsAndStoriesShare}.
     */
    public static double pairedShare(List<Row> rows) {
        return cpu(rows, WITHOUT) == 0 ? Double.NaN : cpu(rows, PAIRED) / cpu(rows, WITHOUT);
    }

    private static double cpu(List<Row> rows, String stage) {
        for (Row r : rows) if (r.stage().equals(stage)) return r.cpuSeconds();
        return 0;
    }

    /** Warm-up pairs of passes before {@link #alternating} measures. */
    static final int WARMUP_PAIRS = 3;

    /**
     * Times two passes in alternation ({@code a}, {@code b}, {@code a}, {@code b}, …): {@link #WARMUP_PAIRS}
     * pairs not counted, then {@code pairs} pairs; each row holds the median pass (wall and CPU
     * seconds of the measuring thread), so a pause of the machine or a recompilation in one pass
     * does not decide the comparison; a third row holds the median of the pairs' differences.
     */
    static Row[] alternating(long tokens, int pairs, Runnable a, Runnable b) {
        for (int k = 0; k < WARMUP_PAIRS; k++) {
            a.run();
            b.run();
        }
        double[][] wall = new double[2][pairs], cpu = new double[2][pairs];
        Runnable[] passes = {a, b};
        for (int k = 0; k < pairs; k++) {
            for (int x = 0; x < 2; x++) {
                double[] took = timed(passes[x]);
                wall[x][k] = took[0];
                cpu[x][k] = took[1];
            }
        }
        double[] dWall = new double[pairs], dCpu = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            dWall[k] = wall[1][k] - wall[0][k];
            dCpu[k] = cpu[1][k] - cpu[0][k];
        }
        return new Row[] {new Row(WITHOUT, tokens, median(wall[0]), median(cpu[0])),
                new Row(WITH, tokens, median(wall[1]), median(cpu[1])),
                new Row(PAIRED, tokens, median(dWall), median(dCpu))};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static Row time(String stage, long tokens, int rounds, Runnable pass) {
        pass.run();
        double[] took = timed(() -> {
            for (int r = 0; r < rounds; r++) pass.run();
        });
        return new Row(stage, tokens * rounds, took[0], took[1]);
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Runs {@code work}; returns its wall-clock seconds and the CPU seconds of this thread. */
    private static double[] timed(Runnable work) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work.run();
        return new double[] {(System.nanoTime() - t0) / 1e9, (CPU.getCurrentThreadCpuTime() - c0) / 1e9};
    }
}
