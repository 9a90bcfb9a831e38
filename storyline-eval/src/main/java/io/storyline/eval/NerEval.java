package io.storyline.eval;

import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.NerTrainer.Example;
import io.storyline.annotate.entity.NerTrainer.Span;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * NER scoring on the sets of {@code ../shared/data/ner}: exact character spans with their type,
 * per type PER, ORG, LOC (the three types every set has; MISC is left out of gold and output).
 * Storyline's types map as PERSON → PER, ORG → ORG, COUNTRY and LOC → LOC; TITLE is not scored.
 * Another system can be scored on the same texts from a predictions file (see {@link #readPredictions}).
 */
public final class NerEval {
    /** The scored types. */
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private NerEval() {
    }

    /** The named sets under {@code ner/}, in the order they are reported; absent files are skipped. */
    public static Map<String, List<Example>> testSets(Path nerDir) throws IOException {
        Map<String, List<Example>> out = new LinkedHashMap<>();
        Path pud = nerDir.resolve("uner-en/en_pud-ud-test.iob2.gz");
        if (Files.exists(pud)) out.put("uner-pud-test", NerData.uner(pud));
        Path ewtTest = nerDir.resolve("uner-en/en_ewt-ud-test.iob2.gz");
        if (Files.exists(ewtTest)) out.put("uner-ewt-test", NerData.uner(ewtTest));
        Path ewtDev = nerDir.resolve("uner-en/en_ewt-ud-dev.iob2.gz");
        if (Files.exists(ewtDev)) out.put("uner-ewt-dev", NerData.uner(ewtDev));
        Path gum = nerDir.resolve("gum-news/conllu");
        if (Files.isDirectory(gum)) out.put("gum-news-test", NerData.gumFolder(gum, NerData.GUM_TEST::contains));
        return out;
    }

    /** Per-type counts of one system on one set. */
    public record Result(String set, String system, Map<String, Counts> byType, long tokens, double seconds,
                         List<String> errors) {
        public Counts total() {
            Counts c = Counts.ZERO;
            for (Counts x : byType.values()) c = c.plus(x);
            return c;
        }
    }

    /**
     * Storyline's names in an example's text, mapped to PER/ORG/LOC as UNER's annotations do:
     * COUNTRY and LOC mentions are LOC, also where the place acts through its government ("Israel
     * resumed its policy", "Iran wants them" are LOC in UNER EWT dev).
     */
    public static List<Span> ours(EntityRecognizer recognizer, TextAnalyzer analyzer, Example ex) {
        TextAnalysis t = analyzer.analyze(ex.text());
        List<Span> out = new ArrayList<>();
        for (Mention m : recognizer.recognize(ex.id(), ex.text(), t)) {
            String type = switch (m.type()) {
                case "PERSON" -> "PER";
                case "ORG" -> "ORG";
                case "COUNTRY", "LOC" -> "LOC";
                default -> null;
            };
            if (type != null) out.add(new Span(m.start(), m.end(), type));
        }
        return out;
    }

    /** Scores {@code system} on {@code docs}; timing covers the system's calls only. */
    public static Result score(String set, String systemName, List<Example> docs, Function<Example, List<Span>> system) {
        Map<String, long[]> c = new LinkedHashMap<>();
        for (String t : TYPES) c.put(t, new long[3]);
        List<String> errors = new ArrayList<>();
        long tokens = 0;
        long nanos = 0;
        TextAnalyzer analyzer = TextAnalyzer.standard();
        for (Example ex : docs) {
            tokens += analyzer.analyze(ex.text()).tokenCount();
            long t0 = System.nanoTime();
            List<Span> found = system.apply(ex);
            nanos += System.nanoTime() - t0;
            compare(ex, found, c, errors);
        }
        Map<String, Counts> byType = new LinkedHashMap<>();
        c.forEach((k, v) -> byType.put(k, new Counts(v[0], v[1], v[2], 0)));
        return new Result(set, systemName, byType, tokens, nanos / 1e9, errors);
    }

    /** Scores predictions made elsewhere (by document id) on the same texts. */
    public static Result scorePredictions(String set, String systemName, List<Example> docs,
                                          Map<String, List<Span>> predictions, double seconds) {
        Map<String, long[]> c = new LinkedHashMap<>();
        for (String t : TYPES) c.put(t, new long[3]);
        List<String> errors = new ArrayList<>();
        long tokens = 0;
        TextAnalyzer analyzer = TextAnalyzer.standard();
        for (Example ex : docs) {
            tokens += analyzer.analyze(ex.text()).tokenCount();
            compare(ex, predictions.getOrDefault(ex.id(), List.of()), c, errors);
        }
        Map<String, Counts> byType = new LinkedHashMap<>();
        c.forEach((k, v) -> byType.put(k, new Counts(v[0], v[1], v[2], 0)));
        return new Result(set, systemName, byType, tokens, seconds, errors);
    }

    private static void compare(Example ex, List<Span> found, Map<String, long[]> c, List<String> errors) {
        Set<Span> gold = new HashSet<>();
        for (Span s : ex.spans()) if (TYPES.contains(s.type())) gold.add(s);
        Set<Span> got = new HashSet<>();
        for (Span s : found) if (TYPES.contains(s.type())) got.add(s);
        for (Span s : got) {
            if (gold.contains(s)) c.get(s.type())[0]++;
            else {
                c.get(s.type())[1]++;
                String kind = kind(s, gold, "spurious");
                // a name the set marks as another kind of name (works, events, nationalities), where it has them
                if (kind.equals("spurious") && ex.spans().stream().anyMatch(o -> "MISC".equals(o.type())
                        && o.start() < s.end() && s.start() < o.end())) kind = "misc";
                errors.add(ex.id() + "\tFP\t" + s.type() + "\t" + kind + "\t" + snippet(ex.text(), s));
            }
        }
        for (Span s : gold) {
            if (!got.contains(s)) {
                c.get(s.type())[2]++;
                errors.add(ex.id() + "\tFN\t" + s.type() + "\t" + kind(s, got, "missed") + "\t" + snippet(ex.text(), s));
            }
        }
    }

    /**
     * What an error is, against the names on the other side: the type of a name there with the
     * same span (the name was found but typed otherwise), {@code boundary} where a name there
     * overlaps it, else {@code none} ("spurious" for a false positive, "missed" for a negative).
     */
    static String kind(Span s, Set<Span> other, String none) {
        String out = none;
        for (Span o : other) {
            if (o.start() == s.start() && o.end() == s.end()) return o.type();
            if (o.start() < s.end() && s.start() < o.end()) out = "boundary";
        }
        return out;
    }

    /**
     * The errors of a result counted by kind, per type and side: {@code {"ORG": {"FP": {"LOC": 20,
     * "boundary": 10, "spurious": 47}, "FN": …}}}. A type under FP is the gold type of the same span
     * (found but typed otherwise); under FN, the type it was found as. A false positive overlapping
     * only a name the set marks MISC (a work, an event, a nationality; wikigold and GUM have them) is
     * {@code misc}.
     */
    public static Map<String, Map<String, Map<String, Long>>> errorKinds(Result r) {
        Map<String, Map<String, Map<String, Long>>> out = new LinkedHashMap<>();
        for (String t : TYPES) {
            Map<String, Map<String, Long>> sides = new LinkedHashMap<>();
            sides.put("FP", new java.util.TreeMap<>());
            sides.put("FN", new java.util.TreeMap<>());
            out.put(t, sides);
        }
        for (String e : r.errors()) {
            String[] c = e.split("\t", 5);
            if (c.length < 5 || !out.containsKey(c[2])) continue;
            Map<String, Long> side = out.get(c[2]).get(c[1]);
            if (side != null) side.merge(c[3], 1L, Long::sum);
        }
        return out;
    }

    private static String snippet(String text, Span s) {
        int a = Math.max(0, s.start() - 40), b = Math.min(text.length(), s.end() + 40);
        return (text.substring(a, s.start()) + "[[" + text.substring(s.start(), s.end()) + "]]"
                + text.substring(s.end(), b)).replace('\n', ' ');
    }

    /**
     * Reads predictions as tab-separated lines {@code doc start end type} (PER/ORG/LOC or
     * PERSON/ORGANIZATION/LOCATION), grouped by document id.
     */
    public static Map<String, List<Span>> readPredictions(Path file) throws IOException {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] c = line.split("\t");
            if (c.length < 4 || line.startsWith("#")) continue;
            String type = switch (c[3].trim()) {
                case "PERSON", "PER" -> "PER";
                case "ORGANIZATION", "ORG" -> "ORG";
                case "LOCATION", "LOC", "GPE", "COUNTRY" -> "LOC";
                default -> null;
            };
            if (type == null) continue;
            int s = Integer.parseInt(c[1].trim()), e = Integer.parseInt(c[2].trim());
            if (e <= s) continue;
            out.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Span(s, e, type));
        }
        return out;
    }

    /** A Markdown table: one row per (set, system), F1 per type and overall, tokens/s. */
    public static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| set | system | PER F1 | ORG F1 | LOC F1 | all P | all R | all F1 | tokens/s |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            Counts t = r.total();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s |%n", r.set(),
                    r.system(), r.byType().get("PER").f1(), r.byType().get("ORG").f1(), r.byType().get("LOC").f1(),
                    t.precision(), t.recall(), t.f1(),
                    r.seconds() > 0 ? String.format(Locale.ROOT, "%,.0f", r.tokens() / r.seconds()) : "-"));
        }
        return sb.toString();
    }

    /** Writes each document's text as one JSON line {@code {"doc":…,"text":…}} for other systems to read. */
    public static void writeTexts(List<Example> docs, Path out) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (Example ex : docs) {
            sb.append(om.writeValueAsString(Map.of("doc", ex.id(), "text", ex.text()))).append('\n');
        }
        Files.writeString(out, sb.toString());
    }

    /** The per-type counts of a result as a plain map (for reports). */
    public static Map<String, Object> summary(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", r.set());
        m.put("system", r.system());
        for (String t : TYPES) {
            Counts c = r.byType().get(t);
            m.put(t, Map.of("tp", c.tp(), "fp", c.fp(), "fn", c.fn(), "f1", round(c.f1())));
        }
        m.put("f1", round(r.total().f1()));
        m.put("errorKinds", errorKinds(r));
        m.put("tokens", r.tokens());
        m.put("seconds", round(r.seconds()));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

}
