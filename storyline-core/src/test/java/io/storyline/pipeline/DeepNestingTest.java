package io.storyline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingest.Limits;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import io.storyline.model.Status;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTML nested 100,000 levels deep goes through the standard pipeline on a thread with an
 * ordinary 1 MiB stack: the parser caps the tree's depth and every stage walks it iteratively, so
 * nothing overflows and the text at the bottom is found.
 */
class DeepNestingTest {
    static final int LEVELS = 100_000;
    static final String TEXT = "The paragraph at the bottom of a tree one hundred thousand levels deep.";
    /** An ordinary article body, so that any main-text extractor keeps it. */
    static final String BODY = "<h1>Deep harbour survey finished</h1><p>" + TEXT + " Divers from the Greyrock"
            + " harbour office finished their survey of the old breakwater on Tuesday, two weeks ahead of plan.</p>"
            + "<p>The survey found the stone blocks in better shape than expected, the office said, and repairs"
            + " should cost less than the council had set aside for them in the spring budget.</p>"
            + "<p>Fishermen who use the inner harbour said they were relieved that the work would not close the"
            + " quay during the busy summer months, when most of the catch is landed.</p>";

    @ParameterizedTest(name = "<{0}> x 100,000")
    @ValueSource(strings = {"div", "b", "table"})
    void deepPageNeedsNoLargeStack(String tags) throws InterruptedException {
        StringBuilder sb = new StringBuilder(LEVELS * (tags.length() + 2) + 200).append("<html><body>");
        String open = "<" + tags + ">";
        for (int i = 0; i < LEVELS; i++) sb.append(open);
        sb.append(BODY);
        for (int i = 0; i < LEVELS / 2; i++) sb.append("</").append(tags.replaceAll(">.*", "")).append('>');
        Capture c = Capture.of(Provenance.ofFile("deep.html"), Format.HTML, sb.toString().getBytes(StandardCharsets.UTF_8));

        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Pipeline.standard(Limits.DEFAULT).process(c));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 1 << 20);
        t.start();
        t.join(120_000);
        Object r = result.get();
        assertTrue(r instanceof Outcome, "the pipeline threw or hung: " + r);
        Outcome o = (Outcome) r;
        assertEquals(Status.OK, o.status(), o.reason());
        assertTrue(o.article().text().contains(TEXT), o.article().text());
    }
}
