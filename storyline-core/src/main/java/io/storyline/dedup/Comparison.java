package io.storyline.dedup;

import io.storyline.model.Change;
import io.storyline.model.Relation;
import java.util.List;

/**
 * The verdict on two texts: their relation, how much of each is aligned with the other, and the
 * changes of the second against the first (member ids left null).
 *
 * @param relation           exact, near, syndicated or distinct
 * @param similarity         aligned words of both over all words of both
 * @param canonicalCoverage  share of the first text's words aligned
 * @param memberCoverage     share of the second text's words aligned
 * @param alignedSentences   sentence pairs aligned
 * @param changes            rewrites, cuts and additions (empty when distinct)
 */
public record Comparison(Relation relation, double similarity, double canonicalCoverage, double memberCoverage,
                         int alignedSentences, List<Change> changes) {
    public Comparison {
        changes = List.copyOf(changes);
    }
}
