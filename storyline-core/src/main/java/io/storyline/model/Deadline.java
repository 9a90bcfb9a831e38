package io.storyline.model;

import java.time.Duration;

/**
 * A point in time after which a stage should give up on the current document. Stages call
 * {@link #check()} in their loops; the pipeline turns the resulting exception into a timeout
 * status. Immutable.
 */
public final class Deadline {
    private static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    private final long expiresAtNanos;

    private Deadline(long expiresAtNanos) {
        this.expiresAtNanos = expiresAtNanos;
    }

    public static Deadline none() {
        return NONE;
    }

    public static Deadline after(Duration d) {
        long now = System.nanoTime();
        long n = d.toNanos();
        return new Deadline(n > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + n);
    }

    public boolean expired() {
        return expiresAtNanos != Long.MAX_VALUE && System.nanoTime() - expiresAtNanos > 0;
    }

    /** Throws {@link Expired} when the deadline has passed or the thread was interrupted. */
    public void check() {
        if (expired() || Thread.currentThread().isInterrupted()) throw new Expired();
    }

    /** Thrown by {@link #check()}; carries no stack trace. */
    public static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Expired() {
            super("deadline expired", null, false, false);
        }
    }
}
