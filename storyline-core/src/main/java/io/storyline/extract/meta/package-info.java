/**
 * Page metadata from HTML in layers of trust (JSON-LD, OpenGraph and other meta, then markup
 * and visible text): title, authors, site name, language, canonical URL, description.
 */
package io.storyline.extract.meta;
