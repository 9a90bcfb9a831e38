package io.storyline.dedup;

/**
 * Thresholds of deduplication, validated. {@link #DEFAULT} is what the evaluation measured.
 *
 * @param shingle            content words per shingle
 * @param targetFingerprints sampling keeps about this many to twice this many hashes per text
 * @param maxSampling        coarsest sampling rate (a power of two)
 * @param maxTokens          tokens of a text considered (bounds time and memory on huge texts)
 * @param maxSentences       sentences of a text considered
 * @param sentenceMatch      Dice similarity of two sentences' words above which they are one sentence edited
 * @param containment        share of a short sentence's words found in a longer one above which it is a part of it
 * @param syndicatedCoverage share of the shorter text's words aligned with the other text for a syndicated copy
 * @param longerCoverage     share of the longer text's words aligned for a syndicated copy: a digest or
 *                           listing page quoting one short story whole is not a copy of it
 * @param minAlignedWords    aligned words needed besides coverage, so short texts sharing a line don't merge
 * @param nearCoverage       share of each text's words aligned for a near copy
 * @param maxPostings        a hash carried by more texts than this stops collecting postings (boilerplate)
 * @param maxVisits          postings read per hash when looking up candidates, newest first: a hash many
 *                           texts carry (a phrase, or a story with hundreds of copies) is represented by
 *                           its latest texts, which bounds the cost of a lookup whatever the corpus size
 * @param verifyCandidates   candidates verified per new text, best shared counts first
 * @param candidateShare     a candidate must share at least this share of the hashes a full copy would share
 */
public record DedupOptions(int shingle, int targetFingerprints, int maxSampling, int maxTokens, int maxSentences,
                           double sentenceMatch, double containment, double syndicatedCoverage, double longerCoverage,
                           int minAlignedWords,
                           double nearCoverage, int maxPostings, int maxVisits, int verifyCandidates, double candidateShare) {
    public static final DedupOptions DEFAULT = new DedupOptions(4, 24, 16, 50_000, 2_000, 0.5, 0.8, 0.5, 0.3, 25, 0.97,
            5_000, 16, 8, 0.15);

    public DedupOptions {
        if (shingle < 1) throw new IllegalArgumentException("shingle < 1");
        if (Integer.bitCount(maxSampling) != 1) throw new IllegalArgumentException("maxSampling must be a power of two");
        if (sentenceMatch <= 0 || sentenceMatch > 1) throw new IllegalArgumentException("sentenceMatch out of (0,1]");
        if (containment <= 0 || containment > 1) throw new IllegalArgumentException("containment out of (0,1]");
        if (syndicatedCoverage <= 0 || syndicatedCoverage > 1) throw new IllegalArgumentException("syndicatedCoverage out of (0,1]");
        if (longerCoverage < 0 || longerCoverage > 1) throw new IllegalArgumentException("longerCoverage out of [0,1]");
        if (nearCoverage <= 0 || nearCoverage > 1) throw new IllegalArgumentException("nearCoverage out of (0,1]");
        if (candidateShare < 0 || candidateShare > 1) throw new IllegalArgumentException("candidateShare out of [0,1]");
        if (maxTokens > 1 << 22 || maxSentences > 1 << 22) throw new IllegalArgumentException("maxTokens and maxSentences must stay below 2^22");
        if (maxTokens < 1 || maxSentences < 1 || maxPostings < 1 || maxVisits < 1 || verifyCandidates < 1 || targetFingerprints < 1)
            throw new IllegalArgumentException("limits must be positive");
    }
}
