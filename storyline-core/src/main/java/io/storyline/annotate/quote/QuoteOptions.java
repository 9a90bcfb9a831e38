package io.storyline.annotate.quote;

/**
 * Thresholds of {@link QuoteFinder} and {@link QuoteMerger}, validated.
 *
 * @param maxDepth               quote marks open at once at most (outer quote plus nested ones);
 *                               openers beyond it are ignored, which keeps pairing linear
 * @param maxContinuedParagraphs paragraphs one quote may run over (an opener at a paragraph's start
 *                               left open, continued by the next paragraph's opener)
 * @param maxPartialWords        a quoted phrase of at most this many words with no attribution cue
 *                               is a scare or partial quote ("so-called 'goodwill measures'"), not a
 *                               statement
 * @param minStatementWords      a quote standing on its own (not inside the author's sentence) and
 *                               without a cue is a statement from this many words
 * @param minEmbeddedWords       a quote inside the author's sentence ("called it '…'") without a cue
 *                               is a statement only from this many words, capitalised and ending in
 *                               . ! or ?
 * @param maxCueTokens           words of a cue after its verb ("said in a statement", "told a news
 *                               conference"); a longer complement is not part of the cue
 * @param maxSubjectTokens       words of a speaker's name or description ("a Meravian official who
 *                               asked not to be named")
 * @param maxAppositionTokens    words of an apposition between a name and its verb ("Lee, the
 *                               unification minister, said")
 * @param pronounLookback        person mentions looked at, backwards, to resolve a pronoun
 * @param maxQuotes              quotes kept per article (the first ones); bounds the work on
 *                               hostile texts
 * @param minMergeOverlap        two quotes of different articles are one statement when the shorter
 *                               one's word trigrams are found in the longer one at least at this rate
 *                               (syndicated copies edit a word or two)
 * @param minMergeWords          quotes shorter than this merge only when their normalised texts are
 *                               equal
 */
public record QuoteOptions(int maxDepth, int maxContinuedParagraphs, int maxPartialWords, int minStatementWords,
                           int minEmbeddedWords, int maxCueTokens, int maxSubjectTokens, int maxAppositionTokens,
                           int pronounLookback, int maxQuotes, double minMergeOverlap, int minMergeWords) {
    /** Defaults tuned on wire-style news text. */
    public static final QuoteOptions DEFAULTS = new QuoteOptions(3, 20, 4, 3, 8, 8, 15, 25, 200, 2_000, 0.8, 5);

    public QuoteOptions {
        if (maxDepth < 1 || maxDepth > 8) throw new IllegalArgumentException("maxDepth must be 1..8: " + maxDepth);
        if (maxContinuedParagraphs < 0) throw new IllegalArgumentException("maxContinuedParagraphs must be >= 0");
        if (maxPartialWords < 0) throw new IllegalArgumentException("maxPartialWords must be >= 0");
        if (minStatementWords < 1) throw new IllegalArgumentException("minStatementWords must be positive");
        if (minEmbeddedWords < 1) throw new IllegalArgumentException("minEmbeddedWords must be positive");
        if (maxCueTokens < 0 || maxSubjectTokens < 1 || maxAppositionTokens < 1) {
            throw new IllegalArgumentException("token windows must be positive");
        }
        if (pronounLookback < 0) throw new IllegalArgumentException("pronounLookback must be >= 0");
        if (maxQuotes < 1) throw new IllegalArgumentException("maxQuotes must be positive");
        if (!(minMergeOverlap > 0 && minMergeOverlap <= 1)) throw new IllegalArgumentException("minMergeOverlap must be in (0, 1]");
        if (minMergeWords < 1) throw new IllegalArgumentException("minMergeWords must be positive");
    }
}
