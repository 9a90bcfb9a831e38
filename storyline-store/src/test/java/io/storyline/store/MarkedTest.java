package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Marker parsing: plain text out, ranges in order and in bounds, whatever the markers. */
class MarkedTest {
    private static final String O = Marked.OPEN, C = Marked.CLOSE;

    @Test
    void parsesRanges() {
        Marked m = Marked.parse("a " + O + "ferry" + C + " and " + O + "boat" + C);
        assertEquals("a ferry and boat", m.text());
        assertEquals(List.of(new Marked.Span(2, 7), new Marked.Span(12, 16)), m.spans());
    }

    @Test
    void strayMarkersAreDropped() {
        assertEquals(List.of(new Marked.Span(0, 2)), Marked.parse(O + "ab" + O + C + C + "c").spans());
        assertEquals(List.of(new Marked.Span(1, 3)), Marked.parse("a" + O + "bc").spans());
        assertEquals(List.of(), Marked.parse(C + "abc" + O).spans());
    }

    @Test
    void anyMarkedTextGivesOrderedRangesInBounds() {
        Random r = new Random(7);
        String alphabet = "ab " + O + C;
        for (int k = 0; k < 2000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            Marked m = Marked.parse(sb.toString());
            assertEquals(sb.toString().replace(O, "").replace(C, ""), m.text());
            int last = 0;
            for (Marked.Span s : m.spans()) {
                assertTrue(s.start() >= last && s.end() > s.start() && s.end() <= m.text().length(), sb.toString());
                last = s.end();
            }
        }
    }
}
