package io.storyline.web;

import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import io.storyline.store.Ingestion;
import io.storyline.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest and replay runs started from the UI, one at a time, in submission order, through
 * {@link Ingestion} (so each is a run in the store with its ledger, exactly as from the command
 * line). Uploaded files are written under a folder this class makes, with names it makes (a
 * number and the uploaded name reduced to {@code [A-Za-z0-9._-]}), and deleted when the server
 * stops; failed inputs keep their bytes in the store's quarantine for replay. Thread-safe.
 */
final class IngestJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);
    /** Most files in one upload. */
    static final int MAX_FILES = 1000;
    /** Jobs remembered for the UI (older ones are forgotten; their runs stay in the store). */
    static final int KEPT = 200;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    enum State {
        QUEUED, RUNNING, DONE, FAILED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An uploaded file: the name the browser gave (for display only) and where the server put it. */
    record Upload(String name, Path path, long size) {
    }

    /** One job; counters move while it runs. */
    static final class Job {
        final long id;
        final String kind;
        final List<Upload> uploads;
        final List<String> replayInputs;
        final Instant created = Instant.now();
        final AtomicLong ok = new AtomicLong(), skipped = new AtomicLong(), failed = new AtomicLong();
        volatile State state = State.QUEUED;
        volatile Long runId;
        volatile String error;
        volatile Instant finished;

        Job(long id, String kind, List<Upload> uploads, List<String> replayInputs) {
            this.id = id;
            this.kind = kind;
            this.uploads = List.copyOf(uploads);
            this.replayInputs = List.copyOf(replayInputs);
        }

        long done() {
            return ok.get() + skipped.get() + failed.get();
        }
    }

    private final Store store;
    private final Pipeline pipeline;
    private final Ingestion.Options options;
    private final Path root;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storyline-web-ingest");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();

    IngestJobs(Store store, Pipeline pipeline, Ingestion.Options options, Path root) {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options;
        this.root = root;
    }

    /** A new folder for one upload's files, under the server's own folder. */
    Path newUploadFolder() {
        try {
            return Files.createTempDirectory(root, "upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make an upload folder under " + root, e);
        }
    }

    /** The server's name for the {@code index}th uploaded file called {@code given}: never a path, never hidden. */
    static String safeName(int index, String given) {
        String base = given == null ? "" : given;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = UNSAFE.matcher(base.substring(slash + 1)).replaceAll("_");
        base = base.replaceAll("^[._-]+", "");
        if (base.length() > 100) base = base.substring(base.length() - 100);
        if (base.isEmpty()) base = "upload";
        return String.format(Locale.ROOT, "%04d-%s", index, base);
    }

    /** Copies an uploaded stream into {@code folder} under the server's name. */
    static Upload save(Path folder, int index, String given, InputStream in) throws IOException {
        Path target = folder.resolve(safeName(index, given));
        if (!target.getParent().equals(folder)) throw new IllegalStateException("upload escaped its folder: " + target);
        long size = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        return new Upload(given == null ? "" : given, target, size);
    }

    /** Queues an ingest of uploaded files. */
    synchronized Job ingest(List<Upload> uploads) {
        if (uploads.isEmpty()) throw new IllegalArgumentException("no files uploaded");
        Job job = remember(new Job(ids.incrementAndGet(), "ingest", uploads, List.of()));
        List<String> paths = uploads.stream().map(u -> u.path().toString()).toList();
        worker.submit(() -> run(job, () -> new Ingestion(store, pipeline, options).ingest(paths, r -> count(job, r))));
        return job;
    }

    /** Queues a replay of quarantined inputs (all when {@code inputs} is empty). */
    synchronized Job replay(List<String> inputs) {
        Job job = remember(new Job(ids.incrementAndGet(), "replay", List.of(), inputs));
        worker.submit(() -> run(job, () -> new Ingestion(store, pipeline, options).replay(inputs, r -> count(job, r))));
        return job;
    }

    private Job remember(Job job) {
        jobs.put(job.id, job);
        while (jobs.size() > KEPT) jobs.remove(jobs.keySet().iterator().next());
        return job;
    }

    private static void count(Job job, BatchRunner.Result r) {
        switch (r.outcome().status()) {
            case OK -> job.ok.incrementAndGet();
            case SKIPPED -> job.skipped.incrementAndGet();
            case FAILED -> job.failed.incrementAndGet();
        }
    }

    private interface Run {
        Ingestion.Summary run();
    }

    private static void run(Job job, Run run) {
        job.state = State.RUNNING;
        try {
            Ingestion.Summary s = run.run();
            job.runId = s.runId();
            job.ok.set(s.ok());
            job.skipped.set(s.skipped());
            job.failed.set(s.failed());
            job.state = State.DONE;
        } catch (RuntimeException | Error e) {
            LOG.warn("{} job {} failed", job.kind, job.id, e);
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.state = State.FAILED;
        } finally {
            job.finished = Instant.now();
        }
    }

    synchronized Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Jobs, newest first. */
    synchronized List<Job> recent() {
        List<Job> out = new ArrayList<>(jobs.values());
        out.sort(Comparator.comparingLong((Job j) -> j.id).reversed());
        return out;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("cannot delete the upload folder {}", root, e);
        }
    }
}
