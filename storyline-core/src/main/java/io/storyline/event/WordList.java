package io.storyline.event;

import io.storyline.annotate.text.TextAnalysis;

/**
 * A short list of lower-case words with their token hashes ({@link TextAnalysis#hash(CharSequence)}):
 * a token is compared by hash first and letter by letter only when the hashes agree, so checking
 * a token against the list answers what {@link TextAnalysis#isWord} over every word answers.
 */
final class WordList {
    private final String[] words;
    private final long[] hashes;

    private WordList(String[] words) {
        this.words = words.clone();
        hashes = new long[words.length];
        for (int k = 0; k < words.length; k++) hashes[k] = TextAnalysis.hash(words[k]);
    }

    static WordList of(String... words) {
        return new WordList(words);
    }

    /** Whether token {@code i} of {@code t}, lower-cased, is one of the words. */
    boolean has(TextAnalysis t, int i) {
        long h = t.hash(i);
        for (int k = 0; k < hashes.length; k++) if (hashes[k] == h && t.isWord(i, words[k])) return true;
        return false;
    }
}
