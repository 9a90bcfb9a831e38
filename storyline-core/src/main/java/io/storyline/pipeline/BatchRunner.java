package io.storyline.pipeline;

import io.storyline.ingest.IngestSink;
import io.storyline.ingest.Ingestor;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingest and the pipeline over many inputs. One reader thread turns the inputs into
 * captures; up to {@code threads} documents are processed at once, each on its own worker thread
 * with a large stack; results reach the listener in input order on the calling thread, one per
 * input.
 *
 * <p>The run never hangs on a document: one that overruns its time limit (plus a short grace for
 * the pipeline's own deadline checks to end it) is given up with a {@code timeout} outcome and its
 * slot is handed to a fresh worker, even if the stuck thread never stops (Java cannot kill it; it
 * is a daemon, logged, and forgotten).
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    /**
     * Stack of a worker thread: generous for recursion a stage may still do (jsoup caps the DOM at
     * 512 levels; java.util.regex recurses per repetition), small enough that a runaway recursion
     * overflows quickly into a {@code stack-overflow} status.
     */
    static final long WORKER_STACK_BYTES = 16L << 20;
    private static final Object END = new Object();
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Pipeline pipeline;
    private final Ingestor ingestor;
    private final int threads;

    public BatchRunner(Pipeline pipeline, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.ingestor = new Ingestor(pipeline.limits());
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        this.threads = threads;
    }

    /** Feeds inputs to the batch; runs on the batch's reader thread. */
    @FunctionalInterface
    public interface Source {
        void feed(Ingestor ingestor, IngestSink sink);

        /** Files, folders (recursively) and {@code -} for stdin. */
        static Source paths(List<String> paths) {
            List<String> copy = List.copyOf(paths);
            return (ingestor, sink) -> ingestor.read(copy, sink);
        }
    }

    /** Screens captures before they are processed; runs on the reader thread. */
    @FunctionalInterface
    public interface Gate {
        /** Everything is processed. */
        Gate ALL = c -> null;

        /** Why the capture should not be processed (it becomes a skipped outcome), or null to process it. */
        String skipReason(Capture capture);
    }

    /**
     * How one input ended.
     *
     * @param outcome the outcome
     * @param where   the file or container record it is about
     * @param capture the capture the pipeline (or the gate) saw; null when ingest ended the input
     *                before it became a capture
     */
    public record Result(Outcome outcome, Provenance where, Capture capture) {
        public Result {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(where, "where");
        }
    }

    /** Processes every path; outcomes reach {@code out} in input order on the calling thread. */
    public void run(List<String> paths, Consumer<Outcome> out) {
        run(Source.paths(paths), Gate.ALL, r -> out.accept(r.outcome()));
    }

    /**
     * Runs the batch: every input the source feeds ends as one result, handed to {@code listener}
     * in input order on the calling thread. Returns when all are delivered. An exception thrown by
     * the listener, the gate or the source (a bug, or a store that cannot be written) stops the run
     * and is rethrown here.
     */
    public void run(Source source, Gate gate, Consumer<Result> listener) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(listener, "listener");
        int run = RUNS.incrementAndGet();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(threads * 8);
        Semaphore slots = new Semaphore(threads);
        AtomicInteger workerCount = new AtomicInteger();
        AtomicBoolean stopping = new AtomicBoolean();
        Throwable[] readerFailure = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                source.feed(ingestor, new IngestSink() {
                    @Override
                    public void capture(Capture capture) {
                        String skip = gate.skipReason(capture);
                        if (skip != null) {
                            put(queue, new Result(Outcome.skipped(capture.input(), skip), capture.provenance(), capture));
                            return;
                        }
                        acquire(slots);
                        Task task = new Task(capture, pipeline, slots);
                        Thread worker = new Thread(null, task::run,
                                "storyline-worker-" + run + "-" + workerCount.incrementAndGet(), WORKER_STACK_BYTES);
                        worker.setDaemon(true);
                        task.thread = worker;
                        worker.start();
                        put(queue, task);
                    }

                    @Override
                    public void outcome(Provenance where, Outcome outcome) {
                        if (!where.input().equals(outcome.input()))
                            throw new IllegalArgumentException("outcome for " + outcome.input() + " given at " + where.input());
                        put(queue, new Result(outcome, where, null));
                    }
                });
            } catch (Stopped e) {
                // the consumer gave up; nothing to report
            } catch (Throwable t) {
                if (!stopping.get()) readerFailure[0] = t;
            } finally {
                try {
                    queue.put(END);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "storyline-ingest-" + run);
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) break;
                listener.accept(item instanceof Task t ? t.await(pipeline.limits().timeout()) : (Result) item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for results", e);
        } finally {
            stopping.set(true);
            reader.interrupt();
            for (Object o : queue.toArray()) {
                if (o instanceof Task t) t.abandon();
            }
        }
        // the reader's write happens before its END is taken from the queue
        if (readerFailure[0] instanceof RuntimeException r) throw r;
        if (readerFailure[0] instanceof Error e) throw e;
        if (readerFailure[0] != null) throw new IllegalStateException(readerFailure[0]);
    }

    /** Thrown on the reader thread when the run is being torn down. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("batch stopped", null, false, false);
        }
    }

    private static void put(BlockingQueue<Object> q, Object o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static void acquire(Semaphore s) {
        try {
            s.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** The grace after the time limit before a document is given up: the pipeline's deadline checks usually end it first. */
    static long graceMillis(Duration timeout) {
        return Math.max(50, Math.min(2000, timeout.toMillis() / 2));
    }

    /** One capture on its way through the pipeline, on its own worker thread. */
    private static final class Task {
        private final Capture capture;
        private final Pipeline pipeline;
        private final Semaphore slots;
        private final AtomicBoolean slotHeld = new AtomicBoolean(true);
        private final AtomicLong started = new AtomicLong();
        private final CompletableFuture<Outcome> result = new CompletableFuture<>();
        volatile Thread thread;

        Task(Capture capture, Pipeline pipeline, Semaphore slots) {
            this.capture = capture;
            this.pipeline = pipeline;
            this.slots = slots;
        }

        void run() {
            started.set(System.nanoTime());
            try {
                result.complete(pipeline.process(capture, Deadline.after(pipeline.limits().timeout())));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            } finally {
                release();
            }
        }

        private void release() {
            if (slotHeld.compareAndSet(true, false)) slots.release();
        }

        Result await(Duration timeout) throws InterruptedException {
            long limit = timeout.toMillis() + graceMillis(timeout);
            while (true) {
                try {
                    return new Result(result.get(20, TimeUnit.MILLISECONDS), capture.provenance(), capture);
                } catch (TimeoutException e) {
                    long s = started.get();
                    if (s != 0 && (System.nanoTime() - s) / 1_000_000 > limit) {
                        abandon();
                        return new Result(Outcome.failed(capture.input(), "timeout: processing took longer than the limit of "
                                + Pipeline.describe(pipeline.limits()) + " and was abandoned", capture.bytes()),
                                capture.provenance(), capture);
                    }
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    return new Result(Outcome.failed(capture.input(), "error: " + c.getClass().getSimpleName() + ": "
                            + c.getMessage(), capture.bytes()), capture.provenance(), capture);
                }
            }
        }

        /** Gives the document up: interrupts its thread and frees its slot for a fresh worker. */
        void abandon() {
            Thread t = thread;
            if (result.isDone()) return;
            if (t != null) {
                t.interrupt();
                LOG.warn("abandoned {} on thread {} after its time limit; the thread is left to stop on its own",
                        capture.input(), t.getName());
            }
            release();
        }
    }
}
