package io.storyline.eval;

import io.storyline.annotate.entity.EntityIndex;
import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.entity.EntityResolver;
import io.storyline.annotate.quote.QuoteFinder;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Deadline;
import io.storyline.model.Mention;
import io.storyline.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores direct quotes and their speakers on gold sets annotated by hand ({@code eval/quotes}).
 * A quote is found when a found quote overlaps the gold span (one to one, largest overlap
 * first); its speaker is right when the found speaker equals the gold one (case, accents of
 * punctuation and spacing aside) or one of its alternatives. Partial and scare quotes are not in
 * the gold: finding them costs precision.
 *
 * <p>Gold format, one file per document: {@code # comment} lines; {@code === text} with the text
 * (own documents, {@code .txt}) or a header {@code # source: FILE} naming a capture in
 * {@code ../shared/examples} ({@code .gold}; the text is never copied); then {@code === quotes},
 * one quote a line, in text order: {@code quote<TAB>speaker}. The quote is its exact words, or
 * {@code first words … last words} (with " … ") spanning from the first to the last. The speaker
 * is a name or a description, alternatives separated by {@code |}; {@code -} when the text names
 * none, {@code ?} when a careful reader cannot tell (not scored).
 */
public final class QuoteEval {
    /** A gold quote located in its text. */
    public record Gold(String text, String speaker, int start, int end) {
    }

    public record Doc(String name, String text, List<Gold> gold, List<String> unlocated) {
    }

    /** Counts of one document or a set. */
    public record Score(int gold, int found, int matched, int speakersScored, int speakersRight) {
        static final Score ZERO = new Score(0, 0, 0, 0, 0);

        Score plus(Score o) {
            return new Score(gold + o.gold, found + o.found, matched + o.matched, speakersScored + o.speakersScored,
                    speakersRight + o.speakersRight);
        }

        public Counts counts() {
            return new Counts(matched, found - matched, gold - matched, 0);
        }

        /** Right speakers among the found quotes whose gold speaker is known. */
        public double speakerAccuracy() {
            return speakersScored == 0 ? 0 : (double) speakersRight / speakersScored;
        }
    }

    public record DocResult(String name, Score score, List<String> missed, List<String> spurious,
                            List<String> wrongSpeakers, List<String> unlocated) {
    }

    public record Result(String set, Score total, List<DocResult> docs) {
    }

    /** The stages a document goes through: tokens, names, resolution, quotes. */
    public record Annotators(TextAnalyzer analyzer, EntityRecognizer recognizer, EntityResolver resolver, QuoteFinder finder) {
        public static Annotators standard() {
            return new Annotators(TextAnalyzer.standard(), EntityRecognizer.standard(), EntityResolver.standard(),
                    QuoteFinder.standard());
        }

        /** The quotes of one text, with speakers resolved within it. */
        public List<Quote> quotes(String id, String text) {
            TextAnalysis t = analyzer.analyze(text);
            List<Mention> ms = recognizer.recognize(id, text, t);
            EntityIndex index = new EntityIndex();
            EntityResolver.Resolution r = resolver.add(index, id, null, t, ms);
            return finder.find(id, t, r, index, Deadline.none());
        }
    }

    private QuoteEval() {
    }

    // ---------------------------------------------------------------- loading

    /** The gold documents of a folder; {@code .gold} files whose capture is absent from {@code examples} are skipped. */
    public static List<Doc> load(Path dir, Path examples) throws IOException {
        return GoldFiles.load(dir, f -> parse(f, examples));
    }

    static Doc parse(Path file, Path examples) throws IOException {
        String source = null;
        StringBuilder text = new StringBuilder();
        List<String[]> entries = new ArrayList<>();
        String section = "header";
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("=== ")) {
                section = line.substring(4).strip();
                continue;
            }
            switch (section) {
                case "header" -> {
                    if (line.startsWith("# source:")) source = line.substring(9).strip();
                }
                case "text" -> text.append(line).append('\n');
                case "quotes" -> {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    entries.add(line.split("\t"));
                }
                default -> {
                }
            }
        }
        String body;
        if (source != null) {
            if (examples == null || !Files.exists(examples.resolve(source))) return null;
            body = Files.readString(examples.resolve(source), StandardCharsets.UTF_8);
        } else {
            body = text.toString();
        }
        List<Gold> gold = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        int cursor = 0;
        for (String[] e : entries) {
            String q = e[0].strip(), speaker = e.length > 1 ? e[1].strip() : "?";
            int dots = q.indexOf(" … ");
            String first = dots < 0 ? q : q.substring(0, dots), last = dots < 0 ? null : q.substring(dots + 3);
            int s = locate(body, first, cursor);
            int end = s < 0 ? -1 : last == null ? s + first.length() : body.indexOf(last, s + first.length());
            if (s < 0 || end < 0) {
                unlocated.add(q);
                continue;
            }
            if (last != null) end += last.length();
            gold.add(new Gold(q, speaker, s, end));
            cursor = s + 1;
        }
        return new Doc(file.getFileName().toString(), body, gold, unlocated);
    }

    /**
     * The first occurrence of {@code words} at or after {@code from} that follows an opening quote
     * mark (a page may repeat a quote's words unmarked, as a pull quote), else the first one.
     */
    private static int locate(String body, String words, int from) {
        int first = body.indexOf(words, from);
        for (int k = first; k >= 0; k = body.indexOf(words, k + 1)) {
            int p = k - 1;
            while (p >= 0 && Character.isWhitespace(body.charAt(p))) p--;
            if (p >= 0 && "\"“„«»‘'‚".indexOf(body.charAt(p)) >= 0) return k;
        }
        return first;
    }

    // ---------------------------------------------------------------- scoring

    public static Result run(String set, List<Doc> docs, Annotators annotators) {
        List<DocResult> results = new ArrayList<>();
        Score total = Score.ZERO;
        for (Doc d : docs) {
            DocResult r = compare(d, annotators.quotes("a-" + d.name(), d.text()));
            results.add(r);
            total = total.plus(r.score());
        }
        return new Result(set, total, results);
    }

    static DocResult compare(Doc d, List<Quote> found) {
        List<Gold> gold = d.gold();
        boolean[] used = new boolean[found.size()];
        int matched = 0, scored = 0, right = 0;
        List<String> missed = new ArrayList<>(), spurious = new ArrayList<>(), wrong = new ArrayList<>();
        for (Gold g : gold) {
            int best = -1, bestLen = 0;
            for (int j = 0; j < found.size(); j++) {
                if (used[j]) continue;
                int len = Math.min(g.end(), found.get(j).end()) - Math.max(g.start(), found.get(j).start());
                if (len > bestLen) {
                    best = j;
                    bestLen = len;
                }
            }
            if (best < 0) {
                missed.add(g.text() + " [" + g.speaker() + "]");
                continue;
            }
            used[best] = true;
            matched++;
            if (g.speaker().equals("?")) continue;
            scored++;
            Quote q = found.get(best);
            if (speakerMatches(g.speaker(), q.speaker())) right++;
            else wrong.add(abbreviate(q.text()) + ": " + q.speaker() + " (cue " + q.cue() + "), gold " + g.speaker());
        }
        for (int j = 0; j < found.size(); j++) {
            if (!used[j]) spurious.add(abbreviate(found.get(j).text()) + " [" + found.get(j).speaker() + "]");
        }
        return new DocResult(d.name(), new Score(gold.size(), found.size(), matched, scored, right), missed, spurious,
                wrong, d.unlocated());
    }

    /** Whether a found speaker (null: none) is the gold one or one of its {@code |} alternatives ({@code -}: none). */
    static boolean speakerMatches(String gold, String found) {
        for (String alt : gold.split("\\|")) {
            alt = alt.strip();
            if (alt.equals("-")) {
                if (found == null) return true;
                continue;
            }
            if (found != null && key(alt).equals(key(found))) return true;
        }
        return false;
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
            else if (c != '\'' && c != '’' && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        }
        return sb.toString().strip();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 40) + " … " + one.substring(one.length() - 15);
    }

    // ---------------------------------------------------------------- printing

    public static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Set | Docs | Gold | Found | Precision | Recall | F1 | Speakers right | Speaker accuracy |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
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
        Counts c = s.counts();
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %d/%d | %.3f |", name, docs, s.gold(),
                s.found(), c.precision(), c.recall(), c.f1(), s.speakersRight(), s.speakersScored(), s.speakerAccuracy());
    }

    /** Every miss, spurious quote and wrong speaker, for reading. */
    public static String errors(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        for (Result r : results) {
            for (DocResult d : r.docs()) {
                if (d.missed().isEmpty() && d.spurious().isEmpty() && d.wrongSpeakers().isEmpty() && d.unlocated().isEmpty()) {
                    continue;
                }
                sb.append(r.set()).append('/').append(d.name()).append('\n');
                for (String m : d.missed()) sb.append("  missed   ").append(m).append('\n');
                for (String m : d.spurious()) sb.append("  spurious ").append(m).append('\n');
                for (String m : d.wrongSpeakers()) sb.append("  speaker  ").append(m).append('\n');
                for (String m : d.unlocated()) sb.append("  gold not located: ").append(m).append('\n');
            }
        }
        return sb.toString();
    }
}
