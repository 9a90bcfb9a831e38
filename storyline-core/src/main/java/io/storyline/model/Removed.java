package io.storyline.model;

import java.util.Objects;

/**
 * A block the extractor left out of the article text, and why.
 *
 * @param text        the block's text (whitespace-normalised)
 * @param why         the reason: a {@link Clutter} label
 * @param sourceStart offset in the decoded capture, or -1 when unknown
 * @param sourceEnd   end offset in the decoded capture, or -1
 */
public record Removed(String text, String why, int sourceStart, int sourceEnd) {
    public Removed {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(why, "why");
    }

    public Removed(String text, Clutter why) {
        this(text, why.label(), -1, -1);
    }
}
