/**
 * Text captures: what a scraper saved of a page's visible text, the article mixed with the
 * site's furniture. {@link io.storyline.extract.text.TextCaptureExtractor} classifies every line
 * (or hard-wrapped paragraph) as body, title, standfirst, byline, dateline, caption, navigation,
 * share, teaser, related link, subscription prompt, comments, footer, advertisement or template
 * code, keeps the body as blocks whose source ranges index the decoded capture, reports every
 * other line in {@code removed} with its class, and reads title, authors, wire, dateline, dates
 * and language.
 *
 * <p>The method is general: the words of page furniture as named tables ({@code Vocabulary}),
 * line shape (length, sentence ending, truncation), repetition (titles and captions printed
 * twice, pull quotes and summaries repeating body sentences), position around the heaviest run of
 * prose (maximum subarray), and lists of headline-and-blurb items. Every pass is linear in the
 * capture and checks the deadline. The body text is never rewritten: a dateline stays in the
 * first paragraph and is recorded beside it.
 */
package io.storyline.extract.text;
