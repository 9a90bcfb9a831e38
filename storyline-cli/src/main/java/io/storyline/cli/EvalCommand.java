package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storyline.eval.Counts;
import io.storyline.eval.DatesEval;
import io.storyline.eval.ExtractionEval;
import io.storyline.eval.Floors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code storyline eval}: scores on the development sets, as tables like the published ones. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Storyline on an evaluation set and prints a table like the published ones.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Dates.class, EvalCommand.Duplicates.class,
                EvalCommand.Timexes.class, EvalCommand.Quotes.class, EvalCommand.Ner.class,
                EvalCommand.Events.class, EvalCommand.Coref.class, EvalCommand.Timelines.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options of every scorer. */
    static final class Common {
        @Option(names = "--report", paramLabel = "FILE", description = "Write per-item results as JSON to FILE.")
        Path report;

        @Option(names = "--gate", paramLabel = "FILE",
                description = "Check the scores against the floors in FILE; exit 1 when one falls below.")
        Path gate;

        int gate(String set, Counts counts) throws IOException {
            if (gate == null) return 0;
            List<String> failures = Floors.load(gate).check(set, counts);
            failures.forEach(f -> System.err.println("gate: " + f));
            if (failures.isEmpty()) System.err.println("gate: " + set + " passes " + gate);
            return failures.isEmpty() ? 0 : 1;
        }

        void report(Object items) throws IOException {
            if (report == null) return;
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), items);
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Main-text extraction on a trafilatura-format set (expected.json + html/).")
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "e.g. ../shared/data/extraction-dev")
        Path dir;

        @Mixin
        PipelineOptions options;

        @Mixin
        Common common;

        @Override
        public Integer call() throws IOException {
            ExtractionEval.Result r = ExtractionEval.run(dir, options.pipeline(), options.threads);
            System.out.print(ExtractionEval.table(r));
            common.report(r.pages().stream().filter(p -> !p.missed().isEmpty() || !p.leaked().isEmpty())
                    .map(p -> new java.util.LinkedHashMap<String, Object>(java.util.Map.of(
                            "file", p.file(), "missed", p.missed(), "leaked", p.leaked(), "status", p.status())))
                    .toList());
            return common.gate("extraction", r.total());
        }
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = "Publication dates on an htmldate-format set (eval_default.json + html/).")
    static final class Dates implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "e.g. ../shared/data/dates-dev")
        Path dir;

        @Mixin
        PipelineOptions options;

        @Mixin
        Common common;

        @Override
        public Integer call() throws IOException {
            DatesEval.Result r = DatesEval.run(dir, options.pipeline(), options.threads);
            System.out.print(DatesEval.table(r));
            common.report(r.pages().stream().filter(p -> !p.gold().equals(p.found())).toList());
            return common.gate("dates", r.total());
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "Deduplication on the pages of extraction-dev and dates-dev, and on syndicated copies made of them.")
    static final class Duplicates implements Callable<Integer> {
        @Parameters(paramLabel = "DATA", description = "the folder holding extraction-dev and dates-dev, e.g. ../shared/data")
        Path data;

        @Option(names = "--min-words", description = "Pages shorter than this get no generated copy (default: ${DEFAULT-VALUE}).")
        int minWords = 40;

        @Mixin
        PipelineOptions options;

        @Mixin
        Common common;

        @Override
        public Integer call() throws Exception {
            java.util.List<io.storyline.eval.DedupEval.Page> pages = io.storyline.eval.DedupEval.load(
                    data.resolve("extraction-dev"), data.resolve("dates-dev"), options.pipeline(), options.threads);
            io.storyline.eval.DedupEval.Result r = io.storyline.eval.DedupEval.run(pages,
                    io.storyline.dedup.Deduplicator.standard(), minWords);
            System.out.print(io.storyline.eval.DedupEval.report(r));
            common.report(java.util.Map.of("suspects", r.suspects(), "missed", r.missed()));
            return 0;
        }
    }

    @Command(name = "timex", mixinStandardHelpOptions = true,
            description = "Time expressions on the hand-annotated gold sets (eval/timex): recognition P/R/F1 with exact "
                    + "and overlapping spans, value accuracy, and the publication dates inferred for undated texts.")
    static final class Timexes implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "gold folder with own/ and examples/ (default: ${DEFAULT-VALUE})")
        Path dir = Path.of("eval/timex");

        @Option(names = "--examples", paramLabel = "DIR", description = "the example captures (default: ../shared/examples)")
        Path examples;

        @Option(names = "--errors", description = "Also print every miss, spurious expression and wrong value.")
        boolean errors;

        @Option(names = "--predictions", paramLabel = "FILE",
                description = "Score another tool's expressions instead (lines: document, start, end, value; see bench/timex-compare.sh).")
        Path predictions;

        @Option(names = "--speed", paramLabel = "SET",
                description = "Instead, time the tagger on one thread over the article texts of a page set, e.g. ../shared/data/extraction-dev.")
        Path speed;

        @Mixin
        Common common;

        @Override
        public Integer call() throws Exception {
            if (speed != null) {
                java.util.List<io.storyline.model.Article> articles = io.storyline.eval.TimexBench.articles(speed);
                System.out.println(io.storyline.eval.TimexBench.Run.header());
                System.out.println(io.storyline.eval.TimexBench.run(articles,
                        io.storyline.annotate.time.TimexTagger.standard(), 5).row());
                return 0;
            }
            if (!java.nio.file.Files.isDirectory(dir)) {
                System.err.println("storyline eval timex: no gold folder " + dir);
                return 2;
            }
            Path ex = examples != null ? examples : io.storyline.eval.DevSet.sharedDir() == null ? null
                    : io.storyline.eval.DevSet.sharedDir().resolve("examples");
            io.storyline.annotate.time.TimexTagger tagger = io.storyline.annotate.time.TimexTagger.standard();
            io.storyline.annotate.time.PublicationDateInference inference =
                    io.storyline.annotate.time.PublicationDateInference.standard();
            java.util.List<io.storyline.eval.TimexEval.Result> results = new java.util.ArrayList<>();
            for (String set : new String[] {"own", "heldout", "heldout2", "heldout3", "examples"}) {
                Path d = dir.resolve(set);
                if (!java.nio.file.Files.isDirectory(d)) continue;
                java.util.List<io.storyline.eval.TimexEval.Doc> docs = io.storyline.eval.TimexEval.load(d, ex);
                if (docs.isEmpty()) {
                    System.err.println("storyline eval timex: " + set + " skipped (no documents; examples absent?)");
                    continue;
                }
                results.add(predictions != null ? io.storyline.eval.TimexEval.runPredictions(set, docs, predictions)
                        : io.storyline.eval.TimexEval.run(set, docs, tagger, inference));
            }
            System.out.print(io.storyline.eval.TimexEval.table(results));
            for (io.storyline.eval.TimexEval.Result r : results) {
                for (io.storyline.eval.TimexEval.DocResult d : r.docs()) {
                    if (d.inferred() != null) {
                        System.out.println("inferred " + r.set() + "/" + d.name() + ": " + d.inferred() + " (gold "
                                + d.expectedInference() + ")" + (d.evidence() == null ? "" : " - " + d.evidence()));
                    }
                }
            }
            if (errors) System.out.print(io.storyline.eval.TimexEval.errors(results));
            common.report(results);
            int rc = 0;
            for (io.storyline.eval.TimexEval.Result r : results) {
                rc |= common.gate("timex-" + r.set(), r.total().overlapCounts());
                rc |= common.gate("timex-" + r.set() + "-values", r.total().valueCounts());
            }
            return rc;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Direct quotes and their speakers on the hand-annotated gold sets (eval/quotes): quote "
                    + "precision, recall and F1 (overlapping spans) and speaker accuracy.")
    static final class Quotes implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "gold folder with own/, heldout/ and examples/ (default: ${DEFAULT-VALUE})")
        Path dir = Path.of("eval/quotes");

        @Option(names = "--examples", paramLabel = "DIR", description = "the example captures (default: ../shared/examples)")
        Path examples;

        @Option(names = "--errors", description = "Also print every missed and spurious quote and every wrong speaker.")
        boolean errors;

        @Mixin
        Common common;

        @Override
        public Integer call() throws Exception {
            if (!java.nio.file.Files.isDirectory(dir)) {
                System.err.println("storyline eval quotes: no gold folder " + dir);
                return 2;
            }
            Path ex = examples != null ? examples : io.storyline.eval.DevSet.sharedDir() == null ? null
                    : io.storyline.eval.DevSet.sharedDir().resolve("examples");
            io.storyline.eval.QuoteEval.Annotators annotators = io.storyline.eval.QuoteEval.Annotators.standard();
            List<io.storyline.eval.QuoteEval.Result> results = new java.util.ArrayList<>();
            for (String set : new String[] {"own", "heldout", "heldout2", "heldout3", "examples"}) {
                Path d = dir.resolve(set);
                if (!java.nio.file.Files.isDirectory(d)) continue;
                List<io.storyline.eval.QuoteEval.Doc> docs = io.storyline.eval.QuoteEval.load(d, ex);
                if (docs.isEmpty()) {
                    System.err.println("storyline eval quotes: " + set + " skipped (no documents; examples absent?)");
                    continue;
                }
                results.add(io.storyline.eval.QuoteEval.run(set, docs, annotators));
            }
            System.out.print(io.storyline.eval.QuoteEval.table(results));
            if (errors) System.out.print(io.storyline.eval.QuoteEval.errors(results));
            common.report(results);
            int rc = 0;
            if (common.gate != null) {
                Floors floors = Floors.load(common.gate);
                for (io.storyline.eval.QuoteEval.Result r : results) {
                    String set = r.set().equals("own") ? "quotes" : "quotes-" + r.set();
                    List<String> failures = new java.util.ArrayList<>(floors.check(set, r.total().counts()));
                    failures.addAll(floors.check(set, "speaker", r.total().speakerAccuracy()));
                    failures.forEach(f -> System.err.println("gate: " + f));
                    if (!failures.isEmpty()) rc = 1;
                }
                if (rc == 0) System.err.println("gate: quotes pass " + common.gate);
            }
            return rc;
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Named entities on the test splits of ../shared/data/ner (UNER PUD first): F1 per type "
                    + "(PER, ORG, LOC; COUNTRY counts as LOC), exact spans. Other systems' predictions on the same "
                    + "texts can be scored beside ours (see bench/corenlp/run.sh).")
    static final class Ner implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The ner folder, e.g. ../shared/data/ner")
        Path dir;

        @Option(names = "--sets", split = ",", description = "Sets to score (default: all present: "
                + "uner-pud-test, uner-ewt-test, uner-ewt-dev, gum-news-test; also, only when named: written, the "
                + "text written for Storyline in UNER's conventions, which the bundled model is not trained on).")
        List<String> sets;

        @Option(names = "--model", paramLabel = "FILE", description = "A model file to use instead of the bundled one.")
        Path model;

        @Option(names = "--bias", paramLabel = "PER,ORG,LOC", description = "Added to each type's scores in a second "
                + "reading of each sentence; a name that reading does not keep counts as unsure (default: the product's, "
                + "${DEFAULT-VALUE}; 0,0,0 reads once; see docs/evaluation.md).")
        String bias = io.storyline.annotate.entity.NerModel.Decoding.DEFAULTS.bias().text();

        @Option(names = "--margins", paramLabel = "PER,ORG,LOC", description = "The least margin a name of the tagger keeps, "
                + "per type (default: the product's, ${DEFAULT-VALUE}; 0,0,0 keeps every name; see docs/evaluation.md).")
        String margins = io.storyline.annotate.entity.NerModel.Decoding.DEFAULTS.margin().text();

        @Option(names = "--predictions", paramLabel = "NAME=FILE",
                description = "Score another system's predictions (tab-separated doc, start, end, type) on the first set; "
                        + "FILE may end in :SECONDS to report its tokens/s.")
        List<String> predictions = List.of();

        @Option(names = "--write-texts", paramLabel = "FILE",
                description = "Write the first set's texts as JSON lines {doc, text} for other systems, then stop.")
        Path writeTexts;

        @Option(names = "--errors", paramLabel = "FILE", description = "Write our false positives and negatives to FILE.")
        Path errors;

        @Option(names = "--write-predictions", paramLabel = "FILE",
                description = "Write our names on the first set as tab-separated doc, start, end, type (the --predictions format).")
        Path writePredictions;

        @Mixin
        Common common;

        @Override
        public Integer call() throws Exception {
            java.util.Map<String, List<io.storyline.annotate.entity.NerTrainer.Example>> all =
                    io.storyline.eval.NerEval.testSets(dir);
            if (sets != null && sets.contains("written")) all.put("written", io.storyline.eval.NerData.written());
            if (sets != null) all.keySet().retainAll(sets);
            if (all.isEmpty()) {
                System.err.println("storyline: no NER test sets under " + dir);
                return 2;
            }
            String first = all.keySet().iterator().next();
            if (writeTexts != null) {
                io.storyline.eval.NerEval.writeTexts(all.get(first), writeTexts);
                System.err.println("wrote " + all.get(first).size() + " documents of " + first + " to " + writeTexts);
                return 0;
            }
            io.storyline.annotate.entity.NerModel m;
            if (model != null) {
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(model)) {
                    m = io.storyline.annotate.entity.NerModel.load(in);
                }
            } else {
                m = io.storyline.annotate.entity.NerModel.bundled();
            }
            io.storyline.annotate.entity.NerModel.Decoding least = decoding(bias, margins);
            if (least == null) return 2;
            io.storyline.annotate.entity.EntityRecognizer recognizer = new io.storyline.annotate.entity.EntityRecognizer(
                    m, io.storyline.annotate.entity.Gazetteer.bundled(), least);
            io.storyline.annotate.text.TextAnalyzer analyzer = io.storyline.annotate.text.TextAnalyzer.standard();
            // one warm-up pass so that the timing is of compiled code
            List<String> ourLines = new java.util.ArrayList<>();
            for (var ex : all.get(first)) {
                for (var sp : io.storyline.eval.NerEval.ours(recognizer, analyzer, ex)) {
                    ourLines.add(ex.id() + "\t" + sp.start() + "\t" + sp.end() + "\t" + sp.type());
                }
            }
            if (writePredictions != null) java.nio.file.Files.write(writePredictions, ourLines);
            List<io.storyline.eval.NerEval.Result> results = new java.util.ArrayList<>();
            List<String> errs = new java.util.ArrayList<>();
            for (var e : all.entrySet()) {
                io.storyline.eval.NerEval.Result r = io.storyline.eval.NerEval.score(e.getKey(), "Storyline", e.getValue(),
                        ex -> io.storyline.eval.NerEval.ours(recognizer, analyzer, ex));
                results.add(r);
                errs.addAll(r.errors());
                if (e.getKey().equals(first)) {
                    for (String p : predictions) {
                        int eq = p.indexOf('=');
                        if (eq <= 0) throw new IllegalArgumentException("expected NAME=FILE: " + p);
                        String name = p.substring(0, eq), file = p.substring(eq + 1);
                        double seconds = 0;
                        int colon = file.lastIndexOf(':');
                        if (colon > 0 && file.substring(colon + 1).matches("[0-9.]+")) {
                            seconds = Double.parseDouble(file.substring(colon + 1));
                            file = file.substring(0, colon);
                        }
                        results.add(io.storyline.eval.NerEval.scorePredictions(e.getKey(), name, e.getValue(),
                                io.storyline.eval.NerEval.readPredictions(Path.of(file)), seconds));
                    }
                }
            }
            System.out.print(io.storyline.eval.NerEval.table(results));
            if (errors != null) java.nio.file.Files.write(errors, errs);
            common.report(results.stream().map(io.storyline.eval.NerEval::summary).toList());
            return common.gate("ner", results.get(0).total());
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Event typing on the PLOVER gold records (../shared/data/events-dev): category accuracy overall, "
                    + "per category and per half (even lines studied, odd lines held out), with actor and target agreement.")
    static final class Events implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the events-dev folder, e.g. ../shared/data/events-dev")
        Path dir;

        @Option(names = "--errors", paramLabel = "HALF", description = "Print the misses of a half: even, odd or all.")
        String errors;

        @Mixin
        Common common;

        @Override
        public Integer call() throws IOException {
            Path file = dir.resolve("plover-gsr.jsonl");
            if (!java.nio.file.Files.isRegularFile(file)) {
                System.err.println("storyline eval events: no " + file);
                return 2;
            }
            io.storyline.eval.EventsEval.Result r = io.storyline.eval.EventsEval.run(file,
                    io.storyline.event.EventExtractor.standard());
            System.out.print(io.storyline.eval.EventsEval.table(r));
            if (errors != null) System.out.print(io.storyline.eval.EventsEval.errors(r, "all".equals(errors) ? null : errors));
            common.report(r.items());
            return common.gate("events", r.all().counts());
        }
    }

    @Command(name = "coref", mixinStandardHelpOptions = true,
            description = "Stories and event coreference on ECB+ (../shared/data/events-coref-dev): documents clustered "
                    + "into stories incrementally (B³ against the subtopics), event mentions across documents (CoNLL F1).")
    static final class Coref implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the events-coref-dev folder")
        Path dir;

        @Option(names = "--splits", split = ",", description = "Splits to score (default: ${DEFAULT-VALUE}).")
        List<String> splits = List.of("train", "dev");

        @Option(names = "--seed", description = "Seed of the arrival order (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Option(names = "--join", description = "Override the story join threshold.")
        Double join;

        @Option(names = "--merge", description = "Override the story merge threshold.")
        Double merge;

        @Option(names = "--decay", description = "Override the story time decay: WINDOW,DAYS.")
        String decay;

        @Mixin
        Common common;

        @Override
        public Integer call() throws IOException {
            io.storyline.story.StoryOptions o = io.storyline.story.StoryOptions.defaults();
            if (join != null) o = o.withJoin(join);
            if (merge != null) o = o.withMerge(merge);
            if (decay != null) {
                String[] d = decay.split(",");
                o = o.withDecay(Integer.parseInt(d[0]), Double.parseDouble(d[1]));
            }
            List<io.storyline.eval.CorefEval.Split> r = io.storyline.eval.CorefEval.run(dir, splits, o, seed);
            System.out.print(io.storyline.eval.CorefEval.table(r));
            common.report(r);
            return 0;
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = "Timelines on the SemEval-2015 Task 4 trial data (../shared/data/timeline-dev): per gold "
                    + "timeline, the share of its events our timeline of the target cites, and the share of those "
                    + "dated within the gold date.")
    static final class Timelines implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the timeline-dev folder, e.g. ../shared/data/timeline-dev")
        Path dir;

        @Option(names = "--errors", description = "Also print every gold line: cited or missed, our date beside the gold one.")
        boolean errors;

        @Mixin
        Common common;

        @Override
        public Integer call() throws IOException {
            if (!java.nio.file.Files.isDirectory(dir.resolve("timelines"))) {
                System.err.println("storyline eval timeline: no " + dir.resolve("timelines"));
                return 2;
            }
            io.storyline.eval.TimelineEval.Result r = io.storyline.eval.TimelineEval.run(dir,
                    io.storyline.pipeline.Analyzer.standard());
            System.out.print(io.storyline.eval.TimelineEval.table(r));
            if (errors) System.out.print(io.storyline.eval.TimelineEval.errors(r));
            common.report(io.storyline.eval.TimelineEval.report(r));
            int rc = 0;
            if (common.gate != null) {
                Floors floors = Floors.load(common.gate);
                List<String> failures = new java.util.ArrayList<>();
                io.storyline.eval.TimelineEval.Timeline all = r.pooled(null);
                failures.addAll(floors.check("timeline", "cited", all.citedShare()));
                failures.addAll(floors.check("timeline", "dated", all.datedShare()));
                failures.forEach(f -> System.err.println("gate: " + f));
                rc = failures.isEmpty() ? 0 : 1;
                if (rc == 0) System.err.println("gate: timeline passes " + common.gate);
            }
            return rc;
        }
    }

    /** The decoding of {@code --bias} and {@code --margins}, or null (after saying why on stderr) where one is unreadable. */
    static io.storyline.annotate.entity.NerModel.Decoding decoding(String bias, String margins) {
        try {
            return new io.storyline.annotate.entity.NerModel.Decoding(io.storyline.annotate.entity.NerModel.PerType.parse(bias),
                    io.storyline.annotate.entity.NerModel.PerType.parse(margins));
        } catch (IllegalArgumentException e) {
            System.err.println("storyline: --bias " + bias + " --margins " + margins + ": " + e.getMessage());
            return null;
        }
    }
}
