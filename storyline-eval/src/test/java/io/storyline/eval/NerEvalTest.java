package io.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.annotate.entity.NerTrainer.Example;
import io.storyline.annotate.entity.NerTrainer.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact-span scoring, and the kinds its errors are counted under. */
class NerEvalTest {
    private static final String TEXT = "Seoul said Kim Jong Un met Moon Jae-in at Panmunjom with Samsung officials.";

    private static Span span(String name, String type) {
        int at = TEXT.indexOf(name);
        return new Span(at, at + name.length(), type);
    }

    @Test
    void errorsAreCountedByWhatWentWrong() {
        Example gold = new Example("d", TEXT, List.of(span("Seoul", "ORG"), span("Kim Jong Un", "PER"),
                span("Moon Jae-in", "PER"), span("Panmunjom", "LOC"), span("Samsung", "ORG")));
        List<Span> found = List.of(
                span("Seoul", "LOC"),          // the span found, typed otherwise
                span("Kim Jong Un", "PER"),    // right
                span("Moon Jae", "PER"),       // a boundary error
                span("officials", "ORG"));     // spurious; Panmunjom and Samsung missed
        NerEval.Result r = NerEval.score("t", "sys", List.of(gold), ex -> found);
        assertEquals(new Counts(1, 1, 1, 0), r.byType().get("PER"));
        assertEquals(new Counts(0, 1, 2, 0), r.byType().get("ORG"));
        assertEquals(new Counts(0, 1, 1, 0), r.byType().get("LOC"));
        Map<String, Map<String, Map<String, Long>>> k = NerEval.errorKinds(r);
        assertEquals(Map.of("ORG", 1L), k.get("LOC").get("FP"));
        assertEquals(Map.of("missed", 1L), k.get("LOC").get("FN"));
        assertEquals(Map.of("LOC", 1L, "missed", 1L), k.get("ORG").get("FN"));
        assertEquals(Map.of("spurious", 1L), k.get("ORG").get("FP"));
        assertEquals(Map.of("boundary", 1L), k.get("PER").get("FP"));
        assertEquals(Map.of("boundary", 1L), k.get("PER").get("FN"));
    }

    @Test
    void aNameFoundWhereTheSetMarksAnotherKindOfNameIsMisc() {
        String text = "Grey Lights is an album by Kvalsund.";
        Example gold = new Example("d", text, List.of(new Span(0, 11, "MISC"), new Span(27, 35, "ORG")));
        NerEval.Result r = NerEval.score("t", "sys", List.of(gold), ex -> List.of(new Span(0, 11, "ORG"), new Span(27, 35, "ORG")));
        assertEquals(new Counts(1, 1, 0, 0), r.byType().get("ORG"));
        assertEquals(Map.of("misc", 1L), NerEval.errorKinds(r).get("ORG").get("FP"));
    }
}
