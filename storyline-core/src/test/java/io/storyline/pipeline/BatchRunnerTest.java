package io.storyline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.extract.Extractor;
import io.storyline.extract.text.TextCaptureExtractor;
import io.storyline.ingest.Limits;
import io.storyline.model.Article;
import io.storyline.model.Block;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.model.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The batch: one result per input in input order, per-document time limits that become
 * {@code timeout} statuses, and a run that never hangs, even on a document whose processing
 * never checks its deadline and ignores interruption.
 */
class BatchRunnerTest {
    static final Limits FAST = new Limits(1 << 20, Duration.ofMillis(300));
    /** Lets the runaway extractor's threads end once a test is over. */
    static final AtomicBoolean RELEASE = new AtomicBoolean();

    @BeforeEach
    void hold() {
        RELEASE.set(false);
    }

    @AfterEach
    void release() {
        RELEASE.set(true);
    }

    /** Extracts one paragraph, the page's text, unless the page asks to misbehave. */
    static final class Scripted implements Extractor {
        @Override
        public Article.Builder extract(io.storyline.model.Decoded doc, io.storyline.model.Deadline deadline) {
            String s = doc.content();
            if (s.contains("LOOP-CHECKING")) {
                while (true) deadline.check(); // a long loop that checks its deadline, as stages must
            }
            if (s.contains("LOOP-STUBBORN")) {
                // a stage that never checks: spins and swallows interrupts until the test ends
                long x = 0;
                while (!RELEASE.get()) {
                    x += Thread.interrupted() ? 1 : 0;
                }
                assertTrue(x >= 0);
            }
            if (s.contains("SLEEP")) {
                try {
                    Thread.sleep(100_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
            if (s.contains("BUG")) throw new IllegalArgumentException("a bug in a stage");
            if (s.contains("RECURSE")) return recurse(0);
            Article.Builder b = Article.builder();
            b.body(List.of(new Block(s.strip(), "paragraph", 0, s.length())));
            return b;
        }

        private static Article.Builder recurse(int depth) {
            return recurse(depth + 1);
        }
    }

    static Capture page(String input, String content) {
        return Capture.of(Provenance.ofFile(input), Format.HTML, content.getBytes(StandardCharsets.UTF_8));
    }

    static List<BatchRunner.Result> run(int threads, Capture... captures) {
        return run(FAST, threads, captures);
    }

    static List<BatchRunner.Result> run(Limits limits, int threads, Capture... captures) {
        Pipeline p = new Pipeline(limits, new Scripted(), new TextCaptureExtractor());
        List<BatchRunner.Result> out = new ArrayList<>();
        new BatchRunner(p, threads).run((ingestor, sink) -> {
            for (Capture c : captures) sink.capture(c);
        }, BatchRunner.Gate.ALL, out::add);
        return out;
    }

    @Test
    void resultsComeInInputOrder() {
        List<Capture> caps = new ArrayList<>();
        for (int i = 0; i < 200; i++) caps.add(page("p" + i, "page number " + i));
        List<BatchRunner.Result> out = run(4, caps.toArray(new Capture[0]));
        assertEquals(200, out.size());
        for (int i = 0; i < 200; i++) {
            assertEquals("p" + i, out.get(i).outcome().input());
            assertEquals(Status.OK, out.get(i).outcome().status());
            assertEquals(caps.get(i), out.get(i).capture());
        }
    }

    @Test
    @Timeout(20)
    void aStageThatChecksItsDeadlineEndsWithATimeout() {
        List<BatchRunner.Result> out = run(1, page("a", "before"), page("slow", "LOOP-CHECKING"), page("b", "after"));
        Outcome slow = out.get(1).outcome();
        assertEquals(Status.FAILED, slow.status());
        assertEquals("timeout: processing took longer than the limit of 300 ms and was stopped", slow.reason());
        assertEquals(Status.OK, out.get(2).outcome().status());
    }

    @Test
    @Timeout(20)
    void aStageThatNeverStopsIsAbandonedAndTheBatchGoesOn() {
        long t0 = System.nanoTime();
        // one worker slot: without handing the slot to a fresh thread the third page would never run
        List<BatchRunner.Result> out = run(1, page("a", "before"), page("stuck", "LOOP-STUBBORN"),
                page("stuck2", "LOOP-STUBBORN again"), page("b", "after"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of("a", "stuck", "stuck2", "b"), out.stream().map(r -> r.outcome().input()).toList());
        for (int i : new int[] {1, 2}) {
            Outcome o = out.get(i).outcome();
            assertEquals(Status.FAILED, o.status());
            assertEquals("timeout: processing took longer than the limit of 300 ms and was abandoned", o.reason());
            assertTrue(o.raw().length > 0, "raw bytes kept for replay");
        }
        assertEquals(Status.OK, out.get(3).outcome().status());
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    @Timeout(20)
    void aSleepingStageIsInterrupted() {
        List<BatchRunner.Result> out = run(2, page("sleepy", "SLEEP"), page("b", "after"));
        assertEquals(Status.FAILED, out.get(0).outcome().status());
        assertTrue(out.get(0).outcome().reason().startsWith("timeout:") || out.get(0).outcome().reason().startsWith("error:"),
                out.get(0).outcome().reason());
        assertEquals(Status.OK, out.get(1).outcome().status());
    }

    @Test
    void bugsAndStackOverflowsBecomeFailures() {
        List<BatchRunner.Result> out = run(new Limits(1 << 20, Duration.ofSeconds(20)), 2, page("bug", "BUG"),
                page("deep", "RECURSE"), page("b", "fine"));
        assertEquals("error: IllegalArgumentException: a bug in a stage", out.get(0).outcome().reason());
        assertTrue(out.get(1).outcome().reason().startsWith("stack-overflow:"), out.get(1).outcome().reason());
        assertEquals(Status.OK, out.get(2).outcome().status());
    }

    @Test
    void gateSkipsWithItsReason() {
        Pipeline p = new Pipeline(FAST, new Scripted(), new TextCaptureExtractor());
        List<BatchRunner.Result> out = new ArrayList<>();
        new BatchRunner(p, 2).run((ingestor, sink) -> {
            sink.capture(page("keep", "kept page"));
            sink.capture(page("drop", "dropped page"));
        }, c -> c.input().equals("drop") ? "duplicate: test" : null, out::add);
        assertEquals(Status.OK, out.get(0).outcome().status());
        assertEquals("duplicate: test", out.get(1).outcome().reason());
        assertEquals("drop", out.get(1).capture().input());
    }

    @Test
    void ingestOutcomesCarryNoCapture() {
        List<BatchRunner.Result> out = new ArrayList<>();
        new BatchRunner(new Pipeline(FAST, new Scripted(), new TextCaptureExtractor()), 1).run((ingestor, sink) ->
                sink.outcome(Provenance.ofFile("x"), Outcome.skipped("x", "empty: test")), BatchRunner.Gate.ALL, out::add);
        assertNull(out.get(0).capture());
        assertEquals(Provenance.ofFile("x"), out.get(0).where());
    }

    @Test
    void aFailingListenerStopsTheRunAndIsRethrown() {
        Pipeline p = new Pipeline(FAST, new Scripted(), new TextCaptureExtractor());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BatchRunner(p, 2).run(
                (ingestor, sink) -> {
                    for (int i = 0; i < 1000; i++) sink.capture(page("p" + i, "page " + i));
                }, BatchRunner.Gate.ALL, r -> {
                    if (r.outcome().input().equals("p10")) throw new IllegalStateException("disk full");
                }));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void aFailingSourceIsRethrownAfterWhatItFed() {
        List<BatchRunner.Result> out = new ArrayList<>();
        Pipeline p = new Pipeline(FAST, new Scripted(), new TextCaptureExtractor());
        assertThrows(IllegalStateException.class, () -> new BatchRunner(p, 2).run((ingestor, sink) -> {
            sink.capture(page("a", "fed"));
            throw new IllegalStateException("source bug");
        }, BatchRunner.Gate.ALL, out::add));
        assertEquals(1, out.size());
    }

    @Test
    void misuseIsRejected() {
        Pipeline p = new Pipeline(FAST, new Scripted(), new TextCaptureExtractor());
        assertThrows(IllegalArgumentException.class, () -> new BatchRunner(p, 0));
        assertThrows(IllegalArgumentException.class, () -> new BatchRunner(p, 1).run((ingestor, sink) ->
                sink.outcome(Provenance.ofFile("a"), Outcome.skipped("b", "mismatch")), BatchRunner.Gate.ALL, r -> { }));
    }
}
