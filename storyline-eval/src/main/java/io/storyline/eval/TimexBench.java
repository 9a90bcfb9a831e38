package io.storyline.eval;

import io.storyline.annotate.time.TimexTagger;
import io.storyline.ingest.Limits;
import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.Outcome;
import io.storyline.model.Timex;
import io.storyline.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time-expression throughput on one thread: the pages of a set are extracted first (not timed),
 * then the tagger runs over every article text for a few rounds after a warm-up. Tokens are
 * whitespace-separated words, the unit the annotation targets are stated in.
 */
public final class TimexBench {
    public record Run(int articles, long tokens, long timexes, int rounds, double seconds) {
        public double tokensPerSecond() {
            return tokens * (double) rounds / seconds;
        }

        public String row() {
            return String.format(Locale.ROOT, "| %d | %d | %d | %d | %.2f | %.0f | %.1f |", articles, tokens, timexes, rounds,
                    seconds, tokensPerSecond(), seconds * 1e6 / ((double) articles * rounds));
        }

        public static String header() {
            return "| articles | tokens | timexes | rounds | seconds | tokens/s (1 thread) | µs/article |\n|---|---|---|---|---|---|---|";
        }
    }

    private TimexBench() {
    }

    /** The article texts of a set's pages, with their publication dates. */
    public static List<Article> articles(Path dir) throws Exception {
        Pipeline p = Pipeline.standard(Limits.DEFAULT);
        List<Article> out = new ArrayList<>();
        for (Capture c : ExtractionBench.load(dir)) {
            Outcome o = p.process(c);
            if (o.article() != null && !o.article().text().isEmpty()) out.add(o.article());
        }
        return out;
    }

    public static Run run(List<Article> articles, TimexTagger tagger, int rounds) {
        long tokens = 0, timexes = 0;
        for (Article a : articles) tokens += words(a.text());
        for (int w = 0; w < 3; w++) for (Article a : articles) tagger.tag(a); // warm-up
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                List<Timex> t = tagger.tag(a);
                if (r == 0) timexes += t.size();
            }
        }
        return new Run(articles.size(), tokens, timexes, rounds, (System.nanoTime() - t0) / 1e9);
    }

    static long words(String s) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }
}
