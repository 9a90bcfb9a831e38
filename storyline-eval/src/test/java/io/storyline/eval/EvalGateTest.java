package io.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.ingest.Limits;
import io.storyline.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate: extraction, date and timeline scores on ../shared/data must stay at or above the pinned floors. */
class EvalGateTest {
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static Floors floors() throws Exception {
        return Floors.load(Path.of(System.getProperty("storyline.floors", "../eval/floors.properties")));
    }

    @Test
    void extractionStaysAboveFloors() throws Exception {
        Path dir = DevSet.data("extraction-dev");
        assumeTrue(dir != null, "../shared/data/extraction-dev is absent: extraction gate skipped");
        ExtractionEval.Result r = ExtractionEval.run(dir, Pipeline.standard(Limits.DEFAULT), THREADS);
        System.out.println(ExtractionEval.table(r));
        List<String> failures = floors().check("extraction", r.total());
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    @Test
    void datesStayAboveFloors() throws Exception {
        Path dir = DevSet.data("dates-dev");
        assumeTrue(dir != null, "../shared/data/dates-dev is absent: dates gate skipped");
        DatesEval.Result r = DatesEval.run(dir, Pipeline.standard(Limits.DEFAULT), THREADS);
        System.out.println(DatesEval.table(r));
        List<String> failures = floors().check("dates", r.total());
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    @Test
    void timelinesStayAboveFloors() throws Exception {
        Path dir = DevSet.data("timeline-dev");
        assumeTrue(dir != null, "../shared/data/timeline-dev is absent: timeline gate skipped");
        TimelineEval.Result r = TimelineEval.run(dir, io.storyline.pipeline.Analyzer.standard());
        System.out.println(TimelineEval.table(r));
        TimelineEval.Timeline all = r.pooled(null);
        List<String> failures = new java.util.ArrayList<>(floors().check("timeline", "cited", all.citedShare()));
        failures.addAll(floors().check("timeline", "dated", all.datedShare()));
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }
}
