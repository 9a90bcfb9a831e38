package io.storyline.eval;

import io.storyline.annotate.time.PublicationDateInference;
import io.storyline.annotate.time.PublicationDateInference.KnownEvent;
import io.storyline.annotate.time.TimexTagger;
import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import io.storyline.model.Timex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores time expressions on gold sets annotated by hand ({@code eval/timex}): recognition
 * precision, recall and F1 with exact spans and with overlapping spans, and value accuracy (the
 * ISO value of a found expression equals the gold one). Undated documents are first dated by
 * {@link PublicationDateInference}, whose answer is scored too.
 *
 * <p>Gold format, one file per document: header lines {@code # published: 2019-02-19} (or
 * {@code none}), optionally {@code # inferred: <expected inference or none>},
 * {@code # known: noun | modifier, modifier | date} (corpus facts for the inference) and
 * {@code # known-from: FILE...} (examples whose own expressions supply the facts); then
 * {@code === text} with the text (own documents; {@code .txt}) or {@code # source: FILE} naming a
 * capture in {@code ../shared/examples} ({@code .gold}, text never copied); then
 * {@code === timexes}, one expression a line: {@code text<TAB>value[<TAB>context]}, in text order,
 * value {@code -} for none. The context, a short string holding the expression, locates it.
 */
public final class TimexEval {
    /** A gold expression located in its text. */
    public record Gold(String text, String value, int start, int end) {
    }

    /** One document's gold and what Storyline found. */
    public record Doc(String name, String text, DateValue published, String expectedInference, List<KnownEvent> known,
                      List<Gold> gold, List<String> unlocated) {
    }

    /** Scores of one document or a set. */
    public record Score(int gold, int found, int exact, int overlap, int valueRight, int inferences, int inferencesRight) {
        static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0);

        Score plus(Score o) {
            return new Score(gold + o.gold, found + o.found, exact + o.exact, overlap + o.overlap,
                    valueRight + o.valueRight, inferences + o.inferences, inferencesRight + o.inferencesRight);
        }

        public Counts exactCounts() {
            return new Counts(exact, found - exact, gold - exact, 0);
        }

        /** Expressions found with the right value, against all gold and all found. */
        public Counts valueCounts() {
            return new Counts(valueRight, found - valueRight, gold - valueRight, 0);
        }

        public Counts overlapCounts() {
            return new Counts(overlap, found - overlap, gold - overlap, 0);
        }

        /** Right values among the expressions found (overlapping a gold one). */
        public double valueAccuracy() {
            return overlap == 0 ? 0 : (double) valueRight / overlap;
        }

        /** Right values among all gold expressions: recognition and normalisation together. */
        public double valueRecall() {
            return gold == 0 ? 0 : (double) valueRight / gold;
        }
    }

    /** A document's result, with the errors spelled out for the report. */
    public record DocResult(String name, Score score, String inferred, String expectedInference, String evidence,
                            List<String> missed, List<String> spurious, List<String> wrongValues, List<String> unlocated) {
    }

    public record Result(String set, Score total, List<DocResult> docs) {
    }

    private TimexEval() {
    }

    // ---------------------------------------------------------------- loading

    /**
     * Loads the gold documents of a folder: {@code .txt} files hold their text; {@code .gold} files
     * name a capture read from {@code examples} (skipped, with a note, when that folder is absent).
     */
    public static List<Doc> load(Path dir, Path examples) throws IOException {
        return GoldFiles.load(dir, f -> parse(f, examples));
    }

    static Doc parse(Path file, Path examples) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> header = new LinkedHashMap<>();
        List<String> knownLines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String[]> entries = new ArrayList<>();
        String section = "header";
        for (String line : lines) {
            if (line.startsWith("=== ")) {
                section = line.substring(4).strip();
                continue;
            }
            switch (section) {
                case "header" -> {
                    if (!line.startsWith("#")) continue;
                    int colon = line.indexOf(':');
                    if (colon < 0) continue;
                    String key = line.substring(1, colon).strip(), value = line.substring(colon + 1).strip();
                    if (key.equals("known")) knownLines.add(value);
                    else header.putIfAbsent(key, value);
                }
                case "text" -> text.append(line).append('\n');
                case "timexes" -> {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    entries.add(line.split("\t"));
                }
                default -> {
                }
            }
        }
        String body;
        if (header.containsKey("source")) {
            if (examples == null) return null;
            Path src = examples.resolve(header.get("source"));
            if (!Files.exists(src)) return null;
            body = Files.readString(src, StandardCharsets.UTF_8);
        } else {
            body = text.toString();
        }
        String pub = header.getOrDefault("published", "none");
        DateValue published = pub.equals("none") ? null : new DateValue(pub, Precision.DAY, false, "gold");
        List<KnownEvent> known = new ArrayList<>();
        for (String k : knownLines) {
            String[] p = k.split("\\|");
            if (p.length != 3) continue;
            known.add(new KnownEvent(p[0].strip(), Set.of(p[1].strip().split("\\s*,\\s*")), p[2].strip(), "gold"));
        }
        if (header.containsKey("known-from") && examples != null) {
            for (String src : header.get("known-from").split("\\s+")) known.addAll(knownFrom(examples.resolve(src)));
        }
        List<Gold> gold = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        int cursor = 0;
        for (String[] e : entries) {
            String expr = e[0], value = e.length > 1 && !e[1].equals("-") ? e[1] : null;
            String context = e.length > 2 ? e[2] : expr;
            int at = body.indexOf(context, cursor);
            int inner = at < 0 ? -1 : context.indexOf(expr);
            if (at < 0 || inner < 0) {
                unlocated.add(expr + " (" + context + ")");
                continue;
            }
            int start = at + inner;
            gold.add(new Gold(expr, value, start, start + expr.length()));
            cursor = start + 1;
        }
        String name = file.getFileName().toString();
        return new Doc(name, body, published, header.get("inferred"), known, gold, unlocated);
    }

    /**
     * The known events another example dates: its absolute expressions with the event nouns beside
     * them, as the corpus would supply them.
     */
    private static List<KnownEvent> knownFrom(Path capture) throws IOException {
        if (!Files.exists(capture)) return List.of();
        String name = capture.getFileName().toString();
        String text = Files.readString(capture, StandardCharsets.UTF_8);
        List<KnownEvent> out = new ArrayList<>();
        for (Timex t : TimexTagger.standard().tag(name, text, (DateValue) null, null)) {
            if (!"absolute".equals(t.anchor())) continue;
            KnownEvent e = KnownEvent.near(text, t, name);
            if (e != null) out.add(e);
        }
        return out;
    }

    // ---------------------------------------------------------------- scoring

    public static Result run(String set, List<Doc> docs, TimexTagger tagger, PublicationDateInference inference) {
        List<DocResult> results = new ArrayList<>();
        Score total = Score.ZERO;
        for (Doc d : docs) {
            DocResult r = score(d, tagger, inference);
            results.add(r);
            total = total.plus(r.score());
        }
        return new Result(set, total, results);
    }

    /**
     * Scores another tool's expressions, read from a file of lines
     * {@code document<TAB>start<TAB>end<TAB>value} (value {@code -} for none; offsets into the
     * document's text), as the benchmark script writes them.
     */
    public static Result runPredictions(String set, List<Doc> docs, Path predictions) throws IOException {
        Map<String, List<Timex>> byDoc = new LinkedHashMap<>();
        for (String line : Files.readAllLines(predictions, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length < 4 || line.startsWith("#")) continue;
            byDoc.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Timex(c[0], Integer.parseInt(c[1]),
                    Integer.parseInt(c[2]), "", c[3].equals("-") ? null : c[3], null, null, null));
        }
        List<DocResult> results = new ArrayList<>();
        Score total = Score.ZERO;
        for (Doc d : docs) {
            List<Timex> found = new ArrayList<>();
            for (Timex t : byDoc.getOrDefault(d.name(), List.of())) {
                if (t.start() < 0 || t.end() > d.text().length() || t.end() <= t.start()) continue;
                found.add(new Timex(t.article(), t.start(), t.end(), d.text().substring(t.start(), t.end()), t.value(),
                        null, null, null));
            }
            DocResult r = compare(d, found, null, 0, 0, null);
            results.add(r);
            total = total.plus(r.score());
        }
        return new Result(set, total, results);
    }

    static DocResult score(Doc d, TimexTagger tagger, PublicationDateInference inference) {
        DateValue published = d.published();
        String inferred = null, evidence = null;
        int inferences = 0, inferencesRight = 0;
        if (published == null) {
            DateValue v = inference.infer(d.text(), d.known());
            inferred = v == null ? "none" : v.value();
            evidence = v == null ? null : v.evidence();
            published = v;
            if (d.expectedInference() != null) {
                inferences = 1;
                if (d.expectedInference().equals(inferred)) inferencesRight = 1;
            }
        }
        List<Timex> found = tagger.tag(d.name(), d.text(), published, null);
        return compare(d, found, inferred, inferences, inferencesRight, evidence);
    }

    private static DocResult compare(Doc d, List<Timex> found, String inferred, int inferences, int inferencesRight,
                                     String evidence) {
        List<Gold> gold = d.gold();
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] foundUsed = new boolean[found.size()];
        int exact = 0, overlap = 0, valueRight = 0;
        List<String> wrong = new ArrayList<>();
        // exact spans first, then the best overlap of what is left
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < found.size(); j++) {
                if (foundUsed[j]) continue;
                if (found.get(j).start() == gold.get(i).start() && found.get(j).end() == gold.get(i).end()) {
                    goldUsed[i] = foundUsed[j] = true;
                    exact++;
                    overlap++;
                    valueRight += value(gold.get(i), found.get(j), wrong);
                    break;
                }
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (goldUsed[i]) continue;
            Gold g = gold.get(i);
            int best = -1, bestLen = 0;
            for (int j = 0; j < found.size(); j++) {
                if (foundUsed[j]) continue;
                int len = Math.min(g.end(), found.get(j).end()) - Math.max(g.start(), found.get(j).start());
                if (len > bestLen) {
                    best = j;
                    bestLen = len;
                }
            }
            if (best >= 0) {
                goldUsed[i] = foundUsed[best] = true;
                overlap++;
                valueRight += value(g, found.get(best), wrong);
            }
        }
        List<String> missed = new ArrayList<>(), spurious = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) if (!goldUsed[i]) missed.add(gold.get(i).text() + " = " + gold.get(i).value());
        for (int j = 0; j < found.size(); j++) {
            if (!foundUsed[j]) spurious.add(found.get(j).text() + " = " + found.get(j).value());
        }
        Score s = new Score(gold.size(), found.size(), exact, overlap, valueRight, inferences, inferencesRight);
        return new DocResult(d.name(), s, inferred, d.expectedInference(), evidence, missed, spurious, wrong, d.unlocated());
    }

    private static int value(Gold g, Timex t, List<String> wrong) {
        if (Objects.equals(g.value(), t.value())) return 1;
        wrong.add("'" + t.text() + "' = " + t.value() + ", gold '" + g.text() + "' = " + g.value());
        return 0;
    }

    // ---------------------------------------------------------------- printing

    public static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Set | Docs | Gold | Found | Exact P | Exact R | Exact F1 | Overlap P | Overlap R | Overlap F1 | Value acc. | Value recall | Dates inferred |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Score all = Score.ZERO;
        int docs = 0;
        for (Result r : results) {
            sb.append(row(r.set(), r.docs().size(), r.total())).append('\n');
            all = all.plus(r.total());
            docs += r.docs().size();
        }
        if (results.size() > 1) sb.append(row("all", docs, all)).append('\n');
        return sb.toString();
    }

    private static String row(String name, int docs, Score s) {
        Counts e = s.exactCounts(), o = s.overlapCounts();
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d/%d |",
                name, docs, s.gold(), s.found(), e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1(),
                s.valueAccuracy(), s.valueRecall(), s.inferencesRight(), s.inferences());
    }

    /** The errors of every document, for reading. */
    public static String errors(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        for (Result r : results) {
            for (DocResult d : r.docs()) {
                boolean inferenceWrong = d.expectedInference() != null && !d.expectedInference().equals(d.inferred());
                if (d.missed().isEmpty() && d.spurious().isEmpty() && d.wrongValues().isEmpty() && d.unlocated().isEmpty()
                        && !inferenceWrong) {
                    continue;
                }
                sb.append(r.set()).append('/').append(d.name()).append('\n');
                if (inferenceWrong) sb.append("  inferred ").append(d.inferred()).append(", gold ").append(d.expectedInference()).append('\n');
                for (String m : d.missed()) sb.append("  missed   ").append(m).append('\n');
                for (String m : d.spurious()) sb.append("  spurious ").append(m).append('\n');
                for (String m : d.wrongValues()) sb.append("  value    ").append(m).append('\n');
                for (String m : d.unlocated()) sb.append("  gold not located: ").append(m).append('\n');
            }
        }
        return sb.toString();
    }
}
