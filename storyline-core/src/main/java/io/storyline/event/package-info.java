/**
 * Events: what happened, who did it to whom, when and how each article presents it.
 *
 * <p>{@link io.storyline.event.EventExtractor} reads one article (its text analysis, time
 * expressions, names and their entity ids: an {@link io.storyline.event.EventInput}) clause by
 * clause and returns {@link io.storyline.model.EventMention}s: the predicate typed with PLOVER where
 * it applies (STATEMENT for remarks, a general type otherwise), actors and targets (entity ids where
 * resolved), the clause's own time at its precision (the reporting time only for a report that
 * states none; plans and possibilities without a date stay undated), modality and the span to cite.
 * Only the article's clean text is read, so clutter never yields events.
 *
 * <p>{@link io.storyline.event.EventMerger} joins mentions within and across articles (same type,
 * a shared participant, compatible dates, or the same clause printed by a copy) into
 * {@link io.storyline.model.Event}s with one source per reporting article and a modality history.
 *
 * <p>Heuristics live in named tables ({@link io.storyline.event.Lexicon}); thresholds in
 * {@link io.storyline.event.EventOptions} and {@link io.storyline.event.EventMerger.Options}. All
 * classes are final and thread-safe; no text makes them throw.
 */
package io.storyline.event;
