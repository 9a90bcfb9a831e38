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
 * ORG, names after a courtesy title or a role become PERSON. Mentions come in text order and do
 * not overlap, except that a TITLE may sit next to the PERSON it belongs to.
 *
 * <p>Final and thread-safe; never throws on any text.
 */
public final class EntityRecognizer {
    private final NerModel model;
    private final NerFeatures features;
    private final NewsRules rules;

    public EntityRecognizer(NerModel model, Gazetteer gazetteer) {
        this.model = Objects.requireNonNull(model, "model");
        this.features = new NerFeatures(gazetteer);
        this.rules = new NewsRules(gazetteer);
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
        int[] labels = tag(t, deadline);
        List<NewsRules.Name> names = NewsRules.names(labels, t.tokenCount());
        names = rules.apply(t, names, deadline);
        List<Mention> out = new ArrayList<>(names.size());
        for (NewsRules.Name n : names) {
            int s = t.start(n.start()), e = t.end(n.end() - 1);
            out.add(new Mention(articleId, s, e, text.substring(s, e), n.type()));
        }
        return out;
    }

    /** The model's raw labels for every token (label indices of {@link NerModel#LABELS}). */
    int[] tag(TextAnalysis t, Deadline deadline) {
        NerFeatures.Doc d = features.prepare(t);
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
