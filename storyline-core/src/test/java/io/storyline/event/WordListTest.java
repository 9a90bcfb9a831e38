package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.testing.Props;
import org.junit.jupiter.api.Test;

/** A word list answers what comparing a token with each of its words letter by letter answers. */
class WordListTest {
    private static final String[] WORDS = {"has", "to", "n't", "'s", "willing", "after", "as", "according"};
    private static final String[] PIECES = {"Has", "HAS", "has", "to", "To", "n’t", "n't", "’s", "'s", "willing", "Willing",
            "after", "As", "as", "ass", "according", "Accordingly", "İs", "ΣΑΣ", "summit", "42", ",", "\"", "—"};

    @Test
    void matchesAsIsWordOverEveryWord() {
        WordList list = WordList.of(WORDS);
        TextAnalyzer analyzer = TextAnalyzer.standard();
        Props.forAll("word list", 300, r -> {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextBoolean() ? " " : "");
            TextAnalysis t = analyzer.analyze(sb.toString());
            for (int i = 0; i < t.tokenCount(); i++) {
                boolean any = false;
                for (String w : WORDS) any |= t.isWord(i, w);
                assertEquals(any, list.has(t, i), t.token(i) + " in " + sb);
            }
        });
    }
}
