package io.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.annotate.entity.NerModel;
import io.storyline.annotate.entity.NerTrainer;
import io.storyline.annotate.entity.NerTrainer.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The development protocol holds every document of a cross-validated set out exactly once. */
class NerDevTest {
    @Test
    void everyFoldedDocumentIsScoredOnce() throws Exception {
        Path shared = DevSet.sharedDir();
        Path ner = shared == null ? null : shared.resolve("data/ner");
        assumeTrue(ner != null && Files.isDirectory(ner.resolve("gum-news/conllu"))
                && Files.exists(ner.resolve("wikigold/wikigold.conll.txt.gz")), "../shared/data/ner is absent: skipped");
        List<NerEval.Result> results = NerDev.run(ner, new NerTrainer.Options(1, 42, 0.25, 1), null, List.of(), NerModel.Decoding.DEFAULTS, s -> { });
        assertEquals(List.of("gum-news-dev", "uner-ewt-dev", "wikigold-cv", "gum-cv"),
                results.stream().map(NerEval.Result::set).toList());
        List<Example> gum = NerData.gumFolder(ner.resolve("gum-news/conllu"), n -> !NerData.GUM_TEST.contains(n));
        assertGoldCounts(gum, results.get(3));
        assertGoldCounts(NerData.wikigold(ner.resolve("wikigold/wikigold.conll.txt.gz")), results.get(2));
    }

    /** The gold names the folds met (found or missed) are those of the whole set, per type. */
    private static void assertGoldCounts(List<Example> docs, NerEval.Result folds) {
        NerEval.Result oracle = NerEval.score("oracle", "gold", docs, Example::spans);
        for (String type : NerEval.TYPES) {
            Counts all = oracle.byType().get(type), met = folds.byType().get(type);
            assertEquals(all.tp(), met.tp() + met.fn(), folds.set() + " " + type);
        }
    }
}
