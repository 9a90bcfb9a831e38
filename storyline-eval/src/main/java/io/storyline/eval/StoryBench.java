package io.storyline.eval;

import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.annotate.time.TimexTagger;
import io.storyline.event.DateRange;
import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Format;
import io.storyline.model.Precision;
import io.storyline.story.ArticleProfile;
import io.storyline.story.StoryClusterer;
import io.storyline.story.StoryCorpus;
import io.storyline.story.StoryProfiler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The cost of adding one article to the stories as the corpus grows: profiles of real article
 * texts are varied into a stream of N articles over four years (each keeps a random part of its
 * base text's features and gains a few features of its own period, so stories form, grow and
 * end), added one by one to one {@link StoryCorpus}; the time of the adds just before each
 * checkpoint (10k, 100k, 1M) is reported per article, with the heap then in use. Profiles are
 * made once, outside the timing.
 */
public final class StoryBench {
    /** Adds timed before each checkpoint. */
    static final int MEASURED = 10_000;
    /** Times are CPU time of the adding thread: unaffected by other processes sharing the machine. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** Share of a base profile's features each variant keeps. */
    static final double KEEP = 0.3;
    /** Articles of one base text that share a period feature (a story of that period). */
    static final int PERIOD = 5;
    static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    static final int DAYS = 4 * 365;

    private StoryBench() {
    }

    /** One checkpoint: corpus size, microseconds per added article over the last adds, live stories, heap. */
    public record Row(int articles, double microsPerArticle, int stories, long heapMiB) {
        public String row() {
            return String.format(Locale.ROOT, "| %,d | %.1f | %,d | %,d |", articles, microsPerArticle, stories, heapMiB);
        }
    }

    public static String header() {
        return "| stored articles | CPU µs per added article (last 10k) | stories | heap in use MiB |\n|---|---|---|---|";
    }

    /** Profiles of the texts, as the pipeline makes them (names, words, numbers, dates, events). */
    public static List<ArticleProfile> profiles(List<String> texts) {
        TextAnalyzer analyzer = TextAnalyzer.standard();
        EntityRecognizer recognizer = EntityRecognizer.standard();
        TimexTagger timexes = TimexTagger.standard();
        StoryProfiler profiler = StoryProfiler.standard();
        DateValue published = new DateValue("2021-02-03", Precision.DAY, false, "bench");
        List<ArticleProfile> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Article.Builder b = Article.builder();
            b.id = "base-" + i;
            b.text = texts.get(i);
            b.published = published;
            b.format = Format.TEXT;
            b.provenance = new io.storyline.model.Provenance("bench-" + i, 0, -1);
            Article a = b.build();
            TextAnalysis t = analyzer.analyze(a.text());
            out.add(profiler.profile(a, t, recognizer.recognize(a.id(), a.text(), t), timexes.tag(a.id(), t, published, null)));
        }
        return out;
    }

    /** The i-th article of a stream of {@code total}: a variant of a base profile, dated along the four years. */
    static ArticleProfile variant(List<ArticleProfile> bases, int i, int total, Random rnd) {
        ArticleProfile b = bases.get(i % bases.size());
        int generation = i / bases.size();
        LocalDate day = FIRST.plusDays((long) i * DAYS / total);
        int n = b.size();
        int extra = 8;
        long[] f = new long[n + extra];
        float[] w = new float[n + extra];
        String[] l = new String[n + extra];
        byte[] k = new byte[n + extra];
        int m = 0;
        for (int j = 0; j < n; j++) {
            if (rnd.nextDouble() >= KEEP) continue;
            f[m] = b.features()[j];
            w[m] = b.weights()[j];
            l[m] = b.labels()[j];
            k[m] = b.kinds()[j];
            m++;
        }
        long period = (long) (i % bases.size()) * 1_000_003L + generation / PERIOD;
        for (int e = 0; e < extra; e++) {
            f[m] = mix(period * 31 + e);
            w[m] = 3f;
            l[m] = "#p" + period + "." + e;
            k[m] = ArticleProfile.NAME;
            m++;
        }
        return new ArticleProfile("a-" + i, b.title(), new DateRange(day, day), java.util.Arrays.copyOf(f, m),
                java.util.Arrays.copyOf(w, m), java.util.Arrays.copyOf(l, m), java.util.Arrays.copyOf(k, m));
    }

    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    /** Adds {@code max(checkpoints)} varied articles; times the last {@link #MEASURED} adds before each checkpoint. */
    public static List<Row> run(List<ArticleProfile> bases, List<Integer> checkpoints) {
        int total = checkpoints.stream().mapToInt(Integer::intValue).max().orElse(0);
        StoryCorpus corpus = StoryCorpus.inMemory();
        StoryClusterer clusterer = StoryClusterer.standard();
        Random rnd = new Random(42);
        List<Row> rows = new ArrayList<>();
        long t0 = 0;
        for (int i = 0; i < total; i++) {
            ArticleProfile p = variant(bases, i, total, rnd);
            int next = i + 1;
            boolean measuring = checkpoints.stream().anyMatch(c -> next > c - MEASURED && next <= c);
            if (measuring && checkpoints.stream().anyMatch(c -> next == c - MEASURED + 1)) t0 = CPU.getCurrentThreadCpuTime();
            clusterer.add(corpus, p);
            corpus.drainDecisions();
            corpus.drainChanged();
            if (checkpoints.contains(next)) {
                double micros = (CPU.getCurrentThreadCpuTime() - t0) / 1e3 / Math.min(MEASURED, next);
                Runtime rt = Runtime.getRuntime();
                rows.add(new Row(next, micros, corpus.size(), (rt.totalMemory() - rt.freeMemory()) >> 20));
            }
        }
        return rows;
    }
}
