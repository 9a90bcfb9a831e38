package io.storyline.eval;

import io.storyline.export.Analysis;
import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Entity;
import io.storyline.model.Event;
import io.storyline.model.Outcome;
import io.storyline.model.Precision;
import io.storyline.model.Provenance;
import io.storyline.model.Source;
import io.storyline.pipeline.Analyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Scores our timelines on {@code ../shared/data/timeline-dev} (SemEval-2015 Task 4 trial data:
 * 30 dated Wikinews articles, six gold timelines, one per target entity).
 *
 * <p>The articles go through the whole pipeline ({@link Analyzer}) with their creation dates as
 * publication dates. Our timeline of a target is every event of the analysis in which the target
 * takes part: an actor, target or place whose name, as printed or as its resolved entity is
 * named, is the target's name, contains it, or is a part of it that keeps its head ("Jobs" for
 * "Steve Jobs", "Apple Corps" for "Beatles Apple Corps"; "iTunes" for "iTunes store", whose head
 * is a common noun).
 *
 * <p>A gold line (one event, possibly mentioned in several articles) is <b>cited</b> when a
 * source of an event of our timeline, in the same article, covers one of its mention tokens: our
 * sources are clauses, so "cited" means our timeline points the reader at the clause that reports
 * the event. A cited line is <b>dated</b> right when one of the events citing it has a date
 * within the gold date at the gold's precision (gold 2006-03: any day of March 2006 or the month
 * itself; a coarser date of ours never counts). Lines whose gold date is unknown count for
 * citation only. Our timeline's size and the share of its entries that cite some gold line of
 * the target are reported beside, so that a timeline holding everything cannot pass unnoticed.
 */
public final class TimelineEval {
    /** Timelines studied while developing; the others are held out. */
    public static final Set<String> STUDIED = Set.of("steve_jobs", "iphone_4", "beatles_apple_corps");

    /** A token of a document: its sentence and offsets in the rebuilt text. */
    record Token(int sentence, String text, int start, int end) {
    }

    /** A document: id, creation day, title (sentence 0), body text and tokens. */
    record Doc(String id, String dct, String title, String text, List<Token> tokens) {
    }

    /** A gold mention: document, sentence and the token as printed ("court_case" for two tokens). */
    record GoldMention(String doc, int sentence, String token) {
    }

    /** One gold line: its ordinal (0 = not placed), date as given and mentions. */
    record GoldLine(int ordinal, String date, List<GoldMention> mentions) {
    }

    /** One gold timeline. */
    record Gold(String name, String target, List<GoldLine> lines) {
    }

    /** The score of one gold line. */
    public record Line(int ordinal, String gold, List<String> mentions, boolean cited, String ours, Boolean dated,
                       String citedBy) {
    }

    /** The scores of one timeline. */
    public record Timeline(String name, String target, boolean studied, int lines, int cited, int datable,
                           int citedDatable, int dated, int entries, int entriesCiting, List<Line> detail) {
        /** Share of gold lines our timeline cites. */
        public double citedShare() {
            return lines == 0 ? 0 : (double) cited / lines;
        }

        /** Share of the cited lines with a known gold date that we date within it. */
        public double datedShare() {
            return citedDatable == 0 ? 0 : (double) dated / citedDatable;
        }

        /** Share of our timeline's entries that cite some gold line of this target. */
        public double entryPrecision() {
            return entries == 0 ? 0 : (double) entriesCiting / entries;
        }
    }

    public record Result(List<Timeline> timelines, int docs, int events, double seconds) {
        /** Pooled over a part: all timelines (null), studied (true) or held out (false). */
        public Timeline pooled(Boolean studied) {
            int l = 0, c = 0, d = 0, cd = 0, dt = 0, e = 0, ec = 0;
            for (Timeline t : timelines) {
                if (studied != null && t.studied() != studied) continue;
                l += t.lines();
                c += t.cited();
                d += t.datable();
                cd += t.citedDatable();
                dt += t.dated();
                e += t.entries();
                ec += t.entriesCiting();
            }
            String name = studied == null ? "all" : studied ? "studied" : "held out";
            return new Timeline(name, "", studied != null && studied, l, c, d, cd, dt, e, ec, List.of());
        }
    }

    private TimelineEval() {
    }

    public static Result run(Path dir, Analyzer analyzer) throws IOException {
        long t0 = System.nanoTime();
        List<Doc> docs = documents(dir.resolve("documents"));
        List<Gold> golds = timelines(dir.resolve("timelines"));
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Doc> byId = new HashMap<>();
        for (Doc d : docs) {
            byId.put(d.id(), d);
            Article.Builder b = Article.builder();
            b.id = d.id();
            b.provenance = Provenance.ofFile(d.id() + ".xml");
            b.title = d.title();
            b.text = d.text();
            b.published = new DateValue(d.dct(), Precision.DAY, false, "creation time of the document");
            outcomes.add(Outcome.ok(b.build()));
        }
        Analysis analysis = analyzer.analyze(outcomes);
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : analysis.entities()) entities.put(e.id(), e);
        List<Timeline> out = new ArrayList<>();
        for (Gold g : golds) out.add(score(g, analysis.events(), entities, byId));
        return new Result(out, docs.size(), analysis.events().size(), (System.nanoTime() - t0) / 1e9);
    }

    private static Timeline score(Gold g, List<Event> events, Map<String, Entity> entities, Map<String, Doc> docs) {
        List<String> target = words(g.target());
        List<Event> mine = new ArrayList<>();
        for (Event e : events) if (involves(e, target, entities)) mine.add(e);
        List<Line> detail = new ArrayList<>();
        java.util.Set<Event> citing = new java.util.HashSet<>();
        int cited = 0, datable = 0, citedDatable = 0, dated = 0;
        for (GoldLine line : g.lines()) {
            String gd = goldDate(line.date());
            if (gd != null) datable++;
            List<Event> by = new ArrayList<>();
            for (Event e : mine) {
                for (GoldMention m : line.mentions()) {
                    if (covers(e, m, docs.get(m.doc()))) {
                        by.add(e);
                        break;
                    }
                }
            }
            citing.addAll(by);
            String other = null;
            if (by.isEmpty()) {
                for (Event e : events) {
                    for (GoldMention m : line.mentions()) {
                        if (other == null && covers(e, m, docs.get(m.doc()))) {
                            other = "[not the target's: " + e.actorNames() + " " + e.type() + " " + e.summary() + " " + e.targetNames() + "]";
                        }
                    }
                }
            }
            Boolean ok = null;
            String ours = null;
            if (!by.isEmpty()) {
                cited++;
                for (Event e : by) {
                    if (e.when() != null && ours == null) ours = e.when().value();
                    if (gd != null && within(e.when(), gd)) {
                        ours = e.when().value();
                        ok = true;
                    }
                }
                if (gd != null) {
                    citedDatable++;
                    if (ok == null) ok = false;
                    else dated++;
                }
            }
            detail.add(new Line(line.ordinal(), line.date(),
                    line.mentions().stream().map(m -> m.doc() + "-" + m.sentence() + "-" + m.token()).toList(),
                    !by.isEmpty(), ours, ok, by.isEmpty() ? other : by.get(0).summary()));
        }
        return new Timeline(g.name(), g.target(), STUDIED.contains(g.name()), g.lines().size(), cited, datable,
                citedDatable, dated, mine.size(), citing.size(), detail);
    }

    /** Whether a source of {@code e} in the mention's article covers one of the mention's tokens. */
    private static boolean covers(Event e, GoldMention m, Doc d) {
        if (d == null) return false;
        String first = m.token().split("_")[0];
        for (Token t : d.tokens()) {
            if (t.sentence() != m.sentence() || !t.text().equalsIgnoreCase(first)) continue;
            for (Source s : e.sources()) {
                if (s.article().equals(d.id()) && s.start() <= t.start() && t.end() <= s.end()) return true;
            }
        }
        return false;
    }

    // ---- who takes part

    /** Words that never make a participant the target on their own. */
    private static final Set<String> DROPPED = Set.of("the", "a", "an", "'s", "’s");

    private static boolean involves(Event e, List<String> target, Map<String, Entity> entities) {
        List<String> names = new ArrayList<>();
        names.addAll(e.actorNames());
        names.addAll(e.targetNames());
        if (e.placeName() != null) names.add(e.placeName());
        for (List<String> ids : List.of(e.actors(), e.targets())) {
            for (String id : ids) {
                Entity en = entities.get(id);
                if (en == null) continue;
                names.add(en.name());
                names.addAll(en.aliases());
            }
        }
        for (String n : names) if (matches(words(n), target)) return true;
        for (Source s : e.sources()) if (names(words(s.text()), target)) return true;
        return false;
    }

    /**
     * Whether a clause names the target: its words in order (any case), its proper words when its
     * head is a common noun ("iTunes" for "iTunes store"), or its last word when that is a
     * capitalised name ("Jobs", "Corps"; case kept, so "jobs" is no name).
     */
    static boolean names(List<String> text, List<String> target) {
        List<String> n = lower(text), t = lower(target);
        if (java.util.Collections.indexOfSubList(n, t) >= 0) return true;
        String head = target.get(target.size() - 1);
        if (target.size() > 1 && head.equals(head.toLowerCase(Locale.ROOT))) {
            return java.util.Collections.indexOfSubList(n, t.subList(0, t.size() - 1)) >= 0;
        }
        if (target.size() > 1 && head.chars().allMatch(Character::isLetter) && Character.isUpperCase(head.charAt(0))) {
            return text.contains(head);
        }
        return false;
    }

    /**
     * Whether a participant's name stands for the target: it contains the target's words in
     * order, or it is a run of the target's words ending in the target's head, or (when the
     * target's head is a common noun, written in lower case) it holds the target's proper words.
     */
    static boolean matches(List<String> name, List<String> target) {
        if (name.isEmpty() || target.isEmpty()) return false;
        List<String> n = lower(name), t = lower(target);
        if (java.util.Collections.indexOfSubList(n, t) >= 0) return true;
        if (t.size() >= n.size() && t.subList(t.size() - n.size(), t.size()).equals(n)) return true;
        String head = target.get(target.size() - 1);
        if (target.size() > 1 && head.equals(head.toLowerCase(Locale.ROOT))) {
            List<String> proper = t.subList(0, t.size() - 1);
            return java.util.Collections.indexOfSubList(n, proper) >= 0;
        }
        return false;
    }

    private static List<String> lower(List<String> w) {
        return w.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s\\p{Pd}]+|(?=['’]s\\b)")) {
            w = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty() || DROPPED.contains(w.toLowerCase(Locale.ROOT))) continue;
            out.add(w);
        }
        return out;
    }

    // ---- dates

    /** The gold date without its unknown parts ({@code 2008-03-XX} is {@code 2008-03}), or null when unknown. */
    static String goldDate(String d) {
        String[] p = d.split("-");
        StringBuilder sb = new StringBuilder();
        for (String x : p) {
            if (!x.matches("\\d+")) break;
            if (sb.length() > 0) sb.append('-');
            sb.append(x);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Whether our date lies within the gold one, at the gold's precision or finer. */
    static boolean within(DateValue ours, String gold) {
        if (ours == null) return false;
        for (String end : ours.value().split("/")) {
            String v = end.length() > 10 ? end.substring(0, 10) : end;
            if (!(v.equals(gold) || v.startsWith(gold + "-"))) return false;
        }
        return true;
    }

    // ---- reading the data

    static List<Doc> documents(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        DocumentBuilder db = builder();
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                docs.add(parse(db.parse(in).getDocumentElement()));
            } catch (SAXException e) {
                throw new IOException("cannot parse " + f + ": " + e.getMessage(), e);
            }
        }
        return docs;
    }

    private static Doc parse(Element root) {
        String id = root.getAttribute("doc_id");
        NodeList toks = root.getElementsByTagName("token");
        StringBuilder title = new StringBuilder(), text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        int last = -1;
        String prev = null;
        for (int k = 0; k < toks.getLength(); k++) {
            Element e = (Element) toks.item(k);
            int s = Integer.parseInt(e.getAttribute("sentence"));
            String w = e.getTextContent().replace("``", "“").replace("''", "”");
            if (s == 0) {
                if (title.length() > 0 && EcbPlus.spaceBefore(prev, w)) title.append(' ');
                title.append(w);
                prev = w;
                continue;
            }
            if (s != last) {
                if (text.length() > 0) text.append('\n');
                last = s;
            } else if (EcbPlus.spaceBefore(prev, w)) text.append(' ');
            int start = text.length();
            text.append(w);
            tokens.add(new Token(s, w, start, text.length()));
            prev = w;
        }
        String dct = null;
        NodeList tx = root.getElementsByTagName("TIMEX3");
        for (int k = 0; k < tx.getLength(); k++) {
            Element e = (Element) tx.item(k);
            if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) dct = e.getAttribute("value");
        }
        return new Doc(id, dct, title.toString(), text.toString(), tokens);
    }

    static List<Gold> timelines(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Gold> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            if (lines.isEmpty()) continue;
            List<GoldLine> gl = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                String[] c = l.split("\t");
                if (c.length < 3) continue;
                List<GoldMention> ms = new ArrayList<>();
                for (int k = 2; k < c.length; k++) {
                    String[] p = c[k].strip().split("-", 3);
                    if (p.length < 3 || !p[0].matches("\\d+") || !p[1].matches("\\d+")) continue;
                    ms.add(new GoldMention(p[0], Integer.parseInt(p[1]), p[2]));
                }
                gl.add(new GoldLine(Integer.parseInt(c[0].strip()), c[1].strip(), ms));
            }
            String name = f.getFileName().toString().replace(".txt", "");
            out.add(new Gold(name, lines.get(0).strip(), gl));
        }
        return out;
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    // ---- reports

    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d documents, %d events, %.1f s%n%n", r.docs(), r.events(), r.seconds()));
        sb.append("| timeline | part | gold lines | cited | cited share | dated right / datable cited | dated share "
                + "| our entries | entries citing gold |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Timeline> rows = new ArrayList<>(r.timelines());
        rows.add(r.pooled(true));
        rows.add(r.pooled(false));
        rows.add(r.pooled(null));
        for (Timeline t : rows) {
            boolean pooled = t.detail().isEmpty() && t.target().isEmpty();
            String part = pooled ? "" : t.studied() ? "studied" : "held out";
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %d / %d | %.3f | %d | %.3f |%n",
                    pooled ? "**" + t.name() + "**" : t.name(), part, t.lines(), t.cited(), t.citedShare(), t.dated(),
                    t.citedDatable(), t.datedShare(), t.entries(), t.entryPrecision()));
        }
        return sb.toString();
    }

    /** Every gold line: cited or not, our date against the gold one. */
    public static String errors(Result r) {
        StringBuilder sb = new StringBuilder();
        for (Timeline t : r.timelines()) {
            sb.append("== ").append(t.name()).append('\n');
            for (Line l : t.detail()) {
                sb.append(String.format(Locale.ROOT, "%s %-11s ours %-12s %s%s%n",
                        !l.cited() ? "MISS " : Boolean.FALSE.equals(l.dated()) ? "DATE " : "ok   ", l.gold(),
                        l.ours(), String.join(" ", l.mentions()), l.citedBy() == null ? "" : "  <- " + l.citedBy()));
            }
        }
        return sb.toString();
    }

    /** A report row per timeline, for {@code --report}. */
    public static List<Map<String, Object>> report(Result r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Timeline t : r.timelines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("timeline", t.name());
            m.put("studied", t.studied());
            m.put("cited", t.citedShare());
            m.put("dated", t.datedShare());
            m.put("entries", t.entries());
            m.put("lines", t.detail());
            out.add(m);
        }
        return out;
    }
}
