package io.storyline.store;

/**
 * A failed input kept for replay.
 *
 * @param input    the input id
 * @param stage    {@code input} (ingest could not read it) or {@code capture} (the pipeline failed on it)
 * @param reason   the last failure's reason
 * @param attempts how many runs failed on it
 * @param rawSize  bytes kept, or -1 when none could be kept
 * @param lastRun  the run that failed on it last
 * @param updated  when that was (ISO 8601)
 */
public record QuarantineEntry(String input, String stage, String reason, int attempts, long rawSize, long lastRun,
                              String updated) {
}
