package io.storyline.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why an article is in a story, or why stories were merged or split: the explainable record of
 * each clustering decision.
 *
 * @param kind     what was decided
 * @param story    the story decided on (the surviving story for a merge, the new one for a split)
 * @param article  the article that triggered the decision
 * @param other    the other story of a merge (absorbed) or split (the one split from), or null
 * @param score    the similarity that decided (0..1)
 * @param evidence the shared terms, names, dates and events behind the score, strongest first
 */
public record StoryDecision(Kind kind, String story, String article, String other, double score,
                            List<String> evidence) {
    /** Kinds of decisions. */
    public enum Kind {
        /** The article started a story of its own. */
        NEW,
        /** The article joined an existing story. */
        JOIN,
        /** The article bridged two stories, which became one. */
        MERGE,
        /** A story's articles fell into two groups, which became two stories. */
        SPLIT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public StoryDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(story, "story");
        evidence = List.copyOf(evidence);
    }
}
