package io.storyline.extract.html;

import io.storyline.model.Block;
import io.storyline.model.Clutter;
import io.storyline.model.Deadline;
import io.storyline.model.Removed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a parsed page through a cascade:
 * <ol>
 *   <li>the page is cut into text segments in one pass, each under the clutter cues (tags,
 *       roles, hidden attributes, class/id vocabulary) of its ancestors;</li>
 *   <li>the body container is the strongest container named by its class/id (article body,
 *       {@code <article>}, main content) that holds enough clean text;</li>
 *   <li>otherwise, or when that container is much poorer than what density scoring finds, the
 *       Readability-style best-scored block and its good siblings;</li>
 *   <li>inside the body, segments are filtered (clutter cues, link density, boilerplate phrases,
 *       duplicates, trailing headings);</li>
 *   <li>when the body is still too short, a paragraph classifier over the whole page.</li>
 * </ol>
 * Every left-out segment goes to {@link Body#removed()} with a reason. May read but does not
 * modify the document. Thread-safe.
 */
public final class MainContentExtractor {
    private final MainContentOptions options;

    public MainContentExtractor() {
        this(MainContentOptions.DEFAULT);
    }

    public MainContentExtractor(MainContentOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The main text of {@code doc}; never throws on bad markup (only {@link Deadline.Expired}). */
    public Body extract(Document doc, Deadline deadline) {
        Analysis a = analyse(doc, deadline);
        return build(a.map(), a.why(), a.method());
    }

    /** The segmented page, a verdict per segment ({@code null}: body) and the step that decided. */
    record Analysis(PageMap map, Clutter[] why, String method, List<Integer> roots) {
    }

    Analysis analyse(Document doc, Deadline deadline) {
        Element root = doc.body() != null ? doc.body() : doc;
        PageMap m = PageMap.of(root, deadline);
        m.summarize(options.dominantShare(), options.minContainerChars());
        if (m.segments.isEmpty()) return new Analysis(m, new Clutter[0], "empty", List.of());
        deadline.check();

        String method;
        List<Integer> roots;
        int container = cueContainer(m);
        int[] good = goodChars(m);
        if (container >= 0) {
            roots = List.of(container);
            method = "container";
            if (good[container] < 0.5 * good[0]) {
                int a = container;
                while (m.parent[a] >= 0 && good[a] < 0.6 * good[0]) a = m.parent[a];
                roots = List.of(a);
                method = "container+";
            }
        } else {
            roots = DensityScorer.body(m, options);
            method = "density";
        }
        String title = doc.title();
        Clutter[] why = select(m, roots, title);
        if (keptChars(m, why) < options.minBodyChars()) {
            if (container >= 0) {
                List<Integer> scored = DensityScorer.body(m, options);
                Clutter[] alt = select(m, scored, title);
                if (keptChars(m, alt) > keptChars(m, why)) {
                    why = alt;
                    method = "density";
                    roots = scored;
                }
            }
            if (keptChars(m, why) < options.minBodyChars()) {
                Clutter[] alt = ParagraphClassifier.classify(m, options);
                if (keptChars(m, alt) > keptChars(m, why)) {
                    why = alt;
                    method = "paragraphs";
                    roots = List.of();
                }
            }
            if (keptChars(m, why) == 0) {
                Clutter[] alt = ParagraphClassifier.classify(m, options, true);
                if (keptChars(m, alt) >= options.minBodyChars()) {
                    why = alt;
                    method = "prose";
                    roots = List.of();
                }
            }
        }
        deadline.check();
        return new Analysis(m, why, method, roots);
    }

    /** Characters per subtree of clean, long, unlinked text: what article prose looks like. */
    private static int[] goodChars(PageMap m) {
        int[] good = new int[m.size];
        for (Segment s : m.segments) {
            if (m.clean(s) && s.length() >= 80 && s.linkDensity() < 0.3 && !Segment.HEADING.equals(s.kind())) {
                good[s.elem()] += s.length();
            }
        }
        for (int i = m.size - 1; i > 0; i--) {
            if (m.parent[i] >= 0) good[m.parent[i]] += good[i];
        }
        return good;
    }

    /** The first container, strongest rank first, that holds enough clean text; or -1. */
    private int cueContainer(PageMap m) {
        for (int rank = Cues.RANK_BODY; rank <= Cues.RANK_MAIN; rank++) {
            for (int i = 0; i < m.size; i++) {
                if (m.rank[i] == rank && m.marked[i] < 0 && m.cleanChars[i] >= options.minContainerChars()) return i;
            }
        }
        return -1;
    }

    /** Marker for kept segments in a verdict array. */
    private static final Clutter KEEP = null;

    /** A verdict per segment: {@code null} to keep it, else why it is left out. */
    private Clutter[] select(PageMap m, List<Integer> roots, String title) {
        List<Segment> segs = m.segments;
        Clutter[] why = new Clutter[segs.size()];
        boolean[] inside = new boolean[segs.size()];
        for (int r : roots) {
            for (int k = m.segFrom[r]; k < m.segTo[r]; k++) inside[k] = true;
        }
        for (int k = 0; k < segs.size(); k++) {
            Segment s = segs.get(k);
            if (m.markOf(s) != null) why[k] = m.reasonOf(s);
            else why[k] = inside[k] ? KEEP : outside(m, s);
        }
        if (roots.size() == 1) recoverLead(m, roots.get(0), why);
        filter(m, why, title);
        return why;
    }

    /** What an unmarked segment outside the body most likely is. */
    static Clutter outside(PageMap m, Segment s) {
        if (Segment.HEADING.equals(s.kind()) && headingLevel(m, s) == 1) return Clutter.TITLE;
        return s.linkDensity() > 0.5 ? Clutter.NAVIGATION : Clutter.BOILERPLATE;
    }

    /** How far back from the body's start the lead paragraph is looked for, in segments. */
    private static final int LEAD_WINDOW = 8;
    /** Marked segments this short (share buttons, tags) do not stop the search for the lead. */
    private static final int LEAD_SKIP_CHARS = 30;
    /** A lead paragraph is at least this long. */
    private static final int LEAD_MIN_CHARS = 80;

    /**
     * The lead paragraph often sits above the body container, between the headline and the text
     * (with the byline, the date and the picture). Walking back from the body's first segment,
     * past short furniture, a long, unlinked, clean paragraph is taken in; a block of links
     * (navigation) ends the search.
     */
    private void recoverLead(PageMap m, int root, Clutter[] why) {
        int first = m.segFrom[root];
        for (int k = first - 1, seen = 0; k >= 0 && seen < LEAD_WINDOW; k--, seen++) {
            Segment s = m.segments.get(k);
            Clutter mark = m.reasonOf(s);
            if (mark != null) {
                // furniture, or a short item of a share bar or a tag list
                if (LEAD_FURNITURE.contains(mark) || s.length() <= LEAD_SKIP_CHARS) continue;
                return;
            }
            if (s.linkDensity() > 0.5 && s.length() > 20) return;
            if (TextCues.classify(s.text()) != null) continue;
            if (s.linkDensity() < 0.1 && isLead(m, s)) {
                why[k] = KEEP;
                return;
            }
        }
    }

    /** What may stand between a lead paragraph and the body. */
    private static final Set<Clutter> LEAD_FURNITURE = java.util.EnumSet.of(Clutter.TEASER, Clutter.METADATA,
            Clutter.BYLINE, Clutter.CAPTION, Clutter.SHARE, Clutter.TEMPLATE, Clutter.ADVERTISEMENT,
            Clutter.SUBSCRIPTION);

    /** A paragraph, or a sub-heading long enough to be a standfirst (not the title). */
    private static boolean isLead(PageMap m, Segment s) {
        if (Segment.PARAGRAPH.equals(s.kind())) return s.length() >= LEAD_MIN_CHARS;
        if (Segment.HEADING.equals(s.kind())) return s.length() >= LEAD_MIN_CHARS + 10 && headingLevel(m, s) >= 2;
        return false;
    }

    /** Drops link-dense, boilerplate, duplicate and dangling segments among the kept ones. */
    private void filter(PageMap m, Clutter[] why, String title) {
        List<Segment> segs = m.segments;
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < segs.size(); k++) {
            if (why[k] != KEEP) continue;
            Segment s = segs.get(k);
            Clutter said = TextCues.classify(s.text());
            if (said == null && TextCues.isPrompt(s.text())) said = Clutter.SUBSCRIPTION;
            if (said == null && !Segment.PRE.equals(s.kind()) && TextCues.isCode(s.text())) said = Clutter.TEMPLATE;
            if (said != null) {
                why[k] = said;
                continue;
            }
            if (s.length() < options.shortBlockChars() && s.linkDensity() > options.maxLinkDensity()) {
                why[k] = Clutter.NAVIGATION;
                continue;
            }
            if (!seen.add(s.text())) why[k] = Clutter.DUPLICATE;
        }
        dropRepeatedQuotes(m, why);
        // the headline opening the body is the title, reported apart from the text, and a short
        // label before it is its kicker ("Analysis"); the standfirst after it stays: it is text
        List<Integer> before = new ArrayList<>();
        for (int k = 0; k < segs.size(); k++) {
            if (why[k] != KEEP) continue;
            Segment s = segs.get(k);
            if (Segment.HEADING.equals(s.kind()) && (headingLevel(m, s) == 1 || isTitle(s.text(), title))) {
                why[k] = Clutter.TITLE;
                for (int b : before) why[b] = Clutter.METADATA;
                break;
            }
            if (isLead(m, s) || before.size() >= KICKER_LINES || words(s.text()) > KICKER_WORDS) break;
            before.add(k);
        }
        // a heading is kept only when text of its section is kept: the next kept segment is no
        // heading of the same or a higher level
        int nextLevel = 9; // level of the next kept heading after k; 0 = a text segment, 9 = none
        for (int k = segs.size() - 1; k >= 0; k--) {
            if (why[k] != KEEP) continue;
            Segment s = segs.get(k);
            if (Segment.HEADING.equals(s.kind()) && s.length() <= TextCues.MAX_CHARS) {
                int level = headingLevel(m, s);
                if (nextLevel != 0 && nextLevel <= level || nextLevel == 9) {
                    why[k] = Clutter.BOILERPLATE;
                    continue;
                }
                nextLevel = level;
            } else if (s.length() <= TextCues.MAX_CHARS && s.text().endsWith(":") && nextLevel != 0) {
                // a label ("More on this:") whose list was left out
                why[k] = Clutter.RELATED;
            } else if (s.length() <= LABEL_CHARS && labelsLinks(m, why, k)) {
                why[k] = Clutter.RELATED;
            } else {
                nextLevel = 0;
            }
        }
    }

    /** At most this many short lines before the headline are its kicker. */
    private static final int KICKER_LINES = 2;
    /** Longest kicker, in words. */
    private static final int KICKER_WORDS = 3;

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    /** Whether a heading repeats the page's {@code <title>} (which often adds the site's name). */
    private static boolean isTitle(String heading, String title) {
        return heading.length() >= 10 && !title.isEmpty() && title.contains(heading);
    }

    /** A pull quote repeats a sentence of the text: a quote found inside a kept paragraph is dropped. */
    private static void dropRepeatedQuotes(PageMap m, Clutter[] why) {
        List<Segment> segs = m.segments;
        StringBuilder text = null;
        for (int k = 0; k < segs.size(); k++) {
            Segment q = segs.get(k);
            if (why[k] != KEEP || !Segment.QUOTE.equals(q.kind()) || q.length() < 20 || q.length() > 400) continue;
            if (text == null) {
                text = new StringBuilder();
                for (int j = 0; j < segs.size(); j++) {
                    if (why[j] == KEEP && !Segment.QUOTE.equals(segs.get(j).kind())) text.append(segs.get(j).text()).append('\n');
                }
            }
            String body = q.text();
            // quotation marks differ between the quote and the sentence it repeats
            int from = 0, to = body.length();
            while (from < to && !Character.isLetterOrDigit(body.charAt(from))) from++;
            while (to > from && !Character.isLetterOrDigit(body.charAt(to - 1))) to--;
            if (to - from >= 20 && text.indexOf(body.substring(from, to)) >= 0) why[k] = Clutter.DUPLICATE;
        }
    }

    /** A short line right before a list of links may be its label ("Read also", "Schon gelesen?"). */
    private static final int LABEL_CHARS = 60;

    /** Whether the two segments after {@code k} are links that were left out. */
    private static boolean labelsLinks(PageMap m, Clutter[] why, int k) {
        if (k + 2 >= why.length) return false;
        for (int j = k + 1; j <= k + 2; j++) {
            Segment next = m.segments.get(j);
            if (why[j] == KEEP || next.linkDensity() < 0.5) return false;
        }
        return true;
    }

    /** 1-6 for h1-h6 (7 for headings in other markup). */
    private static int headingLevel(PageMap m, Segment s) {
        for (int e = s.elem(); e >= 0; e = m.parent[e]) {
            if (m.kinds[e] == TagKind.HEADING) return m.tag(e).charAt(1) - '0';
        }
        return 7;
    }

    private static int keptChars(PageMap m, Clutter[] why) {
        int n = 0;
        for (int k = 0; k < why.length; k++) {
            if (why[k] == KEEP) n += m.segments.get(k).length();
        }
        return n;
    }

    private static final String[] LABELS = java.util.Arrays.stream(Clutter.values()).map(Clutter::label)
            .toArray(String[]::new);

    /** Cells of one table row become one block, separated by this. */
    static final String CELL_SEPARATOR = " | ";

    private static Body build(PageMap m, Clutter[] why, String method) {
        List<Block> blocks = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        int n = why.length;
        for (int k = 0; k < n; ) {
            Segment s = m.segments.get(k);
            // cells of the same row with the same verdict
            int end = k + 1;
            int row = rowOf(m, s);
            if (row >= 0) {
                while (end < n && why[end] == why[k] && rowOf(m, m.segments.get(end)) == row) end++;
            }
            String text = s.text();
            int last = s.end();
            if (end > k + 1) {
                StringBuilder sb = new StringBuilder(text);
                for (int j = k + 1; j < end; j++) sb.append(CELL_SEPARATOR).append(m.segments.get(j).text());
                text = sb.toString();
                last = m.segments.get(end - 1).end();
            }
            if (why[k] == KEEP) blocks.add(new Block(text, s.kind(), s.start(), last));
            else removed.add(new Removed(text, LABELS[why[k].ordinal()], s.start(), last));
            k = end;
        }
        return new Body(blocks, removed, method);
    }

    /** The table row of a table-cell segment, or -1. */
    private static int rowOf(PageMap m, Segment s) {
        if (!Segment.TABLE.equals(s.kind())) return -1;
        int p = m.parent[s.elem()];
        return p >= 0 && m.kinds[p] == TagKind.ROW ? p : -1;
    }
}
