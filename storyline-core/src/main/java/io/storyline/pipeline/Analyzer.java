package io.storyline.pipeline;

import io.storyline.dedup.DedupCorpus;
import io.storyline.dedup.Deduplicator;
import io.storyline.export.Analysis;
import io.storyline.model.Article;
import io.storyline.model.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * The corpus stages, composed: given every document's outcome, deduplicates the articles (and,
 * as they arrive, annotates, finds events and stories). One-shot and in memory; the store runs
 * the same stages incrementally over its persisted corpus state. Thread-safe.
 */
public final class Analyzer {
    private final Deduplicator dedup;

    public Analyzer(Deduplicator dedup) {
        this.dedup = Objects.requireNonNull(dedup, "dedup");
    }

    public static Analyzer standard() {
        return new Analyzer(Deduplicator.standard());
    }

    public Analysis analyze(List<Outcome> given) {
        List<Outcome> outcomes = withoutRepeats(given);
        Analysis base = new Analysis(outcomes);
        DedupCorpus corpus = DedupCorpus.inMemory(dedup.options());
        for (Article a : base.articles()) {
            dedup.add(corpus, a.id(), a.text(), Deduplicator.sortableDate(a.published()), a.wire());
        }
        return new Analysis(outcomes, dedup.groups(corpus));
    }

    /**
     * The outcomes with every input whose content (same bytes) an earlier input already brought
     * turned into a skipped duplicate of it, as the store does: one article per content.
     */
    static List<Outcome> withoutRepeats(List<Outcome> outcomes) {
        java.util.Map<String, String> firstInput = new java.util.HashMap<>();
        List<Outcome> out = new java.util.ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            if (o.status() == io.storyline.model.Status.OK) {
                String earlier = firstInput.putIfAbsent(o.article().id(), o.input());
                if (earlier != null) {
                    out.add(new Outcome(o.input(), io.storyline.model.Status.SKIPPED,
                            "duplicate: same content as " + earlier + ", earlier in this run", o.article(), null));
                    continue;
                }
            }
            out.add(o);
        }
        return out;
    }
}
