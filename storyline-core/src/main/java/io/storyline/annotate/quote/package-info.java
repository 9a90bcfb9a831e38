/**
 * Direct quotes and who said them.
 *
 * <p>{@link io.storyline.annotate.quote.QuoteFinder#find} returns an article's
 * {@link io.storyline.model.Quote}s in text order, with offsets of the quoted words inside the
 * marks ({@code text.substring(start, end)} equals {@code text}) and stable ids (a hash of the
 * article id and the offsets). Only statements come out: clauses of their own or quotes a cue
 * attributes; scare and partial quotes in the author's sentence do not, nested quotes stay inside
 * their outer quote, a quote running over paragraphs is one quote, and the same words quoted twice
 * in one text (a pull quote) are one quote. The speaker is a name (mapped to the entity when an
 * {@link io.storyline.annotate.entity.EntityResolver.Resolution} is given), a resolved pronoun, or a
 * description ("the official") left as it is when no name is given; the cue ("told a news
 * conference") is kept.
 *
 * <p>{@link io.storyline.annotate.quote.QuoteMerger#merge} makes the same quote in several articles
 * one statement: the first keeps it, the others are listed in its {@code alsoIn}.
 *
 * <p>Thresholds live in {@link io.storyline.annotate.quote.QuoteOptions}. Everything here is final
 * and thread-safe, linear in the text (100,000 unbalanced marks included), and never throws on any
 * text; misuse (null arguments, an analysis of another text) does.
 */
package io.storyline.annotate.quote;
