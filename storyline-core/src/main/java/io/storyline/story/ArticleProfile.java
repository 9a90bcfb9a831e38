package io.storyline.story;

import io.storyline.event.DateRange;
import java.util.Arrays;
import java.util.Objects;

/**
 * What story clustering knows of one article: its weighted features (names, rare words, numbers,
 * dates, events), its date and its headline. Made by {@link StoryProfiler}; immutable.
 *
 * @param article  the article id
 * @param title    the headline, or null
 * @param date     when it was published (or the range inferred), or null
 * @param features feature hashes, distinct
 * @param weights  each feature's weight in the article (count times the weight of its kind)
 * @param labels   each feature as a person reads it ("kim jong un", "2018", "summit"), for evidence
 * @param kinds    each feature's kind ({@link #NAME}, {@link #WORD}, {@link #NUMBER}, {@link #DATE}, {@link #EVENT})
 */
public record ArticleProfile(String article, String title, DateRange date, long[] features, float[] weights,
                             String[] labels, byte[] kinds) {
    public static final byte NAME = 0, WORD = 1, NUMBER = 2, DATE = 3, EVENT = 4;

    public ArticleProfile {
        Objects.requireNonNull(article, "article");
        if (features.length != weights.length || features.length != labels.length || features.length != kinds.length) {
            throw new IllegalArgumentException("features, weights, labels and kinds differ in length");
        }
        features = features.clone();
        weights = weights.clone();
        labels = labels.clone();
        kinds = kinds.clone();
    }

    public int size() {
        return features.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleProfile p && article.equals(p.article) && Arrays.equals(features, p.features)
                && Arrays.equals(weights, p.weights);
    }

    @Override
    public int hashCode() {
        return article.hashCode() * 31 + Arrays.hashCode(features);
    }

    @Override
    public String toString() {
        return "ArticleProfile[" + article + ", " + features.length + " features]";
    }
}
