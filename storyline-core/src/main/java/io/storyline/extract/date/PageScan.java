package io.storyline.extract.date;

import io.storyline.extract.meta.JsonLd;
import io.storyline.model.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over a page collecting what the date extractor reads: meta elements, JSON-LD blocks,
 * {@code <time>}/itemprop/abbr elements, the first {@code <h1>}, and the visible text with the
 * element each piece came from. The traversal is iterative (jsoup's {@link NodeTraversor}).
 */
final class PageScan {
    final List<Element> metas = new ArrayList<>();
    final List<String> jsonLdBlocks = new ArrayList<>();
    /** Inline scripts other than JSON-LD (their data sometimes names the publication date). */
    final List<Element> scripts = new ArrayList<>();
    /** {@code <time>}, {@code <abbr title>} and itemprop date elements, with their text offset. */
    final List<Element> timeElements = new ArrayList<>();
    final List<Integer> timeOffsets = new ArrayList<>();
    final StringBuilder text = new StringBuilder(8192);
    /** The article's headline: the h1 (or h2) that the page title names, else the first h1. */
    Element headline;
    int headlineStart = -1;
    /** Where on the page an element sits (article or elsewhere); set once the headline is known. */
    Places places;
    /** Headings seen, in document order, with their text offset. */
    private final List<Element> headings = new ArrayList<>();
    private final List<Integer> headingStarts = new ArrayList<>();
    String canonical;
    /** Text offsets where each recorded text node starts, and its parent element. */
    private int[] nodeStarts = new int[256];
    private Element[] nodeParents = new Element[256];
    private int nodes;
    /** Most headings of one level looked at when choosing the headline. */
    private static final int MAX_HEADINGS = 40;

    private PageScan() {
    }

    static PageScan of(Document doc, int maxTextChars, Deadline deadline) {
        PageScan s = new PageScan();
        s.run(doc, maxTextChars, deadline);
        s.chooseHeadline(doc);
        s.places = new Places(s.headline);
        return s;
    }

    private void run(Document doc, int maxTextChars, Deadline deadline) {
        int[] visited = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if ((++visited[0] & 1023) == 0) deadline.check();
                if (node instanceof TextNode t) {
                    if (text.length() < maxTextChars && !(t.parent() instanceof Element pe && pe.nameIs("title"))) {
                        addText(t, maxTextChars - text.length());
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String tag = e.normalName();
                switch (tag) {
                    case "meta" -> metas.add(e);
                    case "script" -> {
                        if (JsonLd.isJsonLd(e)) jsonLdBlocks.add(e.data());
                        else if (!e.hasAttr("src")) scripts.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    case "link" -> {
                        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical = e.attr("href");
                    }
                    case "time" -> addTime(e);
                    case "abbr" -> {
                        if (e.hasAttr("title")) addTime(e);
                    }
                    case "h1", "h2" -> {
                        if (headings.size() < MAX_HEADINGS) {
                            breakLine();
                            headings.add(e);
                            headingStarts.add(text.length());
                        }
                    }
                    default -> {
                        if (DateMarkup.SKIP_TAGS.contains(tag)) return FilterResult.SKIP_ENTIRELY;
                    }
                }
                if (e.attributesSize() > 0 && e.attributes().hasKey("itemprop") && !tag.equals("time") && !tag.equals("meta")) {
                    String ip = e.attr("itemprop").toLowerCase(Locale.ROOT);
                    if (DateMarkup.ITEMPROP_PUBLISHED.contains(ip) || DateMarkup.ITEMPROP_UPDATED.contains(ip)) addTime(e);
                }
                if (e.isBlock()) breakLine();
                else space();
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) breakLine();
                return FilterResult.CONTINUE;
            }
        }, doc);
    }

    private void chooseHeadline(Document doc) {
        String title = normal(doc.title());
        for (Element m : metas) {
            if (m.attr("property").equalsIgnoreCase("og:title") && !m.attr("content").isBlank()) {
                title = title + " " + normal(m.attr("content"));
                break;
            }
        }
        int firstH1 = -1;
        for (String level : new String[] {"h1", "h2"}) {
            for (int i = 0; i < headings.size(); i++) {
                Element h = headings.get(i);
                if (!h.nameIs(level)) continue;
                String t = normal(h.text());
                if (t.isEmpty()) continue;
                if (level.equals("h1") && firstH1 < 0) firstH1 = i;
                if (t.length() >= MIN_HEADLINE_CHARS && title.contains(t)) {
                    headline = h;
                    headlineStart = headingStarts.get(i);
                    return;
                }
            }
        }
        if (firstH1 >= 0) {
            headline = headings.get(firstH1);
            headlineStart = headingStarts.get(firstH1);
        }
    }

    /** Shortest heading text matched against the page title. */
    private static final int MIN_HEADLINE_CHARS = 8;

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private void addTime(Element e) {
        timeElements.add(e);
        timeOffsets.add(text.length());
    }

    private void addText(TextNode t, int room) {
        String whole = t.getWholeText();
        String s = whole.length() > room ? whole.substring(0, room) : whole;
        if (s.isBlank()) {
            space();
            return;
        }
        if (nodes == nodeStarts.length) {
            nodeStarts = Arrays.copyOf(nodeStarts, nodes * 2);
            nodeParents = Arrays.copyOf(nodeParents, nodes * 2);
        }
        nodeStarts[nodes] = text.length();
        nodeParents[nodes] = t.parent() instanceof Element pe ? pe : null;
        nodes++;
        // whitespace runs become one space (the text of several nodes is joined the same way)
        boolean white = text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1));
        int n = s.length();
        int i = 0;
        while (i < n) {
            int run = i;
            while (run < n && !isSpace(s.charAt(run))) run++;
            if (run > i) {
                text.append(s, i, run);
                white = false;
            }
            if (run < n) {
                if (!white) text.append(' ');
                white = true;
                run++;
                while (run < n && isSpace(s.charAt(run))) run++;
            }
            i = run;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f';
    }

    private void space() {
        int n = text.length();
        if (n > 0 && !Character.isWhitespace(text.charAt(n - 1))) text.append(' ');
    }

    private void breakLine() {
        int n = text.length();
        if (n == 0) return;
        char c = text.charAt(n - 1);
        if (c == '\n') return;
        if (c == ' ') text.setCharAt(n - 1, '\n');
        else text.append('\n');
    }

    /** The element whose text holds the given offset, or null. */
    Element elementAt(int offset) {
        int lo = 0, hi = nodes - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (nodeStarts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : nodeParents[found];
    }
}
