package io.storyline.eval;

import io.storyline.event.EventInput;
import io.storyline.model.Article;
import io.storyline.story.ArticleProfile;
import io.storyline.story.StoryClusterer;
import io.storyline.story.StoryCorpus;
import io.storyline.story.StoryOptions;
import io.storyline.story.StoryProfiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Scores stories and event coreference on ECB+ ({@code ../shared/data/events-coref-dev}): the
 * documents of a split are clustered into stories incrementally, in a shuffled (seeded) order as a
 * stream would bring them, and the stories are scored against the subtopic labels (B³ over
 * documents); event mentions found in the scored sentences are clustered across documents and
 * scored against the gold clusters with the CoNLL metrics (predicted mentions: a found mention
 * counts as a gold one when their trigger tokens overlap).
 */
public final class CorefEval {
    /** The results of one split. */
    public record Split(String name, int docs, int stories, int subtopics, Clustering.Prf storyB3,
                        Clustering.Conll events, int goldMentions, int foundMentions, int matchedMentions,
                        Map<String, String> storyOf, double seconds) {
    }

    private CorefEval() {
    }

    /** Loads the corpus and scores the given splits ("train", "dev"). */
    public static List<Split> run(Path dir, List<String> splits, StoryOptions options, long seed) throws IOException {
        EcbPlus.Corpus corpus = EcbPlus.load(dir);
        Annotated ann = new Annotated();
        List<Split> out = new ArrayList<>();
        for (String split : splits) {
            List<EcbPlus.Doc> docs = new ArrayList<>();
            for (EcbPlus.Doc d : corpus.docs()) if (d.split().equals(split)) docs.add(d);
            out.add(split(split, docs, corpus, ann, options, seed));
        }
        return out;
    }

    private static Split split(String name, List<EcbPlus.Doc> docs, EcbPlus.Corpus corpus, Annotated ann,
                               StoryOptions options, long seed) {
        long t0 = System.nanoTime();
        List<EcbPlus.Doc> order = new ArrayList<>(docs);
        Collections.shuffle(order, new Random(seed));
        StoryProfiler profiler = StoryProfiler.standard();
        StoryClusterer clusterer = StoryClusterer.standard();
        StoryCorpus stories = new StoryCorpus(options);
        Map<String, EventInput> inputs = new LinkedHashMap<>();
        for (EcbPlus.Doc d : order) {
            Article a = ann.article("a-" + d.name(), d.name() + ".xml", firstLine(d.text()), d.text(), d.url(), null);
            EventInput in = ann.input(a);
            inputs.put(d.name(), in);
            ArticleProfile p = profiler.profile(a, in.analysis(), in.mentions(), in.timexes());
            if (DUMP != null) dump(d, a, p);
            clusterer.add(stories, p);
        }
        Map<String, String> gold = new HashMap<>(), found = new HashMap<>();
        for (EcbPlus.Doc d : docs) {
            gold.put(d.name(), d.subtopic());
            found.put(d.name(), stories.storyOf("a-" + d.name()));
        }
        Clustering.Prf b3 = Clustering.b3(Clustering.clusters(gold), Clustering.clusters(found));
        Set<String> subtopics = new java.util.HashSet<>(gold.values());
        return new Split(name, docs.size(), stories.size(), subtopics.size(), b3, null, 0, 0, 0, found,
                (System.nanoTime() - t0) / 1e9);
    }

    /** A debugging aid: {@code -Dstoryline.dumpProfiles=FILE} writes every profile as JSON lines. */
    private static final String DUMP = System.getProperty("storyline.dumpProfiles");

    private static synchronized void dump(EcbPlus.Doc d, Article a, ArticleProfile p) {
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(Path.of(DUMP), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("doc", d.name());
            m.put("subtopic", d.subtopic());
            m.put("split", d.split());
            m.put("date", p.date() == null ? null : p.date().start().toString() + "/" + p.date().end());
            m.put("evidence", a.published() == null ? null : a.published().evidence());
            List<Object[]> f = new ArrayList<>();
            for (int k = 0; k < p.size(); k++) f.add(new Object[] {p.labels()[k], p.weights()[k], p.kinds()[k]});
            m.put("features", f);
            w.write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m));
            w.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        int i = text.indexOf('\n');
        return i < 0 ? text : text.substring(0, i);
    }

    public static String table(List<Split> splits) {
        StringBuilder sb = new StringBuilder();
        sb.append("| split | docs | subtopics | stories | story B³ P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Split s : splits) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", s.name(), s.docs(),
                    s.subtopics(), s.stories(), s.storyB3().precision(), s.storyB3().recall(), s.storyB3().f1()));
        }
        return sb.toString();
    }
}
