import io.storyline.annotate.time.TimexTagger;
import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import io.storyline.model.Timex;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Benchmark only: runs Storyline, HeidelTime and (when on the class path) SUTime over the timex
 * gold texts, writes each tool's expressions as {@code document<TAB>start<TAB>end<TAB>value} for
 * {@code storyline eval timex --predictions}, and prints each tool's speed on the same texts.
 * Every tool gets the gold publication date as its document date; undated texts get none
 * (HeidelTime then reads them as narratives).
 *
 * <pre>java TimexCompare GOLD_ROOT EXAMPLES_DIR OUT_DIR ROUNDS</pre>
 */
public final class TimexCompare {
    public record Doc(String name, String text, String published) {
    }

    public record Found(int start, int end, String value) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]), examples = Path.of(args[1]), out = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        List<Doc> docs = new ArrayList<>();
        for (String set : new String[] {"own", "heldout", "heldout2", "examples"}) {
            Path dir = root.resolve(set);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.sorted().toList()) {
                    Doc d = load(f, examples);
                    if (d != null) docs.add(d);
                }
            }
        }
        long words = 0;
        for (Doc d : docs) words += d.text().split("\\s+").length;
        System.out.printf(Locale.ROOT, "%d texts, %d words, %d timed rounds after warm-up rounds%n%n", docs.size(), words,
                rounds);
        System.out.println("| tool (1 thread) | words/s | ms per text |");
        System.out.println("|---|---|---|");
        TimexTagger storyline = TimexTagger.standard();
        run("storyline", docs, out, rounds, 50, words, (d, date) -> {
            List<Found> f = new ArrayList<>();
            DateValue pub = date == null ? null : new DateValue(date, Precision.DAY, false, "gold");
            for (Timex t : storyline.tag(d.name(), d.text(), pub, null)) f.add(new Found(t.start(), t.end(), t.value()));
            return f;
        });
        run("heideltime", docs, out, rounds, 1, words, heidelTime());
        BiFunction<Doc, String, List<Found>> sutime = suTime();
        if (sutime != null) run("sutime", docs, out, rounds, 1, words, sutime);
        else System.out.println("| SUTime | not run: stanford-corenlp with its models is not on the class path (mvn -Psutime) | |");
    }

    /** Runs a tool: {@code warmups} untimed rounds (the first gives the answers), then {@code rounds} timed ones. */
    private static void run(String tool, List<Doc> docs, Path out, int rounds, int warmups, long words,
                            BiFunction<Doc, String, List<Found>> tagger) throws Exception {
        List<List<Found>> results = new ArrayList<>();
        for (Doc d : docs) results.add(tagger.apply(d, d.published()));
        for (int w = 1; w < warmups; w++) for (Doc d : docs) tagger.apply(d, d.published());
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) for (Doc d : docs) tagger.apply(d, d.published());
        double secs = (System.nanoTime() - t0) / 1e9;
        for (boolean normalised : new boolean[] {false, true}) {
            if (normalised && tool.equals("storyline")) continue;
            Path file = out.resolve(tool + (normalised ? "-normalised" : "") + ".tsv");
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                for (int i = 0; i < docs.size(); i++) {
                    for (Found f : results.get(i)) {
                        String v = normalised ? timeMlToStoryline(f.value()) : f.value();
                        w.println(docs.get(i).name() + "\t" + f.start() + "\t" + f.end() + "\t" + (v == null ? "-" : v));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f |%n", tool, words * rounds / secs, secs * 1000 / (rounds * docs.size()));
    }

    /**
     * TIMEX3 values written the way Storyline's contract writes the same thing, so that only real
     * disagreements count: quarters, halves and seasons as month intervals, decades and centuries as
     * year intervals, parts of the day dropped, PnDE/PnCE/PnQ as years and months; other values as is.
     */
    static String timeMlToStoryline(String v) {
        if (v == null || v.contains("REF") || v.startsWith("X")) return v == null ? null : v.startsWith("XXXX-WXX") ? v : null;
        java.util.regex.Matcher m;
        if ((m = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])").matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1)), q = Integer.parseInt(m.group(2));
            return String.format(Locale.ROOT, "%d-%02d/%d-%02d", y, 3 * q - 2, y, 3 * q);
        }
        if ((m = java.util.regex.Pattern.compile("(\\d{4})-H([12])").matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1)), h = Integer.parseInt(m.group(2));
            return String.format(Locale.ROOT, "%d-%02d/%d-%02d", y, 6 * h - 5, y, 6 * h);
        }
        if ((m = java.util.regex.Pattern.compile("(\\d{4})-(SP|SU|FA|WI)").matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return switch (m.group(2)) {
                case "SP" -> y + "-03/" + y + "-05";
                case "SU" -> y + "-06/" + y + "-08";
                case "FA" -> y + "-09/" + y + "-11";
                default -> y + "-12/" + (y + 1) + "-02";
            };
        }
        if (v.matches("\\d{3}")) return v + "0/" + v + "9";
        if (v.matches("\\d{2}")) return v + "00/" + v + "99";
        if ((m = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI|DT)").matcher(v)).matches()) return m.group(1);
        if ((m = java.util.regex.Pattern.compile("P(\\d+)(DE|CE|Q)").matcher(v)).matches()) {
            int n = Integer.parseInt(m.group(1));
            return m.group(2).equals("DE") ? "P" + 10 * n + "Y" : m.group(2).equals("CE") ? "P" + 100 * n + "Y" : "P" + 3 * n + "M";
        }
        return v;
    }

    /** A gold file's text and publication date (the format of eval/timex, read the same way as TimexEval does). */
    private static Doc load(Path f, Path examples) throws Exception {
        String name = f.getFileName().toString();
        if (!name.endsWith(".txt") && !name.endsWith(".gold")) return null;
        String published = null, source = null, section = "header";
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.startsWith("=== ")) {
                section = line.substring(4).strip();
                continue;
            }
            if (section.equals("header") && line.startsWith("# published:")) published = line.substring(12).strip();
            if (section.equals("header") && line.startsWith("# source:")) source = line.substring(9).strip();
            if (section.equals("text")) text.append(line).append('\n');
        }
        if ("none".equals(published)) published = null;
        if (source != null) {
            Path p = examples.resolve(source);
            if (!Files.exists(p)) return null;
            return new Doc(name, Files.readString(p, StandardCharsets.UTF_8), published);
        }
        return new Doc(name, text.toString(), published);
    }

    // ---------------------------------------------------------------- HeidelTime

    private static BiFunction<Doc, String, List<Found>> heidelTime() throws Exception {
        Class<?> standalone = Class.forName("de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone");
        Class<?> language = Class.forName("de.unihd.dbs.uima.annotator.heideltime.resources.Language");
        Class<?> docType = Class.forName("de.unihd.dbs.heideltime.standalone.DocumentType");
        Class<?> outType = Class.forName("de.unihd.dbs.heideltime.standalone.OutputType");
        Class<?> pos = Class.forName("de.unihd.dbs.heideltime.standalone.POSTagger");
        Object english = language.getField("ENGLISH").get(null);
        Object timeml = enumValue(outType, "TIMEML"), no = enumValue(pos, "NO");
        String config = Path.of("bench/timex/config.props").toString();
        Object news = standalone.getConstructor(language, docType, outType, String.class, pos)
                .newInstance(english, enumValue(docType, "NEWS"), timeml, config, no);
        Object narratives = standalone.getConstructor(language, docType, outType, String.class, pos)
                .newInstance(english, enumValue(docType, "NARRATIVES"), timeml, config, no);
        Method process = standalone.getMethod("process", String.class, java.util.Date.class);
        return (d, date) -> {
            try {
                String xml = date == null
                        ? (String) process.invoke(narratives, d.text(), new java.util.Date())
                        : (String) process.invoke(news, d.text(), new SimpleDateFormat("yyyy-MM-dd").parse(date));
                return align(d.text(), xml);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    /** The TIMEX3 spans of HeidelTime's TimeML, mapped back onto the original text. */
    static List<Found> align(String text, String xml) {
        int open = xml.indexOf("<TimeML>"), close = xml.lastIndexOf("</TimeML>");
        String body = xml.substring(open + 8, close);
        if (body.startsWith("\n")) body = body.substring(1);
        List<Found> out = new ArrayList<>();
        int pos = 0, i = 0, start = -1;
        String value = null;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '<') {
                int e = body.indexOf('>', i);
                String tag = body.substring(i, e + 1);
                if (tag.startsWith("<TIMEX3")) {
                    start = pos;
                    int v = tag.indexOf("value=\"");
                    value = v < 0 ? null : tag.substring(v + 7, tag.indexOf('"', v + 7));
                } else if (tag.startsWith("</TIMEX3") && start >= 0) {
                    out.add(new Found(start, pos, value));
                    start = -1;
                }
                i = e + 1;
                continue;
            }
            char ch = c;
            if (c == '&') {
                int e = body.indexOf(';', i);
                String ent = body.substring(i, e + 1);
                ch = switch (ent) {
                    case "&amp;" -> '&';
                    case "&lt;" -> '<';
                    case "&gt;" -> '>';
                    case "&quot;" -> '"';
                    case "&apos;" -> '\'';
                    default -> '?';
                };
                i = e + 1;
            } else {
                i++;
            }
            // follow the original text; skip what the output dropped or changed
            while (pos < text.length() && text.charAt(pos) != ch && Character.isWhitespace(text.charAt(pos))) pos++;
            if (pos < text.length() && (text.charAt(pos) == ch || ch == '?')) pos++;
        }
        return out;
    }

    // ---------------------------------------------------------------- SUTime

    /** SUTime through CoreNLP's API, when stanford-corenlp and its models are on the class path; else null. */
    private static BiFunction<Doc, String, List<Found>> suTime() {
        try {
            Class.forName("edu.stanford.nlp.time.TimeAnnotator");
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            BiFunction<Doc, String, List<Found>> f = (BiFunction<Doc, String, List<Found>>) Class.forName("SuTimeRunner")
                    .getDeclaredMethod("create").invoke(null);
            return f;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
