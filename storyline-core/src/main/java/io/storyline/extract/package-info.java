/**
 * Extraction: from a decoded capture to the article body and its metadata. HTML goes through
 * {@link io.storyline.extract.HtmlExtractor} (DOM scoring, then fallbacks), text captures
 * through {@link io.storyline.extract.text.TextCaptureExtractor} (each block classified).
 * Both report every left-out block with its reason.
 */
package io.storyline.extract;
