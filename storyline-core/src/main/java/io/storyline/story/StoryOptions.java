package io.storyline.story;

/**
 * Thresholds of story clustering.
 *
 * @param join            the similarity (0..1) at which an article joins its best story
 * @param merge           the similarity at which two stories an article matches both become one
 * @param window          days apart within which dates never weaken a match
 * @param decayDays       beyond the window, the similarity is divided by {@code 1 + (gap - window) / decayDays}
 * @param centroidSize    features kept per story (the strongest)
 * @param queryFeatures   an article's strongest features used to find candidate stories
 * @param postings        stories remembered per feature for candidate lookup (the most recent)
 * @param maxDocFraction  features in more than this share of the articles find no candidates (they still score)
 * @param candidates      stories scored per article at most
 * @param historyPerStory decisions kept in memory per story (all are handed to {@link StoryCorpus#drainDecisions()})
 * @param smallStory      a story of at most this many articles is re-examined when a story it resembles grows
 * @param absorb          the similarity of such a small story to the grown story at which it merges into it
 * @param splitBelow      a story whose members fall into two groups whose centroids match below this splits in two
 *                        (0: never)
 * @param splitMax        stories of at most this many articles remember their members' features for that check
 */
public record StoryOptions(double join, double merge, int window, double decayDays, int centroidSize, int queryFeatures,
                           int postings, double maxDocFraction, int candidates, int historyPerStory,
                           int smallStory, double absorb, double splitBelow, int splitMax) {
    public StoryOptions {
        if (join <= 0 || join >= 1 || merge <= 0 || merge > 1) throw new IllegalArgumentException("thresholds must lie in (0, 1)");
        if (window < 0 || decayDays <= 0) throw new IllegalArgumentException("bad time decay");
        if (smallStory < 0 || absorb <= 0 || absorb > 1) throw new IllegalArgumentException("bad absorption");
        if (splitBelow < 0 || splitBelow >= 1 || splitMax < 0) throw new IllegalArgumentException("bad split");
        if (centroidSize < 8 || queryFeatures < 4 || postings < 2 || candidates < 1 || historyPerStory < 1) {
            throw new IllegalArgumentException("sizes too small");
        }
    }

    public static StoryOptions defaults() {
        return new StoryOptions(0.20, 0.45, 45, 365, 96, 32, 48, 0.05, 64, 32, 1, 0.22, 0.4, 48);
    }

    public StoryOptions withJoin(double j) {
        return new StoryOptions(j, merge, window, decayDays, centroidSize, queryFeatures, postings, maxDocFraction,
                candidates, historyPerStory, smallStory, absorb, splitBelow, splitMax);
    }

    public StoryOptions withMerge(double m) {
        return new StoryOptions(join, m, window, decayDays, centroidSize, queryFeatures, postings, maxDocFraction,
                candidates, historyPerStory, smallStory, absorb, splitBelow, splitMax);
    }

    public StoryOptions withAbsorb(int small, double a) {
        return new StoryOptions(join, merge, window, decayDays, centroidSize, queryFeatures, postings, maxDocFraction,
                candidates, historyPerStory, small, a, splitBelow, splitMax);
    }

    public StoryOptions withSplit(double below, int max) {
        return new StoryOptions(join, merge, window, decayDays, centroidSize, queryFeatures, postings, maxDocFraction,
                candidates, historyPerStory, smallStory, absorb, below, max);
    }

    public StoryOptions withDecay(int w, double d) {
        return new StoryOptions(join, merge, w, d, centroidSize, queryFeatures, postings, maxDocFraction, candidates,
                historyPerStory, smallStory, absorb, splitBelow, splitMax);
    }
}
