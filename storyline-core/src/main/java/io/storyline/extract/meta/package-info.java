/**
 * Page metadata from HTML in layers of trust (JSON-LD, OpenGraph and other meta, then markup
 * and visible text): title, authors, site name, language, canonical URL, description.
 *
 * <p>Contract: {@link io.storyline.extract.meta.MetadataExtractor} never modifies the document
 * and never throws on bad markup; {@link io.storyline.extract.meta.JsonLd} reads JSON-LD
 * leniently (comments, trailing commas, raw control characters, {@code @graph}, arrays) and
 * keeps blocks it cannot parse as text for pattern fallbacks.
 */
package io.storyline.extract.meta;
