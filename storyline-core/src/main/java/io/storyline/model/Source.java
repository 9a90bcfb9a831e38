package io.storyline.model;

import java.util.Objects;

/**
 * A span of an article that reports an event: the sentence or clause to check.
 *
 * @param article the article id
 * @param start   offset in the article text
 * @param end     end offset (exclusive)
 * @param text    the span as printed
 */
public record Source(String article, int start, int end, String text) {
    public Source {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
}
