package io.storyline.extract.html;

/**
 * A run of visible text between two block boundaries: a paragraph, a heading, a list item, a
 * table cell, or the loose text of a {@code <div>}. Immutable.
 *
 * @param text      whitespace-normalised text, never blank
 * @param kind      paragraph, heading, item, quote, table or pre
 * @param elem      index in {@link PageMap} of the innermost block element holding the text
 * @param start     source offset of the segment's start, or -1
 * @param end       source offset of the segment's end, or -1
 * @param linkChars characters of the text inside links
 * @param links     number of links in the segment
 */
record Segment(String text, String kind, int elem, int start, int end, int linkChars, int links) {
    static final String PARAGRAPH = "paragraph", HEADING = "heading", ITEM = "item", QUOTE = "quote",
            TABLE = "table", PRE = "pre";

    int length() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
