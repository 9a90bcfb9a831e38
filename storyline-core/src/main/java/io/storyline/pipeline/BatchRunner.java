package io.storyline.pipeline;

import io.storyline.ingest.IngestSink;
import io.storyline.ingest.Ingestor;
import io.storyline.model.Capture;
import io.storyline.model.Deadline;
import io.storyline.model.Outcome;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs ingest and the pipeline over many inputs: documents are processed on {@code threads}
 * workers and their outcomes handed to the consumer in input order, one per input. A document
 * that overruns its time limit is given up with a timeout outcome even if its worker does not
 * stop; the batch goes on.
 */
public final class BatchRunner {
    private static final Object END = new Object();

    private final Pipeline pipeline;
    private final Ingestor ingestor;
    private final int threads;

    public BatchRunner(Pipeline pipeline, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.ingestor = new Ingestor(pipeline.limits());
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        this.threads = threads;
    }

    /** Processes every path; outcomes reach {@code out} in input order on the calling thread. */
    public void run(List<String> paths, Consumer<Outcome> out) {
        run(paths, c -> true, out);
    }

    /**
     * Like {@link #run(List, Consumer)}, but captures for which {@code wanted} is false are not
     * processed (the store uses it to skip content it already holds).
     */
    public void run(List<String> paths, Predicate<Capture> wanted, Consumer<Outcome> out) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(threads * 8);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "storyline-worker");
            t.setDaemon(true);
            return t;
        });
        Thread reader = new Thread(() -> {
            try {
                ingestor.read(paths, new IngestSink() {
                    @Override
                    public void capture(Capture capture) {
                        if (!wanted.test(capture)) {
                            put(queue, Outcome.skipped(capture.input(), "duplicate: already stored (same content hash)"));
                            return;
                        }
                        put(queue, new Task(capture, workers, pipeline));
                    }

                    @Override
                    public void outcome(Outcome outcome) {
                        put(queue, outcome);
                    }
                });
            } finally {
                put(queue, END);
            }
        }, "storyline-ingest");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) break;
                if (item instanceof Outcome o) {
                    out.accept(o);
                } else {
                    out.accept(((Task) item).await(pipeline.limits().timeout().toMillis()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
    }

    private static void put(BlockingQueue<Object> q, Object o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing", e);
        }
    }

    /** One capture on its way through the pipeline on a worker. */
    private static final class Task {
        private final Capture capture;
        private final AtomicLong started = new AtomicLong();
        private final Future<Outcome> future;

        Task(Capture capture, ExecutorService workers, Pipeline pipeline) {
            this.capture = capture;
            this.future = workers.submit(() -> {
                started.set(System.nanoTime());
                return pipeline.process(capture, Deadline.after(pipeline.limits().timeout()));
            });
        }

        Outcome await(long timeoutMillis) throws InterruptedException {
            long grace = timeoutMillis + 2000;
            while (true) {
                try {
                    return future.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long s = started.get();
                    if (s != 0 && (System.nanoTime() - s) / 1_000_000 > grace) {
                        future.cancel(true);
                        return Outcome.failed(capture.input(), "timeout: processing took longer than "
                                + timeoutMillis / 1000 + " s and was abandoned", capture.bytes());
                    }
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    return Outcome.failed(capture.input(), "error: " + c.getClass().getSimpleName() + ": "
                            + c.getMessage(), capture.bytes());
                }
            }
        }
    }
}
