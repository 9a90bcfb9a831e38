package io.storyline.model;

import java.util.Objects;

/**
 * A capture decoded to characters.
 *
 * @param capture       the raw capture
 * @param content       the decoded characters; {@link Segment} source offsets index into this
 * @param charset       the charset used
 * @param charsetSource why that charset: {@code bom}, {@code http}, {@code meta}, {@code detected},
 *                      {@code utf-8-valid}, {@code fallback} or {@code given}
 */
public record Decoded(Capture capture, String content, String charset, String charsetSource) {
    public Decoded {
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(content, "content");
    }
}
