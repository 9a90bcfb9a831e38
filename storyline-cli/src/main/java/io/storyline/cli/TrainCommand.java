package io.storyline.cli;

import io.storyline.annotate.entity.Gazetteer;
import io.storyline.annotate.entity.NerModel;
import io.storyline.annotate.entity.NerTrainer;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.eval.NerData;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline train}: trains the models Storyline ships, reproducibly. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a model from the data in ../shared/data.",
        subcommands = {TrainCommand.Ner.class})
final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Trains the NER tagger on wikigold and GUM news/interview (CC BY; never on UNER PUD) "
                    + "and writes it to --out. The bundled model is "
                    + "storyline-core/src/main/resources/io/storyline/annotate/entity/ner-model.bin.gz.")
    static final class Ner implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "The ner folder (default: ${DEFAULT-VALUE}).")
        Path data = Path.of("../shared/data/ner");

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (.bin.gz).")
        Path out;

        @Option(names = "--dev", description = "Instead of writing a model, print development scores: trained without "
                + "GUM dev, scored on it and on UNER EWT dev; five-fold cross-validation on wikigold and on GUM's documents "
                + "outside its test split. No test split is read.")
        boolean dev;

        @Option(names = "--bias", paramLabel = "PER,ORG,LOC", description = "With --dev, added to each type's scores in a "
                + "second reading; a name that reading does not keep counts as unsure (default: the product's, ${DEFAULT-VALUE}).")
        String bias = NerModel.Decoding.DEFAULTS.bias().text();

        @Option(names = "--margins", paramLabel = "PER,ORG,LOC", description = "With --dev, the least margin a name of the "
                + "tagger keeps, per type (default: the product's, ${DEFAULT-VALUE}; 0,0,0 keeps every name).")
        String margins = NerModel.Decoding.DEFAULTS.margin().text();

        @Option(names = "--pieces", description = "With --dev, score every held-out document cut into pieces of two and "
                + "three sentences in turn, as short as UNER PUD's documents (training is unchanged).")
        boolean pieces;

        @Option(names = "--dev-errors", paramLabel = "FILE", description = "With --dev, write the held-out false positives and negatives to FILE.")
        Path devErrors;

        @Option(names = "--epochs", description = "Perceptron passes (default: ${DEFAULT-VALUE}).")
        int epochs = NerTrainer.Options.DEFAULTS.epochs();

        @Option(names = "--seed", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
        long seed = NerTrainer.Options.DEFAULTS.seed();

        @Option(names = "--dropout", description = "Chance of leaving out a name's own features in a pass (default: ${DEFAULT-VALUE}).")
        double dropout = NerTrainer.Options.DEFAULTS.dropout();

        @Option(names = "--runs", description = "Independent perceptron runs (seeds SEED, SEED+1, ...) whose weights are averaged (default: ${DEFAULT-VALUE}).")
        int runs = NerTrainer.Options.DEFAULTS.runs();

        @Option(names = "--classes", split = ",", paramLabel = "N,N",
                description = "Word classes learned from the unlabelled English text in the data folders beside --data, "
                        + "one clustering per count, e.g. 64,320 (default: 0, none: the bundled model has none; see docs/evaluation.md).")
        int[] classes = {0};

        @Option(names = "--with-ewt", description = "Also train on UNER EWT dev (CC BY-SA 4.0: the model then "
                + "falls under share-alike terms; say so in its NOTICE).")
        boolean withEwt;

        @Option(names = "--with-written", description = "Also train on the news, encyclopedia and web text written for "
                + "Storyline with its names marked (resources of storyline-eval; not in the bundled model: see docs/evaluation.md).")
        boolean withWritten;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(data)) {
                System.err.println("storyline: no NER data at " + data);
                return 2;
            }
            NerTrainer.Options options = new NerTrainer.Options(epochs, seed, dropout, runs);
            if (dev) {
                List<NerTrainer.Example> extra = withWritten ? NerData.written() : List.of();
                NerModel.Decoding least = EvalCommand.decoding(bias, margins);
                if (least == null) return 2;
                List<io.storyline.eval.NerEval.Result> results = io.storyline.eval.NerDev.run(data, options, clusterOptions(),
                        extra, least, pieces, System.err::println);
                System.out.print(io.storyline.eval.NerEval.table(results));
                if (devErrors != null) {
                    List<String> errs = new java.util.ArrayList<>();
                    for (var r : results) for (String e : r.errors()) errs.add(r.set() + "\t" + e);
                    Files.write(devErrors, errs);
                }
                return 0;
            }
            if (out == null) {
                System.err.println("storyline: --out is required (or --dev)");
                return 2;
            }
            long t0 = System.nanoTime();
            List<NerTrainer.Example> docs = NerData.trainingSet(data, withEwt, withWritten);
            NerTrainer trainer = new NerTrainer(TextAnalyzer.standard(), Gazetteer.bundled());
            var clusters = clusterOptions();
            var wordClasses = clusters == null ? io.storyline.annotate.entity.WordClasses.EMPTY
                    : io.storyline.eval.UnlabelledText.wordClasses(data.toAbsolutePath().getParent(), docs, clusters, System.err::println);
            NerModel model = trainer.train(docs, wordClasses, options, System.err::println);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream o = Files.newOutputStream(out)) {
                model.save(o);
            }
            System.err.printf("wrote %s (%,d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    
        /** The word-class options of {@code --classes}, or null for none. */
        private io.storyline.annotate.entity.WordClusterer.Options clusterOptions() {
            int[] sizes = java.util.Arrays.stream(classes).filter(c -> c > 0).toArray();
            if (sizes.length == 0) return null;
            var d = io.storyline.annotate.entity.WordClusterer.Options.DEFAULTS;
            return new io.storyline.annotate.entity.WordClusterer.Options(sizes, d.minCount(), d.iterations());
        }
    }
}
