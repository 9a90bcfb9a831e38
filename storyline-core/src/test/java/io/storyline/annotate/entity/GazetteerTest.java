package io.storyline.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZ = Gazetteer.bundled();
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

    /** A name of {@code organizations.txt} and the (1-based) line it is listed on. */
    private record Listed(String name, int line) {
    }

    /** Every name of the organisation list, its abbreviations and other names included, in list order. */
    private static List<Listed> listedOrganisations() throws Exception {
        List<Listed> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GazetteerTest.class.getResourceAsStream("organizations.txt"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                for (String v : line.split("\\|")) {
                    if (!v.trim().isEmpty()) out.add(new Listed(v.trim(), n));
                }
            }
        }
        return out;
    }

    /** Every name of the organisation list, printed as listed inside a sentence, is found where it stands. */
    @Test
    void everyListedOrganisationIsFoundInASentence() throws Exception {
        List<String> missed = new ArrayList<>();
        List<Listed> names = listedOrganisations();
        for (Listed l : names) {
            String v = l.name();
            TextAnalysis t = ANALYZER.analyze("Officials of " + v + " met on Monday");
            int s = t.tokenAt(13), e = t.tokenAt(13 + v.length() - 1) + 1;
            Gazetteer.Match m = GAZ.longest(t, s, t.tokenCount(), Gazetteer.Kind.ORG);
            if (m == null || m.start() != s || m.end() < e) missed.add(v);
        }
        assertTrue(names.size() > 10_000, "names checked: " + names.size());
        assertTrue(missed.isEmpty(), missed.size() + " not found, e.g. " + missed.subList(0, Math.min(10, missed.size())));
    }

    /** A name listed on two lines would belong to two entries, and its mentions to two entities. */
    @Test
    void everyOrganisationNameIsListedOnce() throws Exception {
        java.util.Map<String, Integer> lineOf = new java.util.HashMap<>();
        List<String> twice = new ArrayList<>();
        for (Listed l : listedOrganisations()) {
            Integer before = lineOf.putIfAbsent(l.name(), l.line());
            if (before != null && before != l.line()) twice.add(l.name() + " (lines " + before + ", " + l.line() + ")");
        }
        assertTrue(twice.isEmpty(), twice.size() + " names on two lines, e.g. " + twice.subList(0, Math.min(10, twice.size())));
    }

    @Test
    void theLongestNameWinsAndEveryKindKeepsItsOwn() {
        TextAnalysis t = ANALYZER.analyze("He flew to New York City and then to Seoul.");
        int n = t.tokenAt(11);
        Gazetteer.Match m = GAZ.longest(t, n, t.tokenCount(), Gazetteer.Kind.PLACE);
        assertNotNull(m);
        assertEquals("New York City", t.text().substring(t.start(m.start()), t.end(m.end() - 1)));
        // a limit inside the name leaves only the names that fit
        Gazetteer.Match cut = GAZ.longest(t, n, n + 2, Gazetteer.Kind.PLACE);
        assertNotNull(cut);
        assertEquals(n + 2, cut.end());
        assertNull(GAZ.longest(t, n, n + 1, Gazetteer.Kind.PLACE));
        List<Gazetteer.Match> all = GAZ.all(t, t.tokenAt(37), t.tokenCount());
        assertTrue(all.stream().anyMatch(x -> x.kind() == Gazetteer.Kind.CAPITAL), all.toString());
        // one match per kind
        assertEquals(all.size(), all.stream().map(Gazetteer.Match::kind).distinct().count());
    }
}
