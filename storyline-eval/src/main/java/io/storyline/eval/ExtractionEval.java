package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Scores main-text extraction on the trafilatura evaluation format ({@code expected.json} with
 * {@code with}/{@code without} segments per page): a segment occurs when its whitespace-normalised
 * form is a substring of the whitespace-normalised output; counts are summed over all pages.
 */
public final class ExtractionEval {
    private static final Pattern WS = Pattern.compile("\\s+");

    /** One page: its counts, the expected segments it missed and the boilerplate it kept. */
    public record Page(String file, Counts counts, List<String> missed, List<String> leaked, String status,
                       String text) {
    }

    public record Result(Counts total, List<Page> pages, double seconds) {
    }

    private ExtractionEval() {
    }

    public static String normalize(String s) {
        return WS.matcher(s).replaceAll(" ").strip();
    }

    public static Result run(Path dir, Pipeline pipeline, int threads) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) entries.add(it.next());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<Page>> futures = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : entries) {
                futures.add(pool.submit(() -> score(dir, e.getKey(), e.getValue(), pipeline)));
            }
            List<Page> pages = new ArrayList<>();
            Counts total = Counts.ZERO;
            for (Future<Page> f : futures) {
                Page p = f.get();
                pages.add(p);
                total = total.plus(p.counts());
            }
            return new Result(total, pages, (System.nanoTime() - t0) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static Page score(Path dir, String name, JsonNode entry, Pipeline pipeline) throws IOException {
        byte[] bytes = DevSet.read(dir.resolve(entry.get("html").asText()));
        String url = entry.path("url").asText(null);
        Capture c = new Capture(Provenance.ofFile(name), Format.HTML, bytes, url, null, null, null);
        Outcome o = pipeline.process(c);
        String text = o.article() == null ? "" : o.article().text();
        return score(name, entry, normalize(text), o.status().label() + (o.reason() == null ? "" : ": " + o.reason()));
    }

    static Page score(String name, JsonNode entry, String out, String status) {
        long tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> missed = new ArrayList<>(), leaked = new ArrayList<>();
        for (JsonNode w : entry.path("with")) {
            if (out.contains(normalize(w.asText()))) tp++;
            else {
                fn++;
                missed.add(w.asText());
            }
        }
        for (JsonNode w : entry.path("without")) {
            if (out.contains(normalize(w.asText()))) {
                fp++;
                leaked.add(w.asText());
            } else tn++;
        }
        return new Page(name, new Counts(tp, fp, fn, tn), missed, leaked, status, out);
    }

    /** A table in the published format, with the published trafilatura row for reference. */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d documents, %d text & %d boilerplate segments, %.1f s%n%n",
                r.pages().size(), r.total().tp() + r.total().fn(), r.total().fp() + r.total().tn(), r.seconds()));
        sb.append("| Extractor | Precision | Recall | Accuracy | F-score |\n|---|---|---|---|---|\n");
        sb.append("| trafilatura 2.2.0 (standard, published) | 0.906 | 0.943 | 0.923 | 0.924 |\n");
        sb.append(r.total().row("storyline", null)).append('\n');
        return sb.toString();
    }
}
