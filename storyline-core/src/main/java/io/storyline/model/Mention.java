package io.storyline.model;

import java.util.Objects;

/**
 * A span of an article's text that names or refers to an entity.
 *
 * @param article the article id
 * @param start   offset in the article text
 * @param end     end offset (exclusive)
 * @param text    the span as printed
 * @param type    PERSON, ORG, COUNTRY, LOC or TITLE
 */
public record Mention(String article, int start, int end, String text, String type) {
    public Mention {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
}
