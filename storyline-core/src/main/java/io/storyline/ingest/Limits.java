package io.storyline.ingest;

import java.time.Duration;

/**
 * Per-document limits. Exceeding one gives the document a status, never a crash or a hang.
 *
 * @param maxBytes   largest document (after decompression) that is processed; larger ones are skipped
 * @param timeout    longest time one document may take in the pipeline; slower ones fail with a timeout
 */
public record Limits(long maxBytes, Duration timeout) {
    public static final Limits DEFAULT = new Limits(24L << 20, Duration.ofSeconds(30));

    public Limits {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (timeout == null || timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }

    public String describeMaxBytes() {
        return Bytes.human(maxBytes);
    }
}
