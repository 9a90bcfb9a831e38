package io.storyline.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with highlighted ranges, parsed from what FTS5's {@code snippet()} and {@code highlight()}
 * return when given the private-use characters {@link #OPEN} and {@link #CLOSE} as markers. The
 * markers never reach a page: the plain text and the ranges are kept apart, and a page escapes the
 * text and adds its own tags. A marker character that was already in the stored text (hostile or
 * not) can only make a range wrong, never unbalanced: an open inside a range and a close outside
 * one are dropped, a range still open at the end is closed there.
 *
 * @param text  the text without markers
 * @param spans highlighted ranges of {@code text}, as {@code [start, end)} pairs in order
 */
public record Marked(String text, List<Span> spans) {
    /** Start of a highlighted range. */
    public static final String OPEN = "\uE000";
    /** End of a highlighted range. */
    public static final String CLOSE = "\uE001";

    /** A range of a text: UTF-16 offsets, end exclusive. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Marked {
        spans = List.copyOf(spans);
    }

    /** Text without highlights (marker characters in it are kept as they are). */
    public static Marked plain(String text) {
        return new Marked(text == null ? "" : text, List.of());
    }

    /** Parses marked text; null gives an empty text. */
    public static Marked parse(String marked) {
        if (marked == null) return new Marked("", List.of());
        StringBuilder sb = new StringBuilder(marked.length());
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN.charAt(0)) {
                if (open < 0) open = sb.length();
            } else if (c == CLOSE.charAt(0)) {
                if (open >= 0) {
                    if (sb.length() > open) spans.add(new Span(open, sb.length()));
                    open = -1;
                }
            } else {
                sb.append(c);
            }
        }
        if (open >= 0 && sb.length() > open) spans.add(new Span(open, sb.length()));
        return new Marked(sb.toString(), spans);
    }
}
