package io.storyline.eval;

import io.storyline.event.EventExtractor;
import io.storyline.event.EventInput;
import io.storyline.event.EventMerger;
import io.storyline.event.EventOptions;
import io.storyline.model.EventMention;
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
                        Clustering.Conll events, Clustering.Conll lemmaBaseline, int goldMentions, int foundMentions,
                        int matchedMentions, Map<String, String> storyOf, double seconds) {
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
        Mentions m = mentions(docs, corpus, inputs, found);
        return new Split(name, docs.size(), stories.size(), subtopics.size(), b3, m.ours(), m.lemma(), m.gold(),
                m.found(), m.matched(), found, (System.nanoTime() - t0) / 1e9);
    }

    /** The CoNLL scores of our event coreference and of the lemma baseline, with the mention counts. */
    private record Mentions(Clustering.Conll ours, Clustering.Conll lemma, int gold, int found, int matched) {
    }

    /**
     * Event mentions of the scored sentences: found by the extractor (every event noun too), matched
     * one to one with the gold mentions whose trigger tokens overlap theirs (in text order), clustered
     * by {@link EventMerger} over the whole split as the pipeline does; the lemma baseline puts the
     * found mentions with one predicate lemma in one of our stories together. A found mention without
     * a gold one counts against precision, a gold one never found against recall.
     */
    private static Mentions mentions(List<EcbPlus.Doc> docs, EcbPlus.Corpus corpus, Map<String, EventInput> inputs,
                                     Map<String, String> storyOf) {
        EventExtractor extractor = new EventExtractor(EventOptions.defaults().withAllNominals(true),
                io.storyline.annotate.entity.Gazetteer.bundled());
        List<EventMention> all = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String> key = new HashMap<>();
        int found = 0, matched = 0, goldCount = 0;
        for (EcbPlus.Doc d : docs) {
            EventInput in = inputs.get(d.name());
            articles.add(in.article());
            // gold mentions of the scored sentences, as character spans
            List<EcbPlus.GoldMention> golds = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            Map<Integer, EcbPlus.Token> tok = new HashMap<>();
            for (EcbPlus.Token t : d.tokens()) tok.put(t.id(), t);
            for (EcbPlus.GoldMention g : d.mentions()) {
                if (!corpus.scored(d.name(), g.sentence())) continue;
                int a = Integer.MAX_VALUE, b = -1;
                for (int id : g.tokens()) {
                    EcbPlus.Token t = tok.get(id);
                    if (t == null || t.start() < 0) continue;
                    a = Math.min(a, t.start());
                    b = Math.max(b, t.end());
                }
                if (b < 0) continue;
                golds.add(g);
                spans.add(new int[] {a, b});
                key.put("g:" + d.name() + ":" + g.markable(), g.cluster());
                goldCount++;
            }
            boolean[] taken = new boolean[golds.size()];
            for (EventMention m : extractor.extract(in)) {
                int s = sentenceAt(d, m.triggerStart());
                if (s < 0 || !corpus.scored(d.name(), s)) continue;
                found++;
                String id = "p:" + d.name() + ":" + m.triggerStart();
                for (int k = 0; k < golds.size(); k++) {
                    if (taken[k] || spans.get(k)[0] >= m.triggerEnd() || m.triggerStart() >= spans.get(k)[1]) continue;
                    taken[k] = true;
                    matched++;
                    id = "g:" + d.name() + ":" + golds.get(k).markable();
                    break;
                }
                all.add(m);
                ids.add(id);
            }
        }
        int[] event = EventMerger.standard().assign(all, articles);
        Map<String, String> ours = new HashMap<>(), lemma = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            EventMention m = all.get(i);
            ours.put(ids.get(i), "e" + event[i]);
            String doc = ids.get(i).split(":")[1];
            lemma.put(ids.get(i), storyOf.get(doc) + "|" + m.predicate());
        }
        List<Set<String>> k = Clustering.clusters(key);
        return new Mentions(Clustering.conll(k, Clustering.clusters(ours)), Clustering.conll(k, Clustering.clusters(lemma)),
                goldCount, found, matched);
    }

    /** The ECB+ sentence number of the token at a character offset, or -1. */
    private static int sentenceAt(EcbPlus.Doc d, int offset) {
        for (EcbPlus.Token t : d.tokens()) if (t.start() >= 0 && t.start() <= offset && offset < t.end()) return t.sentence();
        return -1;
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
        sb.append("\nCross-document event coreference, predicted mentions (scored sentences; a found mention is a gold one "
                + "when their triggers overlap):\n\n");
        sb.append("| split | system | gold mentions | found | matched | MUC P/R/F1 | B³ P/R/F1 | CEAF-e P/R/F1 | CoNLL F1 |\n"
                + "|---|---|---:|---:|---:|---|---|---|---:|\n");
        for (Split s : splits) {
            if (s.events() == null) continue;
            row(sb, s, "Storyline (EventMerger)", s.events());
            row(sb, s, "same lemma in one of our stories", s.lemmaBaseline());
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, Split s, String system, Clustering.Conll c) {
        sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s | %s | %.1f |%n", s.name(), system,
                s.goldMentions(), s.foundMentions(), s.matchedMentions(), prf(c.muc()), prf(c.b3()), prf(c.ceafe()),
                100 * c.f1()));
    }

    private static String prf(Clustering.Prf p) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", 100 * p.precision(), 100 * p.recall(), 100 * p.f1());
    }
}
