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
    void piecesKeepEverySentenceAndEveryNameOnce() {
        String text = "Kim met Moon.\n\nYonhap said so.\n\nNo names.\n\nBiegun flew to Seoul.\n\nThe end.";
        List<Span> spans = List.of(new Span(0, 3, "PER"), new Span(8, 12, "PER"), new Span(15, 21, "ORG"),
                new Span(43, 49, "PER"), new Span(58, 63, "LOC"));
        List<Example> pieces = NerData.pieces(List.of(new Example("d", text, spans)), 2, 3);
        assertEquals(List.of("Kim met Moon.\n\nYonhap said so.", "No names.\n\nBiegun flew to Seoul.\n\nThe end."),
                pieces.stream().map(Example::text).toList());
        assertEquals(List.of("d#0", "d#1"), pieces.stream().map(Example::id).toList());
        List<String> names = new java.util.ArrayList<>();
        for (Example p : pieces) for (Span s : p.spans()) names.add(s.type() + ":" + p.text().substring(s.start(), s.end()));
        assertEquals(List.of("PER:Kim", "PER:Moon", "ORG:Yonhap", "PER:Biegun", "LOC:Seoul"), names);
        // sizes go on in turn across documents; one sentence is one piece
        assertEquals(List.of("a", "b.\n\nc", "d"), NerData.pieces(List.of(new Example("x", "a", List.of()),
                new Example("y", "b.\n\nc\n\nd", List.of())), 1, 2).stream().map(Example::text).toList());
        assertThrows(IllegalArgumentException.class, () -> NerData.pieces(List.of(), 0));
    }

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

    /** A GUM document written for this test: a name spelt otherwise than its identity, an abbreviation, a title. */
    private static final String GUM = String.join("\n",
            "# newdoc id = GUM_news_test",
            "# text = The Pan Asian Organisation (PAO) met Governor Lena Ortiz in the US.",
            "1\tThe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(1-organization-new-nnnnn-cf1-2,3,4-coref-Pan_Asian_Organization",
            "2\tPan\tPan\tPROPN\tNNP\t_\t4\tcompound\t_\t_",
            "3\tAsian\tAsian\tPROPN\tNNP\t_\t4\tcompound\t_\t_",
            "4\tOrganisation\tOrganisation\tPROPN\tNNP\t_\t8\tnsubj\t_\tEntity=1)",
            "5\t(\t(\tPUNCT\t-LRB-\t_\t6\tpunct\t_\tSpaceAfter=No",
            "6\tPAO\tPAO\tPROPN\tNNP\t_\t4\tappos\t_\tEntity=(1-organization-giv-nnnnn-cf1-1-appos-Pan_Asian_Organization)|SpaceAfter=No",
            "7\t)\t)\tPUNCT\t-RRB-\t_\t6\tpunct\t_\t_",
            "8\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
            "9\tGovernor\tgovernor\tPROPN\tNNP\t_\t10\tcompound\t_\tEntity=(2-person-new-nnnnn-cf2-2,3-coref-Lena_Ortiz",
            "10\tLena\tLena\tPROPN\tNNP\t_\t8\tobj\t_\t_",
            "11\tOrtiz\tOrtiz\tPROPN\tNNP\t_\t10\tflat\t_\tEntity=2)",
            "12\tin\tin\tADP\tIN\t_\t14\tcase\t_\t_",
            "13\tthe\tthe\tDET\tDT\t_\t14\tdet\t_\tEntity=(3-place-new-nnnnn-cf3-2-sgl-United_States",
            "14\tUS\tUS\tPROPN\tNNP\t_\t8\tobl\t_\tEntity=3)|SpaceAfter=No",
            "15\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_",
            "");

    private static List<String> gumNames(boolean forTraining) throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("GUM_news_test", ".conllu");
        try {
            java.nio.file.Files.writeString(f, GUM);
            Example ex = NerData.gum(f, forTraining);
            return ex.spans().stream().map(s -> s.type() + ":" + ex.text().substring(s.start(), s.end())).toList();
        } finally {
            java.nio.file.Files.delete(f);
        }
    }

    @Test
    void gumNamesSpeltOrAbbreviatedOtherwiseThanTheirIdentityAreWholeNamesWhenScored() throws Exception {
        assertEquals(List.of("ORG:Pan Asian Organisation", "ORG:PAO", "PER:Lena Ortiz", "LOC:US"), gumNames(false));
        // for training a word counts only where the identity spells it
        assertEquals(List.of("ORG:Pan Asian", "PER:Lena Ortiz"), gumNames(true));
    }

    /** "Sweden beat Korea in Sweden ." with GUM's types: a national side (an organisation), a country acting, a place. */
    private static final String GUM_SIDES = String.join("\n",
            "# text = Sweden beat Korea in Sweden.",
            "1\tSweden\tSweden\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-organization-new-sssss-cf1-1-coref-Sweden_national_football_team)",
            "2\tbeat\tbeat\tVERB\tVBD\t_\t0\troot\t_\t_",
            "3\tKorea\tKorea\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-organization-new-sssss-cf2-1-coref-South_Korea)",
            "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_",
            "5\tSweden\tSweden\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(3-place-new-sssss-cf3-1-coref-Sweden)|SpaceAfter=No",
            "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
            "");

    @Test
    void aSideGumIdentifiesIsAnOrganisationWhenScoredAndOtherCountriesArePlaces() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("GUM_news_sides", ".conllu");
        try {
            java.nio.file.Files.writeString(f, GUM_SIDES);
            for (boolean forTraining : new boolean[] {false, true}) {
                Example ex = NerData.gum(f, forTraining);
                List<String> got = ex.spans().stream().map(s -> s.type() + ":" + ex.text().substring(s.start(), s.end())).toList();
                // for training, countries stay places (measured: docs/evaluation.md, stop 19)
                assertEquals(List.of((forTraining ? "LOC" : "ORG") + ":Sweden", "LOC:Korea", "LOC:Sweden"), got);
            }
        } finally {
            java.nio.file.Files.delete(f);
        }
    }

    @Test
    void aWordIsNamedByItsIdentityWhenSpeltOtherwiseOrAbbreviated() {
        java.util.Set<String> words = java.util.Set.of("university", "of", "new", "south", "wales");
        List<String> list = List.of("university", "of", "new", "south", "wales");
        assertTrue(NerData.named("NSW", words, list, false));
        assertTrue(NerData.named("UNSW", words, list, false));
        assertTrue(NerData.named("Universty", words, list, false));
        assertTrue(!NerData.named("NSW", words, list, true));
        assertTrue(!NerData.named("Sydney", words, list, false));
        assertTrue(!NerData.named("WSN", words, list, false));
    }
}
