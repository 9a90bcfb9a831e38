package io.storyline.model;

import java.util.Objects;

/**
 * A block of body text as an extractor found it, before it is placed in the article text.
 *
 * @param text        the block's text, whitespace-normalised
 * @param kind        paragraph, heading, item, quote, table or pre
 * @param sourceStart offset in the decoded capture, or -1
 * @param sourceEnd   end offset in the decoded capture, or -1
 */
public record Block(String text, String kind, int sourceStart, int sourceEnd) {
    public Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
