package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.model.Deadline;
import io.storyline.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the names in an article: PERSON, ORG, COUNTRY, LOC, and the TITLE phrases that go with
 * people ("South Korea's unification minister", "U.S. President").
 *
 * <p>A learned tagger ({@link NerModel}) proposes names; news rules then correct them: gazetteer
 * countries and their other names become COUNTRY, a capital standing for its government ("Seoul
 * said") becomes COUNTRY, "the North"/"the South" become COUNTRY when the article names the
 * country, capitalised phrases ending in an organisation word ("Ministry", "Institute") become
 * ORG, names after a courtesy title or a role become PERSON; names inside hyphenated words
 * ("Beijing-based", "the Trump-Kim summit") are found by {@link CompoundNames}. Mentions come in
 * text order and do not overlap, except that a TITLE may sit next to the PERSON it belongs to.
 *
 * <p>Final and thread-safe; never throws on any text.
 */
public final class EntityRecognizer {
    private final NerModel model;
    private final NerFeatures features;
    private final NewsRules rules;
    private final CompoundNames compounds;

    public EntityRecognizer(NerModel model, Gazetteer gazetteer) {
        this.model = Objects.requireNonNull(model, "model");
        this.features = new NerFeatures(gazetteer, model.vocabulary(), model.classes());
        this.rules = new NewsRules(gazetteer);
        this.compounds = new CompoundNames(gazetteer, io.storyline.annotate.text.TextAnalyzer.standard());
    }

    /** The recognizer with the bundled model and gazetteer. */
    public static EntityRecognizer standard() {
        return new EntityRecognizer(NerModel.bundled(), Gazetteer.bundled());
    }

    /** The names in {@code text} (analysed as {@code t}), as mentions of article {@code articleId}. */
    public List<Mention> recognize(String articleId, String text, TextAnalysis t) {
        return recognize(articleId, text, t, Deadline.none());
    }

    /**
     * As {@link #recognize(String, String, TextAnalysis)}, checking {@code deadline} between
     * sentences.
     *
     * @throws IllegalArgumentException when {@code t} is not the analysis of {@code text}
     */
    public List<Mention> recognize(String articleId, String text, TextAnalysis t, Deadline deadline) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(t, "t");
        if (!t.text().equals(text)) throw new IllegalArgumentException("the analysis is of another text");
        NerFeatures.Doc d = features.prepare(t);
        int[] labels = tag(t, d, deadline);
        List<NewsRules.Name> names = NewsRules.names(labels, t.tokenCount());
        names = rules.apply(t, d, names, deadline);
        CompoundNames.Found inside = compounds.find(t, names);
        List<Mention> out = new ArrayList<>(names.size() + inside.parts().size());
        for (NewsRules.Name n : names) {
            if (inside.replaced().contains(n)) continue;
            int s = t.start(n.start()), e = t.end(n.end() - 1);
            out.add(new Mention(articleId, s, e, text.substring(s, e), n.type()));
        }
        if (!inside.parts().isEmpty()) {
            for (CompoundNames.Part p : inside.parts()) out.add(new Mention(articleId, p.start(), p.end(), text.substring(p.start(), p.end()), p.type()));
            out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        }
        return out;
    }

    /**
     * Whether a place mention (COUNTRY or LOC) of {@code t} acts as an organisation rather than
     * stands for a place: its government or team does something ("Seoul said", "China was
     * defeated", "Russia's actions", "sanctions against Russia"). Events read this to tell actors
     * from places; evaluations whose guidelines tag such mentions ORG (UNER) map them so.
     */
    public boolean actsAsOrganization(TextAnalysis t, Mention m) {
        Objects.requireNonNull(m, "m");
        int s = t.tokenAt(m.start());
        int e = t.tokenAt(m.end() - 1) + 1;
        if (s >= t.tokenCount() || e > t.tokenCount() || e <= s) return false;
        return NewsRules.actsAsOrganization(t, s, e, false);
    }

    /** The model's raw labels for every token (label indices of {@link NerModel#LABELS}). */
    int[] tag(TextAnalysis t, NerFeatures.Doc d, Deadline deadline) {
        int[] labels = new int[t.tokenCount()];
        long[] scratch = new long[NerFeatures.MAX];
        int[] buf = new int[256];
        for (int s = 0; s < t.sentenceCount(); s++) {
            if ((s & 15) == 0) deadline.check();
            int from = t.sentenceStart(s), to = t.sentenceEnd(s);
            if (buf.length < to - from) buf = new int[to - from];
            model.tag(features, d, from, to, buf, scratch);
            System.arraycopy(buf, 0, labels, from, to - from);
        }
        return labels;
    }
}
