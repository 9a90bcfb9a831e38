package io.storyline.annotate.time;

/**
 * Settings of the time-expression stage.
 *
 * @param tenseWindow        how many tokens each side of an expression are searched for a tense cue
 * @param narrativeSentences how many sentences a stated time stays the narrative time that "a day
 *                           later" or "the following week" count from
 * @param datelineDays       how far (days) a dateline's date may lie from the publication date and
 *                           still replace it as the reference
 */
public record TimexOptions(int tenseWindow, int narrativeSentences, int datelineDays) {
    public TimexOptions {
        if (tenseWindow < 1 || tenseWindow > 100) throw new IllegalArgumentException("tenseWindow " + tenseWindow);
        if (narrativeSentences < 0) throw new IllegalArgumentException("narrativeSentences " + narrativeSentences);
        if (datelineDays < 0) throw new IllegalArgumentException("datelineDays " + datelineDays);
    }

    /** Twelve tokens of tense window; narrative time lasts three sentences; datelines within a week. */
    public static TimexOptions defaults() {
        return new TimexOptions(12, 3, 7);
    }
}
