package io.storyline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingest.Limits;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.model.Status;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bug in one article's annotation ends neither the analysis nor the ledger row of that article. */
class AnnotationFailureTest {
    private static Outcome text(String name, String body) {
        return Pipeline.standard(Limits.DEFAULT).process(Capture.of(Provenance.ofFile(name), Format.TEXT,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFailingStepIsNotedOnItsArticlesRowAndTheOthersGoOn() {
        String more = " The meeting lasted three hours and ended without a joint statement, but both delegations said they"
                + " would meet again next month in the same city to discuss the timetable, the inspections and the aid.";
        Outcome a = text("a.txt", "Talks resume\n\nSEOUL, March 3 - Envoys from both sides met on Tuesday, officials said." + more);
        Outcome b = text("b.txt", "Port reopens\n\nBUSAN, March 4 - The port reopened on Wednesday after a strike ended." + more);
        assertEquals(Status.OK, a.status());
        assertEquals(Status.OK, b.status());
        Map<String, String> failures = new HashMap<>();
        String fine = Analyzer.isolated(b.article(), () -> "annotated", failures);
        String failed = Analyzer.isolated(a.article(), () -> {
            throw new IllegalStateException("a stage's bug");
        }, failures);
        assertEquals("annotated", fine);
        assertNull(failed);
        assertEquals(Map.of(a.article().id(), "annotation failed: IllegalStateException: a stage's bug"), failures);

        List<Outcome> ledger = Analyzer.withFailures(List.of(a, b), failures);
        assertEquals(Status.OK, ledger.get(0).status(), "its text was extracted: the article stays");
        assertTrue(ledger.get(0).reason().startsWith("annotation failed"), ledger.get(0).toString());
        assertEquals(b, ledger.get(1), "the other row is untouched");
        assertEquals(2, Analyzer.standard().analyze(ledger).articles().size());
    }
}
