package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * The end of one input: ok with its article, skipped or failed with a specific reason. Every
 * input gets exactly one.
 *
 * @param input   the input id ({@link Provenance#input()})
 * @param status  ok, skipped or failed
 * @param reason  why, for skipped and failed; null when ok
 * @param article the article when ok, else null
 * @param raw     the raw bytes, kept for failed inputs so they can be replayed; may be null
 */
public record Outcome(String input, Status status, String reason, Article article, byte[] raw) {
    public Outcome {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        if (status == Status.OK && article == null) throw new IllegalArgumentException("ok without article");
        if (status != Status.OK && (reason == null || reason.isBlank()))
            throw new IllegalArgumentException(status + " without a reason");
    }

    public static Outcome ok(Article article) {
        return new Outcome(article.input(), Status.OK, null, article, null);
    }

    public static Outcome skipped(String input, String reason) {
        return new Outcome(input, Status.SKIPPED, reason, null, null);
    }

    public static Outcome failed(String input, String reason, byte[] raw) {
        return new Outcome(input, Status.FAILED, reason, null, raw);
    }

    public List<Article> articles() {
        return article == null ? List.of() : List.of(article);
    }
}
