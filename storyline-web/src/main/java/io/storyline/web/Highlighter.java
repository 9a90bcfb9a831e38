package io.storyline.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a plain text with highlighted ranges as escaped HTML: the text is escaped piece by piece
 * and each piece covered by ranges is wrapped in one {@code <mark>} naming every kind that covers
 * it, so overlapping and nested ranges (a date inside a quote inside a search match) render
 * without broken nesting. Ranges are UTF-16 offsets into the text (the contract's offsets); ranges
 * out of bounds are clipped, empty ones dropped, and a boundary inside a surrogate pair is moved
 * before it. One pass over sorted boundaries: linear in the text plus n log n in the ranges.
 */
final class Highlighter {
    /** Kinds of ranges, each a CSS class {@code hl-<kind>}: search matches, annotations, copy changes. */
    enum Kind {
        MATCH, DATE, ENTITY, QUOTE, ADD, CUT, REWRITE;

        String css() {
            return "hl-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A highlighted range.
     *
     * @param start offset in the text
     * @param end   end offset, exclusive
     * @param kind  what it is
     * @param note  a tooltip (a date's value, an entity's name, a change's other side), or null
     */
    record Span(int start, int end, Kind kind, String note) {
    }

    /** HTML made by this class from escaped text. */
    record Rendered(String html) {
    }

    private Highlighter() {
    }

    /** The text as paragraphs ({@code <p>} per block between blank lines), with the ranges marked. */
    static Rendered paragraphs(String text, List<Span> spans) {
        return render(text == null ? "" : text, spans, true);
    }

    /** The text inline (no paragraphs), with the ranges marked. */
    static Rendered inline(String text, List<Span> spans) {
        return render(text == null ? "" : text, spans, false);
    }

    private static Rendered render(String text, List<Span> input, boolean paragraphs) {
        int n = text.length();
        List<Span> spans = new ArrayList<>(input.size());
        for (Span s : input) {
            int a = fix(text, Math.max(0, Math.min(s.start(), n))), b = fix(text, Math.max(0, Math.min(s.end(), n)));
            if (b > a) spans.add(new Span(a, b, s.kind(), s.note()));
        }
        List<int[]> blocks = paragraphs ? blocks(text) : List.of(new int[] {0, n});
        TreeSet<Integer> points = new TreeSet<>();
        for (int[] b : blocks) {
            points.add(b[0]);
            points.add(b[1]);
        }
        for (Span s : spans) {
            points.add(s.start());
            points.add(s.end());
        }
        Integer[] byStart = order(spans, Comparator.comparingInt(i -> spans.get(i).start()));
        Integer[] byEnd = order(spans, Comparator.comparingInt(i -> spans.get(i).end()));
        Set<Integer> active = new TreeSet<>();
        StringBuilder out = new StringBuilder(n + n / 4 + 64);
        int si = 0, ei = 0, block = 0;
        boolean inBlock = false;
        Integer prev = null;
        for (int p : points) {
            if (prev != null && prev < p) segment(out, text, prev, p, spans, active, inBlock);
            while (ei < byEnd.length && spans.get(byEnd[ei]).end() <= p) active.remove(byEnd[ei++]);
            while (si < byStart.length && spans.get(byStart[si]).start() <= p) {
                if (spans.get(byStart[si]).end() > p) active.add(byStart[si]);
                si++;
            }
            if (inBlock && p == blocks.get(block)[1]) {
                if (paragraphs) out.append("</p>");
                inBlock = false;
                block++;
            }
            if (!inBlock && block < blocks.size() && p == blocks.get(block)[0] && blocks.get(block)[1] > p) {
                if (paragraphs) out.append("<p>");
                inBlock = true;
            }
            prev = p;
        }
        if (inBlock && paragraphs) out.append("</p>");
        return new Rendered(out.toString());
    }

    private static Integer[] order(List<Span> spans, Comparator<Integer> c) {
        Integer[] idx = new Integer[spans.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, c);
        return idx;
    }

    private static void segment(StringBuilder out, String text, int from, int to, List<Span> spans, Set<Integer> active,
                                boolean inBlock) {
        if (!inBlock) return; // blank lines between paragraphs
        boolean marked = !active.isEmpty();
        if (marked) {
            Set<String> kinds = new LinkedHashSet<>();
            Set<String> notes = new LinkedHashSet<>();
            for (int i : active) {
                kinds.add(spans.get(i).kind().css());
                if (spans.get(i).note() != null && !spans.get(i).note().isBlank()) notes.add(spans.get(i).note());
            }
            out.append("<mark class=\"hl ").append(String.join(" ", kinds)).append('"');
            if (!notes.isEmpty()) out.append(" title=\"").append(Html.escape(String.join(" · ", notes))).append('"');
            out.append('>');
        }
        String piece = Html.escape(text.substring(from, to));
        out.append(piece.indexOf('\n') < 0 ? piece : piece.replace("\r", "").replace("\n", "<br>"));
        if (marked) out.append("</mark>");
    }

    /** Blocks of text between runs of line breaks holding two or more {@code \n}. */
    private static List<int[]> blocks(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length(), start = 0, i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                i++;
                continue;
            }
            int j = i, breaks = 0;
            for (; j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r'); j++) if (text.charAt(j) == '\n') breaks++;
            if (breaks >= 2) {
                if (i > start) out.add(new int[] {start, i});
                start = j;
            }
            i = j;
        }
        if (n > start) out.add(new int[] {start, n});
        return out;
    }

    /** Moves an offset that falls inside a surrogate pair to before it. */
    private static int fix(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
    }
}
