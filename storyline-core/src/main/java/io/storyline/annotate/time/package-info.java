/**
 * Time expressions: recognised in article text, normalised to ISO 8601 values and anchored to
 * the right reference; publication dates inferred for undated articles.
 *
 * <p>Contract: {@link io.storyline.annotate.time.TimexTagger#tag} returns one
 * {@link io.storyline.model.Timex} per expression, in text order, non-overlapping, whose
 * {@code start..end} index the given text exactly. A value is a day ({@code 2019-02-27}), an ISO
 * week ({@code 2019-W09}), a month, a year, a time ({@code 2021-02-03T15:35+05:30}), an interval
 * {@code a/b} or a duration ({@code P25Y}); null when nothing places the expression. The anchor
 * says what a value rests on: {@code absolute} (the text states it), {@code published},
 * {@code dateline}, {@code narrative} (the time of the story the sentence tells) or {@code none}.
 * Relative expressions take their direction from the tense around them ("met on Monday" is the
 * Monday before the reference, "will meet on Monday" the one after).
 * {@link io.storyline.annotate.time.PublicationDateInference} reasons an undated article's date
 * from weekday mentions, relative expressions paired with dated events of the same text, and
 * dated events known from elsewhere in the corpus.
 *
 * <p>Scanning is linear in the text: one tokenising pass, then patterns tried only at tokens
 * that can start a time expression (a digit, a month or weekday name, a relative word). All
 * classes are immutable and thread-safe; malformed text never throws.
 */
package io.storyline.annotate.time;
