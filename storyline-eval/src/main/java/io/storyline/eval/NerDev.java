package io.storyline.eval;

import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.Gazetteer;
import io.storyline.annotate.entity.NerModel;
import io.storyline.annotate.entity.NerTrainer;
import io.storyline.annotate.entity.NerTrainer.Example;
import io.storyline.annotate.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Development scores of the NER trainer without touching any test split: models are trained
 * with a part of the training data held out and scored on it. The held-out parts are GUM's dev
 * split (news and interviews), UNER EWT dev (never trained on here), each fifth of wikigold in
 * turn (documents {@code i ≡ k mod 5}), and each fifth of GUM's documents outside its test split
 * in turn (the set closest to news; GUM dev is one of its parts). The scores of a set's folds are
 * summed.
 */
public final class NerDev {
    private NerDev() {
    }

    /** Number of wikigold folds. */
    public static final int FOLDS = 5;

    /**
     * Trains on the held-in parts and scores the held-out ones; one result per held-out set.
     *
     * @param clusters word-class options (null: none), the classes learned once from the unlabelled
     *                 text beside {@code nerDir} and the texts of wikigold and GUM train
     * @param extra    documents added to every training set (never scored)
     * @param decoding the recognizer's biases and least margins per type
     */
    public static List<NerEval.Result> run(Path nerDir, NerTrainer.Options options,
            io.storyline.annotate.entity.WordClusterer.Options clusters, List<Example> extra, NerModel.Decoding decoding,
            Consumer<String> progress)
            throws IOException {
        return run(nerDir, options, clusters, extra, decoding, false, progress);
    }

    /**
     * Sizes, in sentences, of the pieces held-out documents are cut into with {@code pieces}, taken in
     * turn: UNER PUD's 1,000 test sentences come in 397 documents, 2.5 sentences each.
     */
    private static final int[] PIECE_SIZES = {2, 3};

    /**
     * As {@link #run(Path, NerTrainer.Options, io.storyline.annotate.entity.WordClusterer.Options, List,
     * NerModel.Decoding, Consumer)}; with {@code pieces}, every held-out document is scored cut into
     * pieces of {@link #PIECE_SIZES} sentences ({@link NerData#pieces}), so that the recognizer sees as
     * little of an article as UNER PUD gives it (training is unchanged).
     */
    public static List<NerEval.Result> run(Path nerDir, NerTrainer.Options options,
            io.storyline.annotate.entity.WordClusterer.Options clusters, List<Example> extra, NerModel.Decoding decoding,
            boolean pieces, Consumer<String> progress)
            throws IOException {
        List<Example> wiki = new ArrayList<>();
        Path wikiFile = nerDir.resolve("wikigold/wikigold.conll.txt.gz");
        if (Files.exists(wikiFile)) wiki = NerData.wikigold(wikiFile);
        Path gum = nerDir.resolve("gum-news/conllu");
        List<Example> gumTrain = List.of(), gumDev = List.of();
        if (Files.isDirectory(gum)) {
            gumTrain = NerData.gumFolder(gum, n -> !NerData.GUM_TEST.contains(n) && !NerData.GUM_DEV.contains(n), true);
            gumDev = NerData.gumFolder(gum, NerData.GUM_DEV::contains);
        }
        Path ewt = nerDir.resolve("uner-en/en_ewt-ud-dev.iob2.gz");
        List<Example> ewtDev = Files.exists(ewt) ? NerData.uner(ewt) : List.of();
        if (pieces) {
            gumDev = NerData.pieces(gumDev, PIECE_SIZES);
            ewtDev = NerData.pieces(ewtDev, PIECE_SIZES);
        }
        TextAnalyzer analyzer = TextAnalyzer.standard();
        NerTrainer trainer = new NerTrainer(analyzer, Gazetteer.bundled());
        List<NerEval.Result> out = new ArrayList<>();
        // 1. all of wikigold and GUM train: scored on GUM dev and EWT dev
        List<Example> train = new ArrayList<>(wiki);
        train.addAll(gumTrain);
        train.addAll(extra);
        io.storyline.annotate.entity.WordClasses classes = clusters == null ? io.storyline.annotate.entity.WordClasses.EMPTY
                : UnlabelledText.wordClasses(nerDir.toAbsolutePath().getParent(), train, clusters, progress);
        NerModel m = trainer.train(train, classes, options, s -> { });
        EntityRecognizer r = new EntityRecognizer(m, Gazetteer.bundled(), decoding);
        out.add(NerEval.score("gum-news-dev", "Storyline", gumDev, ex -> NerEval.ours(r, analyzer, ex)));
        out.add(NerEval.score("uner-ewt-dev", "Storyline", ewtDev, ex -> NerEval.ours(r, analyzer, ex)));
        progress.accept("trained on wikigold + GUM train; scored GUM dev and EWT dev");
        // 2. wikigold folds, trained with all of GUM train
        List<Example> withGum = new ArrayList<>(gumTrain);
        withGum.addAll(extra);
        if (!wiki.isEmpty()) out.add(crossValidate("wikigold", withGum, wiki, wiki, trainer, analyzer, classes, options, decoding, pieces, progress));
        // 3. GUM folds: every GUM document outside the test split held out once, trained with all of wikigold
        if (Files.isDirectory(gum)) {
            List<Example> withWiki = new ArrayList<>(wiki);
            withWiki.addAll(extra);
            out.add(crossValidate("gum", withWiki, NerData.gumFolder(gum, n -> !NerData.GUM_TEST.contains(n), true),
                    NerData.gumFolder(gum, n -> !NerData.GUM_TEST.contains(n)), trainer, analyzer, classes, options, decoding, pieces,
                    progress));
        }
        return out;
    }

    /**
     * {@link #FOLDS}-fold cross-validation: document {@code i} is held out in fold {@code i mod FOLDS}
     * ({@code read} and {@code scored} are the same documents, read for training and for scoring);
     * every fold also trains on {@code always}. The folds' counts are summed into one result,
     * {@code name + "-cv"}.
     */
    private static NerEval.Result crossValidate(String name, List<Example> always, List<Example> read, List<Example> scored,
            NerTrainer trainer, TextAnalyzer analyzer, io.storyline.annotate.entity.WordClasses classes,
            NerTrainer.Options options, NerModel.Decoding decoding, boolean pieces, Consumer<String> progress) {
        Map<String, Counts> sum = new LinkedHashMap<>();
        for (String ty : NerEval.TYPES) sum.put(ty, Counts.ZERO);
        long tokens = 0;
        double seconds = 0;
        List<String> errors = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            List<Example> in = new ArrayList<>(always), held = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                if (i % FOLDS == k) held.add(scored.get(i));
                else in.add(read.get(i));
            }
            if (pieces) held = NerData.pieces(held, PIECE_SIZES);
            NerModel fm = trainer.train(in, classes, options, s -> { });
            EntityRecognizer fr = new EntityRecognizer(fm, Gazetteer.bundled(), decoding);
            NerEval.Result fold = NerEval.score(name + "-fold" + k, "Storyline", held, ex -> NerEval.ours(fr, analyzer, ex));
            fold.byType().forEach((ty, c) -> sum.merge(ty, c, Counts::plus));
            tokens += fold.tokens();
            seconds += fold.seconds();
            errors.addAll(fold.errors());
            progress.accept(name + " fold " + k + " done");
        }
        return new NerEval.Result(name + "-cv", "Storyline", sum, tokens, seconds, errors);
    }
}
