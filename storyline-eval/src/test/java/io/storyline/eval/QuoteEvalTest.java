package io.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quote gate: on the hand-annotated gold sets (eval/quotes) quote F1 and speaker accuracy
 * stay at or above their floors ({@code quotes.f1}, {@code quotes.speaker} for own/,
 * {@code quotes-<set>.*} for the others), and every gold quote is located in its text. The example
 * captures are read from ../shared (skipped when absent).
 */
class QuoteEvalTest {
    private static final QuoteEval.Annotators ANNOTATORS = QuoteEval.Annotators.standard();

    private static Path eval() {
        Path floors = Path.of(System.getProperty("storyline.floors", "../eval/floors.properties"));
        return floors.toAbsolutePath().getParent();
    }

    private static Path examples() {
        Path shared = DevSet.sharedDir();
        return shared == null || !Files.isDirectory(shared.resolve("examples")) ? null : shared.resolve("examples");
    }

    private static QuoteEval.Result run(String set) throws Exception {
        List<QuoteEval.Doc> docs = QuoteEval.load(eval().resolve("quotes").resolve(set), examples());
        for (QuoteEval.Doc d : docs) assertTrue(d.unlocated().isEmpty(), d.name() + ": gold not located " + d.unlocated());
        return QuoteEval.run(set, docs, ANNOTATORS);
    }

    private static void gate(QuoteEval.Result r) throws Exception {
        System.out.print(QuoteEval.table(List.of(r)));
        System.out.print(QuoteEval.errors(List.of(r)));
        Floors floors = Floors.load(eval().resolve("floors.properties"));
        String set = r.set().equals("own") ? "quotes" : "quotes-" + r.set();
        List<String> failures = new ArrayList<>(floors.check(set, r.total().counts()));
        failures.addAll(floors.check(set, "speaker", r.total().speakerAccuracy()));
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    @Test
    void ownTextsStayAboveFloors() throws Exception {
        QuoteEval.Result r = run("own");
        assertFalse(r.docs().isEmpty());
        gate(r);
    }

    @Test
    void heldOutTextsStayAboveFloors() throws Exception {
        gate(run("heldout"));
        gate(run("heldout2"));
        gate(run("heldout3"));
    }

    @Test
    void exampleCapturesStayAboveFloors() throws Exception {
        assumeTrue(examples() != null, "../shared/examples is absent: quote examples gate skipped");
        QuoteEval.Result r = run("examples");
        assertEquals(3, r.docs().size());
        gate(r);
    }

    @Test
    void scorerCountsMissesSpuriousAndWrongSpeakers() {
        String text = "\"One two three four,\" said Ann Lee. Then \"five six seven eight\" appeared.";
        QuoteEval.Doc d = new QuoteEval.Doc("d", text, List.of(new QuoteEval.Gold("One two three four", "Ann Lee", 1, 19),
                new QuoteEval.Gold("nine", "-", 70, 74)), List.of());
        io.storyline.model.Quote found1 = new io.storyline.model.Quote("q-1", "a", 1, 19, "One two three four", "Bo Kim", null,
                null, List.of());
        io.storyline.model.Quote found2 = new io.storyline.model.Quote("q-2", "a", 42, 63, "five six seven eight", null, null,
                null, List.of());
        QuoteEval.DocResult r = QuoteEval.compare(d, List.of(found1, found2));
        assertEquals(1, r.score().matched());
        assertEquals(1, r.missed().size());
        assertEquals(1, r.spurious().size());
        assertEquals(0, r.score().speakersRight());
        assertTrue(QuoteEval.speakerMatches("the fellow|a senior fellow", "The Fellow"));
        assertTrue(QuoteEval.speakerMatches("-", null));
        assertFalse(QuoteEval.speakerMatches("Ann Lee", null));
    }
}
