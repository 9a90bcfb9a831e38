package io.storyline.model;

/**
 * One block of an article's text (a paragraph, heading, list item, quote) with where it came
 * from in the decoded capture, so that any span of {@link Article#text()} maps back to the raw
 * input.
 *
 * @param start       offset of the block in {@link Article#text()}
 * @param end         end offset (exclusive) in {@link Article#text()}
 * @param sourceStart offset in {@link Decoded#content()} where the block's source begins, or -1
 * @param sourceEnd   end offset in {@link Decoded#content()}, or -1
 * @param kind        paragraph, heading, item, quote, table or pre
 */
public record Segment(int start, int end, int sourceStart, int sourceEnd, String kind) {
    public Segment {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
}
