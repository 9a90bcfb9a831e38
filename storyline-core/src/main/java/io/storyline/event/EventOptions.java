package io.storyline.event;

/**
 * Thresholds of event extraction.
 *
 * @param maxMentions     the most mentions one article yields (a 10,000-sentence text stays bounded)
 * @param allNominals     whether every event noun becomes a mention, anchored or not (evaluation
 *                        of mention recall); otherwise only nouns singled out by a date, an
 *                        ordinal, a name or a planned/landmark adjective ("their first summit in 2018")
 * @param maxSummaryChars the longest summary; longer clauses are cut at a word
 * @param maxSentenceTokens sentences longer than this are parsed in their first tokens only
 * @param narrativeDays   how many days before the report a past clause's stated day may lie and
 *                        still become the article's narrative time ("yesterday", "on Wednesday"),
 *                        which dates its later past clauses that state no time
 * @param planSentences   how many sentences a future date stated in the text ("will be available on
 *                        June 24") still dates the later plans that state no time of their own
 *                        ("…and the older model will be discontinued"), unless a date not in the
 *                        future is stated between
 */
public record EventOptions(int maxMentions, boolean allNominals, int maxSummaryChars, int maxSentenceTokens,
                           int narrativeDays, int planSentences) {
    public EventOptions {
        if (maxMentions < 1) throw new IllegalArgumentException("maxMentions must be positive");
        if (maxSummaryChars < 40) throw new IllegalArgumentException("maxSummaryChars must be at least 40");
        if (maxSentenceTokens < 8) throw new IllegalArgumentException("maxSentenceTokens must be at least 8");
        if (narrativeDays < 0) throw new IllegalArgumentException("narrativeDays must be >= 0");
        if (planSentences < 0) throw new IllegalArgumentException("planSentences must be >= 0");
    }

    public static EventOptions defaults() {
        return new EventOptions(2000, false, 240, 150, 7, 3);
    }

    public EventOptions withAllNominals(boolean all) {
        return new EventOptions(maxMentions, all, maxSummaryChars, maxSentenceTokens, narrativeDays, planSentences);
    }
}
