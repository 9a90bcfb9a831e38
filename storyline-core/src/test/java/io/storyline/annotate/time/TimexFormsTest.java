package io.storyline.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import io.storyline.model.Timex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The forms of time expressions, one sentence each, from {@code forms.tsv}: every bracketed
 * expression must be found with exactly that span and value, and nothing else.
 */
class TimexFormsTest {
    private static final TimexTagger TAGGER = TimexTagger.standard();

    @TestFactory
    Stream<DynamicTest> forms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = TimexFormsTest.class.getResourceAsStream("forms.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] col = line.split("\t", -1);
                tests.add(DynamicTest.dynamicTest(col[1], () -> check(col[0], col[1], col.length > 2 ? col[2] : "")));
            }
        }
        return tests.stream();
    }

    private static void check(String published, String marked, String values) {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        String[] vs = values.isBlank() ? new String[0] : values.split("\\s*\\|\\s*");
        int n = 0, open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '[') {
                open = text.length();
            } else if (c == ']') {
                String v = n < vs.length ? vs[n] : "?";
                expected.add(text.substring(open) + " = " + ("-".equals(v) ? null : v));
                n++;
            } else {
                text.append(c);
            }
        }
        DateValue pub = new DateValue(published, Precision.DAY, false, "test");
        List<String> found = new ArrayList<>();
        for (Timex t : TAGGER.tag("t", text.toString(), pub, null)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
            found.add(t.text() + " = " + t.value());
        }
        assertEquals(expected, found, text.toString());
        // the same with the sentences of the shared text analysis
        List<String> shared = new ArrayList<>();
        for (Timex t : TAGGER.tag("t", TextAnalyzer.standard().analyze(text.toString()), pub, null)) {
            shared.add(t.text() + " = " + t.value());
        }
        assertEquals(expected, shared, "with TextAnalysis: " + text);
    }
}
