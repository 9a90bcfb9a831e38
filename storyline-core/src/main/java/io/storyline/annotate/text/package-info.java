/**
 * Tokens and sentences with offsets into an article's text, made once per article and shared by
 * every annotator.
 *
 * <p>{@link io.storyline.annotate.text.TextAnalyzer#analyze(String)} returns an immutable
 * {@link io.storyline.annotate.text.TextAnalysis}: token ranges, shape flags and lower-case
 * hashes in parallel arrays, sentence and paragraph boundaries. Rule-based, one pass, no model:
 * it never throws on any text and its cost is linear in the text's length.
 */
package io.storyline.annotate.text;
