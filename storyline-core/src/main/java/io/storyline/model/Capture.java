package io.storyline.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One document as it came in, before decoding: the raw bytes and what the container said about
 * them.
 *
 * @param provenance      where the bytes came from
 * @param format          HTML or a plain-text capture
 * @param bytes           the raw (decompressed) bytes; never modified
 * @param url             the page URL when the container or a sidecar gave one, else null
 * @param declaredCharset charset named by an HTTP header or the container, else null
 * @param fetched         capture time when known, else null
 * @param text            already-decoded text (JSON Lines {@code text}/{@code html} fields), else null
 */
public record Capture(Provenance provenance, Format format, byte[] bytes, String url,
                      String declaredCharset, Instant fetched, String text) {
    public Capture {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
    }

    public static Capture of(Provenance provenance, Format format, byte[] bytes) {
        return new Capture(provenance, format, bytes, null, null, null, null);
    }

    public String input() {
        return provenance.input();
    }

    public Capture withUrl(String newUrl) {
        return new Capture(provenance, format, bytes, newUrl, declaredCharset, fetched, text);
    }
}
