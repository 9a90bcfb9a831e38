package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.dedup.DedupCorpus;
import io.storyline.dedup.Deduplicator;
import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.DuplicateGroup;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Deduplication on the pages of {@code extraction-dev} and {@code dates-dev}: (1) the pages
 * themselves, where pages with the same URL in both sets are the same article and every other
 * group is a possible false merge, listed for inspection; (2) the pages plus a syndicated copy of
 * each made by {@link CopyGenerator}: recall is the share of copies grouped with their original,
 * and a copy grouped with a page of another URL is a false merge.
 */
public final class DedupEval {
    private static final Pattern ARCHIVE = Pattern.compile("^https?://web\\.archive\\.org/web/\\d+[a-z_]*/");

    /** One page: its URL key (same key = same article) and extracted text. */
    public record Page(String name, String urlKey, String title, String text, String date, int words) {
    }

    /** A group that holds pages of different URLs. */
    public record Suspect(List<String> names, List<String> urls, String relation, double similarity) {
    }

    public record Result(int pages, int urls, int sameUrlPairs, int sameUrlPairsGrouped, List<Suspect> suspects,
                         int copies, int copiesFound, int copiesMisplaced, int skippedShort, List<String> missed,
                         List<String> sameUrlApart,
                         double seconds) {
        public double recall() {
            return copies == 0 ? 0 : (double) copiesFound / copies;
        }
    }

    private DedupEval() {
    }

    static String urlKey(String url) {
        if (url == null) return "";
        String u = ARCHIVE.matcher(url.strip()).replaceFirst("");
        u = u.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int q = u.indexOf('#');
        if (q >= 0) u = u.substring(0, q);
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u.toLowerCase(Locale.ROOT);
    }

    /** Extracts every page of both sets (a page present in both is read from each set: two captures). */
    public static List<Page> load(Path extractionDir, Path datesDir, Pipeline pipeline, int threads) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String[]> todo = new ArrayList<>(); // name, file path, url
        if (extractionDir != null) {
            JsonNode e = json.readTree(extractionDir.resolve("expected.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> x = it.next();
                todo.add(new String[] {"extraction/" + x.getKey(),
                        extractionDir.resolve(x.getValue().get("html").asText()).toString(),
                        x.getValue().path("url").asText("")});
            }
        }
        if (datesDir != null) {
            JsonNode d = json.readTree(datesDir.resolve("eval_default.json").toFile());
            Map<String, String> seenFiles = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> x = it.next();
                String file = x.getValue().get("file").asText();
                if (seenFiles.putIfAbsent(file, x.getKey()) != null) continue; // two URLs, one file
                todo.add(new String[] {"dates/" + file, datesDir.resolve("html").resolve(file + ".gz").toString(),
                        x.getKey()});
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Page>> fs = new ArrayList<>();
            for (String[] t : todo) {
                fs.add(pool.submit(() -> {
                    byte[] b = DevSet.read(Path.of(t[1]));
                    Outcome o = pipeline.process(new Capture(Provenance.ofFile(t[0]), Format.HTML, b, t[2], null, null, null));
                    Article a = o.article();
                    String text = a == null ? "" : a.text();
                    return new Page(t[0], urlKey(t[2]), a == null ? null : a.title(), text,
                            a == null ? null : Deduplicator.sortableDate(a.published()), text.split("\\s+").length);
                }));
            }
            List<Page> pages = new ArrayList<>();
            for (Future<Page> f : fs) pages.add(f.get());
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    public static Result run(List<Page> pages, Deduplicator dedup, int minWords) {
        long t0 = System.nanoTime();
        // (1) the pages alone
        DedupCorpus corpus = DedupCorpus.inMemory(dedup.options());
        for (Page p : pages) dedup.add(corpus, p.name(), p.text(), p.date(), null);
        Map<String, Page> byName = new HashMap<>();
        for (Page p : pages) byName.put(p.name(), p);
        Map<String, List<Page>> byUrl = new LinkedHashMap<>();
        for (Page p : pages) byUrl.computeIfAbsent(p.urlKey(), k -> new ArrayList<>()).add(p);
        int sameUrlPairs = 0;
        for (List<Page> l : byUrl.values()) sameUrlPairs += l.size() * (l.size() - 1) / 2;
        Map<String, String> groupOf = new HashMap<>();
        List<Suspect> suspects = new ArrayList<>();
        for (DuplicateGroup g : dedup.groups(corpus)) {
            for (String m : g.members()) groupOf.put(m, g.id());
            List<String> urls = g.members().stream().map(m -> byName.get(m).urlKey()).distinct().toList();
            if (urls.size() > 1) suspects.add(new Suspect(g.members(), urls, g.relation().label(), g.similarity()));
        }
        int grouped = 0;
        List<String> apart = new ArrayList<>();
        for (List<Page> l : byUrl.values()) {
            for (int i = 0; i < l.size(); i++) {
                for (int j = i + 1; j < l.size(); j++) {
                    String gi = groupOf.get(l.get(i).name()), gj = groupOf.get(l.get(j).name());
                    if (gi != null && gi.equals(gj)) grouped++;
                    else apart.add(l.get(i).name() + " / " + l.get(j).name());
                }
            }
        }
        // (2) the pages plus one syndicated copy of each page with enough text
        CopyGenerator gen = new CopyGenerator(CopyGenerator.Rates.EXAMPLES);
        DedupCorpus withCopies = DedupCorpus.inMemory(dedup.options());
        for (Page p : pages) dedup.add(withCopies, p.name(), p.text(), p.date(), null);
        List<Page> originals = new ArrayList<>(byUrl.values().stream().map(l -> l.get(0)).toList());
        int copies = 0, skipped = 0;
        Map<String, String> copyOf = new HashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            Page p = originals.get(i);
            if (p.words() < minWords) {
                skipped++;
                continue;
            }
            String other = originals.get((i * 7 + 3) % originals.size()).title();
            String copy = gen.copy(p.text(), other, p.name().hashCode());
            String id = "copy/" + p.name();
            copyOf.put(id, p.name());
            dedup.add(withCopies, id, copy, null, null);
            copies++;
        }
        Map<String, DuplicateGroup> group2 = new HashMap<>();
        for (DuplicateGroup g : dedup.groups(withCopies)) for (String m : g.members()) group2.put(m, g);
        int found = 0, misplaced = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, String> e : copyOf.entrySet()) {
            DuplicateGroup g = group2.get(e.getKey());
            String origUrl = byName.get(e.getValue()).urlKey();
            if (g != null && g.members().contains(e.getValue())) found++;
            else missed.add(e.getValue());
            if (g != null) {
                for (String m : g.members()) {
                    String u = m.startsWith("copy/") ? byName.get(copyOf.get(m)).urlKey() : byName.get(m).urlKey();
                    if (!u.equals(origUrl) && suspects.stream().noneMatch(s -> s.urls().contains(u) && s.urls().contains(origUrl))) {
                        misplaced++;
                        break;
                    }
                }
            }
        }
        missed.sort(null);
        return new Result(pages.size(), byUrl.size(), sameUrlPairs, grouped, suspects, copies, found, misplaced,
                skipped, missed, apart, (System.nanoTime() - t0) / 1e9);
    }

    public static String report(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d pages (%d distinct URLs), %.1f s%n%n", r.pages(), r.urls(), r.seconds()));
        sb.append("| measure | value |\n|---|---|\n");
        sb.append(String.format(Locale.ROOT, "| same-URL page pairs grouped | %d / %d |%n", r.sameUrlPairsGrouped(), r.sameUrlPairs()));
        sb.append(String.format(Locale.ROOT, "| groups holding pages of different URLs (to inspect) | %d |%n", r.suspects().size()));
        sb.append(String.format(Locale.ROOT, "| syndicated copies generated (pages under the word minimum skipped) | %d (%d skipped) |%n",
                r.copies(), r.skippedShort()));
        sb.append(String.format(Locale.ROOT, "| copies grouped with their original (recall) | %d (%.4f) |%n", r.copiesFound(), r.recall()));
        sb.append(String.format(Locale.ROOT, "| copies grouped with a page of another URL (false merges) | %d |%n", r.copiesMisplaced()));
        for (Suspect s : r.suspects()) {
            sb.append(String.format(Locale.ROOT, "%nsuspect (%s, %.2f): %s%n", s.relation(), s.similarity(), s.names()));
        }
        if (!r.sameUrlApart().isEmpty()) sb.append("\nsame URL, not grouped (captures that differ): ").append(r.sameUrlApart()).append('\n');
        return sb.toString();
    }
}
