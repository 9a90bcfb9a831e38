package io.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.entity.NerTrainer.Example;
import io.storyline.annotate.entity.NerTrainer.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerDataTest {
    @Test
    void marksBecomeSpansOfThePlainText() {
        List<Example> docs = NerData.written("t", """
                # a comment
                [PER Kim Jong Un] met President [PER Moon Jae-in] in [LOC Panmunjom].
                [ORG Yonhap] reported it.

                No names here.
                """);
        assertEquals(2, docs.size());
        Example first = docs.get(0);
        assertEquals("Kim Jong Un met President Moon Jae-in in Panmunjom.\nYonhap reported it.", first.text());
        List<String> found = first.spans().stream()
                .map(s -> s.type() + ":" + first.text().substring(s.start(), s.end())).toList();
        assertEquals(List.of("PER:Kim Jong Un", "PER:Moon Jae-in", "LOC:Panmunjom", "ORG:Yonhap"), found);
        assertEquals("No names here.", docs.get(1).text());
        assertTrue(docs.get(1).spans().isEmpty());
    }

    @Test
    void aStrayBracketIsReportedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NerData.written("t", "fine [LOC Seoul]\n\n[MISC Olympics] here"));
        assertTrue(e.getMessage().contains("t line 3"), e.getMessage());
    }

    @Test
    void theWrittenTrainingTextParsesAndHoldsEveryType() throws Exception {
        List<Example> docs = NerData.written();
        assertTrue(docs.size() >= 300, "documents: " + docs.size());
        for (String type : List.of("PER", "ORG", "LOC")) {
            long n = docs.stream().flatMap(d -> d.spans().stream()).map(Span::type).filter(type::equals).count();
            assertTrue(n >= 300, type + ": " + n);
        }
    }
}
