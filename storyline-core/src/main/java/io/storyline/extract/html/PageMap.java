package io.storyline.extract.html;

import io.storyline.model.Clutter;
import io.storyline.model.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page cut into text {@link Segment}s, with the block elements that hold them: one iterative
 * pass over the DOM (no recursion, so any nesting depth is safe). Block elements are numbered in
 * document order; each knows its parent block, the last block of its subtree, the segments
 * inside it, and the clutter or container cues its tag and attributes carry. Not thread-safe;
 * one per page.
 */
final class PageMap {
    /** Marks: how sure a clutter cue is. Hard marks come from tags, roles and hidden attributes. */
    static final byte NONE = 0, SOFT = 1, HARD = 2;

    private static final Clutter[] CLUTTER = Clutter.values();
    private static final byte TEASER = (byte) (Clutter.TEASER.ordinal() + 1);
    /**
     * A "teaser" box without links is the article's own lead paragraph (a common class name in
     * German CMSs); teasers of other stories link to them.
     */
    private static final double TEASER_LINK_SHARE = 0.1;
    /**
     * Widgets that never hold running prose: a class cue of these kinds on a block with several
     * paragraphs names a wrapper (an ad-injection slot around the text, a "share-enabled" body).
     */
    private static final java.util.Set<Clutter> PROSE_FREE = java.util.EnumSet.of(Clutter.ADVERTISEMENT,
            Clutter.SHARE, Clutter.NAVIGATION, Clutter.CAPTION, Clutter.METADATA);
    /** A paragraph of prose is at least this long... */
    private static final int PROSE_CHARS = 80;
    /** ...and a block with this many of them is not a widget. */
    private static final int PROSE_PARAGRAPHS = 3;

    int size;
    Element[] elements = new Element[256];
    int[] parent = new int[256];
    int[] end = new int[256];
    TagKind[] kinds = new TagKind[256];
    /** Clutter ordinal + 1 of the element's own cue, or 0. */
    byte[] mark = new byte[256];
    /** {@link #NONE}, {@link #SOFT} or {@link #HARD}. */
    byte[] markStrength = new byte[256];
    /** Container rank ({@link Cues#RANK_BODY}...), {@link Cues#RANK_NONE} when none. */
    byte[] rank = new byte[256];
    int[] segFrom = new int[256];
    int[] segTo = new int[256];
    final List<Segment> segments = new ArrayList<>();

    // filled by summarize()
    /** Characters of all text in the subtree. */
    int[] chars;
    /** Characters of clean text in the subtree (text under no effective clutter mark). */
    int[] cleanChars;
    /** Characters of clean link text in the subtree. */
    int[] cleanLinkChars;
    /** Number of clean links in the subtree. */
    int[] cleanLinks;
    /** Characters of all link text in the subtree. */
    int[] linkChars;
    /** Nearest block at or above each block whose clutter mark is in effect, or -1. */
    int[] marked;
    /** Outermost block at or above each block whose clutter mark is in effect, or -1. */
    int[] outerMarked;
    /** Nearest block at or above each block with a hard clutter mark, or -1. */
    int[] hardMarked;
    int totalChars;

    private PageMap() {
    }

    Clutter clutter(int elem) {
        return mark[elem] == 0 ? null : CLUTTER[mark[elem] - 1];
    }

    /** Whether a segment's text is under no effective clutter mark. */
    boolean clean(Segment s) {
        return marked[s.elem()] < 0;
    }

    /** The clutter mark a segment falls under, or null. */
    Clutter markOf(Segment s) {
        int at = marked[s.elem()];
        return at < 0 ? null : clutter(at);
    }

    /**
     * Why a segment under clutter marks is clutter: the outermost mark names the region (a
     * comment section, rather than the button inside it).
     */
    Clutter reasonOf(Segment s) {
        int at = outerMarked[s.elem()];
        return at < 0 ? null : clutter(at);
    }

    /**
     * Resolves which clutter marks are in effect and sums text per subtree. A soft (class/id) mark
     * on a block that holds at least {@code dominantShare} of the page's text, or that holds an
     * article-body container, is dropped: such a cue names a layout wrapper, not a widget.
     */
    void summarize(double dominantShare, int minContainerChars) {
        int n = size;
        chars = new int[n];
        cleanChars = new int[n];
        cleanLinkChars = new int[n];
        cleanLinks = new int[n];
        marked = new int[n];
        hardMarked = new int[n];
        outerMarked = new int[n];
        linkChars = new int[n];
        for (Segment s : segments) {
            chars[s.elem()] += s.length();
            linkChars[s.elem()] += s.linkChars();
        }
        for (int i = n - 1; i > 0; i--) {
            if (parent[i] >= 0) {
                chars[parent[i]] += chars[i];
                linkChars[parent[i]] += linkChars[i];
            }
        }
        totalChars = n == 0 ? 0 : chars[0];
        // blocks holding an article body container with text
        boolean[] holdsBody = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            if (rank[i] == Cues.RANK_BODY && chars[i] >= minContainerChars) holdsBody[i] = true;
            if (holdsBody[i] && parent[i] >= 0) holdsBody[parent[i]] = true;
        }
        // figures holding tables, quotes or code are content
        boolean[] rich = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            TagKind k = kinds[i];
            if (k == TagKind.TABLE || k == TagKind.QUOTE || k == TagKind.PRE) rich[i] = true;
            if (rich[i] && parent[i] >= 0) rich[parent[i]] = true;
        }
        // paragraphs of prose per subtree: long, unlinked runs of text
        int[] prose = new int[n];
        for (Segment seg : segments) {
            if (seg.length() >= PROSE_CHARS && seg.linkDensity() < 0.2 && !Segment.HEADING.equals(seg.kind())) {
                prose[seg.elem()]++;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            if (parent[i] >= 0) prose[parent[i]] += prose[i];
        }
        double dominant = dominantShare * totalChars;
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            boolean inEffect = mark[i] != 0
                    && (markStrength[i] == HARD || (chars[i] < dominant && !holdsBody[i]) || totalChars == 0)
                    && (mark[i] != TEASER || linkChars[i] >= TEASER_LINK_SHARE * chars[i])
                    && !(rich[i] && elements[i].nameIs("figure"))
                    && !(markStrength[i] == SOFT && prose[i] >= PROSE_PARAGRAPHS && PROSE_FREE.contains(clutter(i)));
            marked[i] = inEffect ? i : p >= 0 ? marked[p] : -1;
            outerMarked[i] = p >= 0 && outerMarked[p] >= 0 ? outerMarked[p] : inEffect ? i : -1;
            hardMarked[i] = markStrength[i] == HARD ? i : p >= 0 ? hardMarked[p] : -1;
        }
        for (Segment s : segments) {
            if (marked[s.elem()] < 0) {
                cleanChars[s.elem()] += s.length();
                cleanLinkChars[s.elem()] += s.linkChars();
                cleanLinks[s.elem()] += s.links();
            }
        }
        for (int i = n - 1; i > 0; i--) {
            int p = parent[i];
            if (p >= 0) {
                cleanChars[p] += cleanChars[i];
                cleanLinkChars[p] += cleanLinkChars[i];
                cleanLinks[p] += cleanLinks[i];
            }
        }
    }

    /** Number of segments whose innermost block is each block (its own loose text runs). */
    int[] ownSegments;

    /**
     * Tables used for page layout (a cell holding several runs of text, or a long one) hold
     * paragraphs, not cells: their cell segments are re-kinded as paragraphs.
     */
    private void resolveLayoutTables() {
        ownSegments = new int[size];
        boolean[] layoutCell = new boolean[size];
        for (Segment s : segments) {
            ownSegments[s.elem()]++;
            if (kinds[s.elem()] == TagKind.CELL && s.length() > LAYOUT_CELL_CHARS) layoutCell[s.elem()] = true;
        }
        boolean[] layoutTable = new boolean[size];
        boolean any = false;
        for (int i = 0; i < size; i++) {
            if (kinds[i] != TagKind.CELL || !(layoutCell[i] || ownSegments[i] > 1)) continue;
            int t = tableOf(i);
            if (t >= 0) {
                layoutTable[t] = true;
                any = true;
            }
        }
        if (!any) return;
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            if (Segment.TABLE.equals(s.kind())) {
                int t = tableOf(s.elem());
                if (t >= 0 && layoutTable[t]) {
                    segments.set(k, new Segment(s.text(), Segment.PARAGRAPH, s.elem(), s.start(), s.end(),
                            s.linkChars(), s.links()));
                }
            }
        }
    }

    /** A cell with a run of text longer than this is a layout cell. */
    private static final int LAYOUT_CELL_CHARS = 400;

    private int tableOf(int elem) {
        for (int e = parent[elem]; e >= 0; e = parent[e]) {
            if (kinds[e] == TagKind.TABLE) return e;
        }
        return -1;
    }

    /** Clean link density of a subtree. */
    double linkDensity(int elem) {
        return cleanChars[elem] == 0 ? 0 : (double) cleanLinkChars[elem] / cleanChars[elem];
    }

    /** Whether block {@code a} is {@code b} or one of its descendants. */
    boolean within(int a, int b) {
        return a >= b && a <= end[b];
    }

    String tag(int elem) {
        return elements[elem].normalName();
    }

    /** Cuts the subtree of {@code root} into segments. */
    static PageMap of(Element root, Deadline deadline) {
        PageMap m = new PageMap();
        new Walker(m, deadline).walk(root);
        m.resolveLayoutTables();
        return m;
    }

    private int add(Element el, int parentIdx, TagKind kind) {
        if (size == elements.length) grow();
        int i = size++;
        elements[i] = el;
        parent[i] = parentIdx;
        end[i] = i;
        kinds[i] = kind;
        rank[i] = Cues.RANK_NONE;
        segFrom[i] = segments.size();
        return i;
    }

    private void grow() {
        int n = elements.length * 2;
        elements = Arrays.copyOf(elements, n);
        parent = Arrays.copyOf(parent, n);
        end = Arrays.copyOf(end, n);
        kinds = Arrays.copyOf(kinds, n);
        mark = Arrays.copyOf(mark, n);
        markStrength = Arrays.copyOf(markStrength, n);
        rank = Arrays.copyOf(rank, n);
        segFrom = Arrays.copyOf(segFrom, n);
        segTo = Arrays.copyOf(segTo, n);
    }

    /** The depth-first walk; keeps the open blocks on an explicit stack. */
    private static final class Walker {
        private final PageMap m;
        private final Deadline deadline;
        private int[] stack = new int[64];
        private int sp;
        private int pre, heading, quote, item;
        private int linkDepth;
        // the text of the block being read
        private final StringBuilder buf = new StringBuilder(256);
        private boolean space = true;
        private boolean afterBreak;
        private int linkChars, links;
        private int bufStart = -1, bufEnd = -1;
        /** Whether the buffer holds visible text. */
        private boolean hasText;

        Walker(PageMap m, Deadline deadline) {
            this.m = m;
            this.deadline = deadline;
        }

        void walk(Element root) {
            Node node = root;
            int steps = 0;
            while (node != null) {
                if ((++steps & 4095) == 0) deadline.check();
                boolean descend = enter(node);
                if (descend && node.childNodeSize() > 0) {
                    node = node.childNode(0);
                    continue;
                }
                while (true) {
                    if (descend) exit(node);
                    if (node == root) {
                        node = null;
                        break;
                    }
                    Node next = node.nextSibling();
                    if (next != null) {
                        node = next;
                        break;
                    }
                    node = node.parentNode();
                    descend = true;
                }
            }
            flush();
        }

        /** Returns whether to visit the node's children (and later call {@link #exit}). */
        private boolean enter(Node node) {
            if (node instanceof TextNode t) {
                append(t);
                return false;
            }
            if (!(node instanceof Element el)) return false;
            String name = el.normalName();
            TagKind kind = TagKind.of(name);
            if (kind == TagKind.SKIP) return false;
            if (kind == TagKind.BREAK) {
                lineBreak();
                return false;
            }
            Clutter tagClutter = TagKind.clutter(name);
            Clutter cue = null;
            byte strength = NONE;
            byte rank = Cues.RANK_NONE;
            if (tagClutter != null) {
                cue = tagClutter;
                strength = HARD;
            } else if ((tagClutter = TagKind.softClutter(name)) != null) {
                cue = tagClutter;
                strength = SOFT;
            }
            if (el.attributesSize() > 0 && sp > 0) {
                Clutter hard = hardCue(el);
                if (hard != null) {
                    cue = hard;
                    strength = HARD;
                }
                String cls = withoutTermSlugs(el.attr("class")), id = el.attr("id");
                String both = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + ' ' + id;
                if (!both.isEmpty() && !name.equals("body") && !name.equals("html")) {
                    int r = Cues.CONTAINER.first(both);
                    if (r >= 0) rank = Cues.CONTAINER.valueAt(r).byteValue();
                    // a block named as a content container by its class is no widget
                    if (strength != HARD && rank == Cues.RANK_NONE) {
                        Clutter soft = Cues.CLUTTER.value(both);
                        if (soft != null) {
                            cue = soft;
                            strength = SOFT;
                        }
                    }
                }
                String itemprop = el.attr("itemprop");
                if (!itemprop.isEmpty()) {
                    if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
                        rank = Cues.RANK_BODY;
                    } else if (cue == null && itemprop.toLowerCase(Locale.ROOT).contains("comment")) {
                        cue = Clutter.COMMENTS;
                        strength = SOFT;
                    }
                }
            }
            if (name.equals("article") && rank > Cues.RANK_ARTICLE) rank = Cues.RANK_ARTICLE;
            if (name.equals("main") && rank > Cues.RANK_MAIN) rank = Cues.RANK_MAIN;
            if (rank == Cues.RANK_BODY && strength == SOFT) {
                cue = null;
                strength = NONE;
            }
            // an inline element with its own cue (a share link, an author span) becomes a block
            if (kind == TagKind.INLINE && cue == null && rank == Cues.RANK_NONE) {
                if (name.equals("a")) {
                    linkDepth++;
                    links++;
                }
                return true;
            }
            flush();
            int idx = m.add(el, sp == 0 ? -1 : stack[sp - 1], kind == TagKind.INLINE ? TagKind.BLOCK : kind);
            if (cue != null) {
                m.mark[idx] = (byte) (cue.ordinal() + 1);
                m.markStrength[idx] = strength;
            }
            m.rank[idx] = rank;
            if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
            stack[sp++] = idx;
            switch (kind) {
                case PRE -> pre++;
                case HEADING -> heading++;
                case QUOTE -> quote++;
                case ITEM -> item++;
                case INLINE -> {
                    if (name.equals("a")) {
                        linkDepth++;
                        links++;
                    }
                }
                default -> {
                }
            }
            return true;
        }

        private void exit(Node node) {
            if (!(node instanceof Element el)) return;
            if (sp == 0 || m.elements[stack[sp - 1]] != el) {
                // an inline element that did not open a block
                if (el.normalName().equals("a") && linkDepth > 0) linkDepth--;
                return;
            }
            int idx = stack[sp - 1];
            flushAtEnd(idx);
            sp--;
            m.end[idx] = m.size - 1;
            m.segTo[idx] = m.segments.size();
            switch (m.kinds[idx]) {
                case PRE -> pre--;
                case HEADING -> heading--;
                case QUOTE -> quote--;
                case ITEM -> item--;
                default -> {
                    if (el.normalName().equals("a") && linkDepth > 0) linkDepth--;
                }
            }
        }

        /**
         * Drops CMS taxonomy classes ({@code tag-politics}, {@code category-share-prices}): their
         * slugs are the page's topics, not the element's role.
         */
        static String withoutTermSlugs(String cls) {
            if (cls.indexOf("tag-") < 0 && cls.indexOf("category-") < 0) return cls;
            StringBuilder sb = new StringBuilder(cls.length());
            for (String token : cls.split("\\s+")) {
                if (token.startsWith("tag-") || token.startsWith("category-")) continue;
                if (sb.length() > 0) sb.append(' ');
                sb.append(token);
            }
            return sb.toString();
        }

        /** Cues that hide a subtree or give it a landmark role. */
        private static Clutter hardCue(Element el) {
            if (el.hasAttr("hidden")) return Clutter.TEMPLATE;
            if (el.attr("aria-hidden").equalsIgnoreCase("true")) return Clutter.TEMPLATE;
            String style = el.attr("style");
            if (!style.isEmpty()) {
                String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
                if (s.contains("display:none") || s.contains("visibility:hidden")) return Clutter.TEMPLATE;
            }
            String role = el.attr("role");
            if (!role.isEmpty()) {
                switch (role.toLowerCase(Locale.ROOT)) {
                    case "navigation", "menu", "menubar", "search", "banner" -> {
                        return Clutter.NAVIGATION;
                    }
                    case "contentinfo" -> {
                        return Clutter.FOOTER;
                    }
                    case "complementary" -> {
                        return Clutter.RELATED;
                    }
                    case "dialog", "alertdialog", "alert" -> {
                        return Clutter.TEMPLATE;
                    }
                    default -> {
                    }
                }
            }
            return null;
        }

        private void append(TextNode t) {
            String s = t.getWholeText();
            int before = buf.length();
            boolean any = false;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c <= ' ' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u3000'
                        || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                    if (!space) {
                        buf.append(' ');
                        space = true;
                    }
                } else {
                    buf.append(c);
                    space = false;
                    any = true;
                }
            }
            if (!any) return;
            afterBreak = false;
            if (linkDepth > 0) linkChars += buf.length() - before;
            if (!hasText) bufStart = t.sourceRange().startPos();
            hasText = true;
            bufEnd = t.sourceRange().endPos();
        }

        private void lineBreak() {
            if (!hasText) return;
            if (afterBreak) {
                flush();
            } else {
                // one break ends a line ("Steven Pinker, Harvard University<br>Letty Cottin Pogrebin"): the
                // line stays a line, so that names on two lines do not run together
                afterBreak = true;
                int last = buf.length() - 1;
                if (!space) buf.append('\n');
                else if (last >= 0 && buf.charAt(last) == ' ') buf.setCharAt(last, '\n');
                space = true;
            }
        }

        private void flush() {
            flush(bufStart, bufEnd);
        }

        /** At the end of a block: a segment that is the whole block takes the block's source range. */
        private void flushAtEnd(int idx) {
            if (!hasText) {
                reset();
                return;
            }
            int start = bufStart, end = bufEnd;
            if (m.segments.size() == m.segFrom[idx]) {
                Element el = m.elements[idx];
                int s = el.sourceRange().startPos();
                int e = el.endSourceRange().endPos();
                if (s >= 0) start = s;
                if (e >= 0) end = e;
            }
            flush(start, end);
        }

        private void flush(int start, int end) {
            if (hasText && sp > 0) {
                int len = buf.length();
                int from = 0;
                while (from < len && (buf.charAt(from) == ' ' || buf.charAt(from) == '\n')) from++;
                while (len > from && (buf.charAt(len - 1) == ' ' || buf.charAt(len - 1) == '\n')) len--;
                if (len > from) {
                    int elem = stack[sp - 1];
                    String kind = pre > 0 ? Segment.PRE
                            : heading > 0 ? Segment.HEADING
                            : quote > 0 ? Segment.QUOTE
                            : m.kinds[elem] == TagKind.CELL ? Segment.TABLE
                            : item > 0 ? Segment.ITEM
                            : Segment.PARAGRAPH;
                    m.segments.add(new Segment(buf.substring(from, len), kind, elem, start, end,
                            Math.min(linkChars, len - from), links));
                }
            }
            reset();
        }

        private void reset() {
            buf.setLength(0);
            space = true;
            afterBreak = false;
            linkChars = 0;
            links = 0;
            bufStart = -1;
            bufEnd = -1;
            hasText = false;
        }
    }
}
