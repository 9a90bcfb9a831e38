package io.storyline.store;

import io.storyline.model.Status;

/**
 * How one input ended in one run.
 *
 * @param runId     the run
 * @param seq       the input's position in the run, from 1
 * @param input     the input id
 * @param status    ok, skipped or failed
 * @param reason    why (skipped, failed), a note (ok), or null
 * @param articleId the article made or matched, or null
 * @param at        when it was recorded (ISO 8601)
 */
public record LedgerEntry(long runId, int seq, String input, Status status, String reason, String articleId,
                          String at) {
}
