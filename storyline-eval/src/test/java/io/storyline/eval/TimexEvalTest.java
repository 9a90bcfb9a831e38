package io.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.annotate.time.PublicationDateInference;
import io.storyline.annotate.time.TimexTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timex gate: on the hand-annotated gold sets (eval/timex) recognition and values stay at or
 * above their floors, every gold expression is located in its text, and undated texts get the
 * publication date a careful reader gives. The example captures are read from ../shared (skipped
 * when absent).
 */
class TimexEvalTest {
    private static Path eval() {
        Path floors = Path.of(System.getProperty("storyline.floors", "../eval/floors.properties"));
        return floors.toAbsolutePath().getParent();
    }

    private static Path examples() {
        Path shared = DevSet.sharedDir();
        return shared == null || !Files.isDirectory(shared.resolve("examples")) ? null : shared.resolve("examples");
    }

    private static TimexEval.Result run(String set) throws Exception {
        List<TimexEval.Doc> docs = TimexEval.load(eval().resolve("timex").resolve(set), examples());
        for (TimexEval.Doc d : docs) assertTrue(d.unlocated().isEmpty(), d.name() + ": gold not located " + d.unlocated());
        return TimexEval.run(set, docs, TimexTagger.standard(), PublicationDateInference.standard());
    }

    private static void gate(TimexEval.Result r) throws Exception {
        System.out.print(TimexEval.table(List.of(r)));
        System.out.print(TimexEval.errors(List.of(r)));
        Floors floors = Floors.load(eval().resolve("floors.properties"));
        List<String> failures = new ArrayList<>(floors.check("timex-" + r.set(), r.total().overlapCounts()));
        failures.addAll(floors.check("timex-" + r.set() + "-values", r.total().valueCounts()));
        assertTrue(failures.isEmpty(), String.join("; ", failures));
        assertEquals(r.total().inferences(), r.total().inferencesRight(), "publication dates inferred");
    }

    @Test
    void ownTextsStayAboveFloors() throws Exception {
        TimexEval.Result r = run("own");
        assertFalse(r.docs().isEmpty());
        gate(r);
    }

    @Test
    void heldOutTextsStayAboveFloors() throws Exception {
        gate(run("heldout"));
    }

    @Test
    void exampleCapturesStayAboveFloors() throws Exception {
        assumeTrue(examples() != null, "../shared/examples is absent: timex examples gate skipped");
        TimexEval.Result r = run("examples");
        assertEquals(3, r.docs().size());
        gate(r);
        TimexEval.DocResult undated = r.docs().stream().filter(d -> d.inferred() != null).findFirst().orElseThrow();
        assertEquals("2019-02-19", undated.inferred());
    }
}
