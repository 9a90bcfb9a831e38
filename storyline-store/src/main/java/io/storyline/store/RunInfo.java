package io.storyline.store;

/**
 * One ingest or replay run.
 *
 * @param id       the run id
 * @param command  {@code ingest} or {@code replay}
 * @param status   {@code running}, {@code done}, or {@code interrupted} (its process died mid-run)
 * @param started  when it began (ISO 8601)
 * @param finished when it ended, or null
 * @param ok       inputs recorded ok
 * @param skipped  inputs recorded skipped
 * @param failed   inputs recorded failed
 */
public record RunInfo(long id, String command, String status, String started, String finished, long ok,
                      long skipped, long failed) {
    /** Inputs recorded in all. */
    public long total() {
        return ok + skipped + failed;
    }
}
