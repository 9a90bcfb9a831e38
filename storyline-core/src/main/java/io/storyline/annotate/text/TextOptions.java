package io.storyline.annotate.text;

/**
 * Limits of {@link TextAnalyzer}.
 *
 * @param maxTokens         tokens analysed at most; the rest of a longer text is left out
 * @param maxSentenceTokens a sentence longer than this is cut, so that no annotator ever sees an
 *                          unbounded sentence (a 1 MB paragraph without punctuation)
 */
public record TextOptions(int maxTokens, int maxSentenceTokens) {
    /** One million tokens (some 6 MB of text), sentences of at most 200 tokens. */
    public static final TextOptions DEFAULTS = new TextOptions(1_000_000, 200);

    public TextOptions {
        if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
        if (maxSentenceTokens < 1) throw new IllegalArgumentException("maxSentenceTokens must be positive: " + maxSentenceTokens);
    }
}
