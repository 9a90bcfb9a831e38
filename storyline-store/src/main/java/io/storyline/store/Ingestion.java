package io.storyline.store;

import io.storyline.model.Outcome;
import io.storyline.model.Status;
import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs inputs through the pipeline into a store: {@link #ingest} new inputs, {@link #replay}
 * quarantined ones. Each run is recorded in {@code runs}; every input ends as a ledger row;
 * results are committed in batches (every {@link Options#batchSize()} results or
 * {@link Options#batchDelay()}, whichever comes first), each batch one transaction.
 *
 * <p>Idempotent: a content already stored (same SHA-256 of the raw bytes) is not processed again
 * and is recorded as skipped, {@code duplicate: already stored as a-… (from …)}.
 */
public final class Ingestion {
    /**
     * How a run writes.
     *
     * @param threads    documents processed at once
     * @param batchSize  results per transaction at most
     * @param batchDelay longest time results wait before they are committed
     */
    public record Options(int threads, int batchSize, Duration batchDelay) {
        public static Options defaults(int threads) {
            return new Options(threads, 500, Duration.ofSeconds(2));
        }

        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
            if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
            Objects.requireNonNull(batchDelay, "batchDelay");
        }
    }

    /**
     * What a run did.
     *
     * @param runId   the run's id in the store
     * @param ok      inputs that became stored articles
     * @param skipped inputs skipped with a reason (duplicates, empty, no article, too large, …)
     * @param failed  inputs that failed with a reason (now in quarantine)
     * @param elapsed how long the run took
     */
    public record Summary(long runId, long ok, long skipped, long failed, Duration elapsed) {
        public long total() {
            return ok + skipped + failed;
        }

        /** The one-line summary the CLI prints. */
        public String line(String command) {
            double s = Math.max(elapsed.toMillis(), 1) / 1000.0;
            return String.format(Locale.ROOT, "%s run %d: %d inputs: %d ok, %d skipped, %d failed in %.1f s (%.0f inputs/s)",
                    command, runId, total(), ok, skipped, failed, s, total() / s);
        }
    }

    private final Store store;
    private final Pipeline pipeline;
    private final Options options;

    public Ingestion(Store store, Pipeline pipeline, Options options) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Ingests files, folders (recursively) and {@code -} (stdin).
     *
     * @param progress told of each result as it is recorded (on the calling thread); may be a no-op
     */
    public Summary ingest(List<String> paths, Consumer<BatchRunner.Result> progress) {
        return run("ingest", paths, reader -> BatchRunner.Source.paths(paths), progress);
    }

    /**
     * Runs quarantined inputs through the current pipeline again: all of them when {@code inputs}
     * is empty, else those named. Each gets a new ledger row; those that no longer fail leave the
     * quarantine. An input kept without its bytes (unreadable at the time) is read again from its
     * path when it is there now.
     */
    public Summary replay(List<String> inputs, Consumer<BatchRunner.Result> progress) {
        List<String> args = inputs.isEmpty() ? List.of("--all") : inputs;
        return run("replay", args, reader -> {
            List<String> todo = reader.quarantinedInputs(inputs);
            return (ingestor, sink) -> {
                for (String input : todo) {
                    StoreReader.Quarantined q = reader.quarantined(input);
                    if (q == null) continue; // settled meanwhile (a duplicate of an earlier replayed input)
                    if (q.stage().equals("capture") && q.raw() != null && q.format() != null) {
                        sink.capture(q.capture());
                    } else if (q.raw() != null) {
                        ingestor.reread(q.where(), q.raw(), sink);
                    } else if (Files.exists(Path.of(q.where().file()))) {
                        ingestor.readPath(q.where().file(), sink);
                    } else {
                        sink.outcome(q.where(), Outcome.failed(input, "replay: nothing to replay: no bytes were kept"
                                + " and " + q.where().file() + " is gone (last failure: " + q.reason() + ")", null));
                    }
                }
            };
        }, progress);
    }

    /** Makes a run's source once the reader connection is open. */
    private interface SourceFactory {
        BatchRunner.Source source(StoreReader reader);
    }

    private Summary run(String command, List<String> args, SourceFactory sources, Consumer<BatchRunner.Result> progress) {
        long t0 = System.nanoTime();
        long runId = store.beginRun(command, args);
        store.annotate(options.batchSize()); // what a killed run stored but did not deduplicate or annotate
        try (StoreReader reader = store.openReader()) {
            DuplicateGate gate = new DuplicateGate(reader);
            Recorder recorder = new Recorder(runId, gate, progress);
            new BatchRunner(pipeline, options.threads()).run(sources.source(reader), gate, recorder);
            recorder.flush();
            store.endRun(runId);
            return new Summary(runId, recorder.ok, recorder.skipped, recorder.failed,
                    Duration.ofNanos(System.nanoTime() - t0));
        } catch (RuntimeException | Error e) {
            try {
                store.interruptRun(runId);
            } catch (RuntimeException secondary) {
                e.addSuppressed(secondary); // the store itself is failing; the run stays marked running
            }
            throw e;
        }
    }

    /** Collects results and commits them in batches, in order. Used on the calling thread only. */
    private final class Recorder implements Consumer<BatchRunner.Result> {
        private final long runId;
        private final DuplicateGate gate;
        private final Consumer<BatchRunner.Result> progress;
        private final List<BatchRunner.Result> batch = new ArrayList<>();
        private int nextSeq = 1;
        private long batchStarted;
        long ok, skipped, failed;

        Recorder(long runId, DuplicateGate gate, Consumer<BatchRunner.Result> progress) {
            this.runId = runId;
            this.gate = gate;
            this.progress = progress;
        }

        @Override
        public void accept(BatchRunner.Result r) {
            if (batch.isEmpty()) batchStarted = System.nanoTime();
            batch.add(r);
            if (batch.size() >= options.batchSize()
                    || System.nanoTime() - batchStarted >= options.batchDelay().toNanos()) {
                flush();
            }
            progress.accept(r);
        }

        void flush() {
            if (batch.isEmpty()) return;
            List<Status> statuses = store.record(runId, nextSeq, batch);
            store.annotate(options.batchSize()); // deduplicates, then annotates
            nextSeq += batch.size();
            for (int i = 0; i < batch.size(); i++) {
                BatchRunner.Result r = batch.get(i);
                if (r.capture() != null) {
                    gate.settled(r.capture(), r.outcome().article() != null ? r.outcome().article().contentHash()
                            : Pipeline.contentHash(r.capture()));
                }
                switch (statuses.get(i)) {
                    case OK -> ok++;
                    case SKIPPED -> skipped++;
                    case FAILED -> failed++;
                }
            }
            batch.clear();
        }
    }
}
