package io.storyline.extract.text;

import io.storyline.model.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a capture into units: one per non-blank line, or, when the capture is hard-wrapped at a
 * fixed width (lynx and e-mail dumps), one per wrapped paragraph. Handles {@code \r\n}, {@code \r}
 * and {@code \n} line ends, tabs, non-breaking and zero-width spaces and leading bullets; unit
 * text is whitespace-normalised while source offsets stay those of the decoded capture. One
 * linear pass plus one over the line lengths.
 */
final class Segmenter {
    /** Marks that open a list item; stripped from the unit text. */
    private static final String BULLETS = "•·▪◦‣●■□►▶▸-*–+>";

    private Segmenter() {
    }

    /**
     * A raw line: source range of its non-blank content (start == end for a blank line), its
     * length, and the column its content ends at (indentation included).
     */
    private record Line(int start, int end, int length, int col) {
        boolean blank() {
            return start == end;
        }
    }

    static List<Unit> split(String s, TextCaptureOptions options, Deadline deadline) {
        List<Line> lines = lines(s, deadline);
        int width = wrapWidth(lines, options);
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if ((i & 1023) == 0) deadline.check();
            Line first = lines.get(i);
            if (first.blank()) {
                i++;
                continue;
            }
            int last = i;
            if (width > 0) {
                // join the lines of a wrapped paragraph: a line ends early only where the paragraph ends
                while (last + 1 < lines.size() && !lines.get(last + 1).blank()
                        && wrapped(s, lines.get(last), lines.get(last + 1), width)) {
                    last++;
                }
            }
            Unit u = unit(s, units.size(), first.start(), lines.get(last).end());
            if (last == i) u.fields = fields(s, first.start(), first.end());
            units.add(u);
            i = last + 1;
        }
        return units;
    }

    private static List<Line> lines(String s, Deadline deadline) {
        List<Line> out = new ArrayList<>();
        int pos = 0, n = s.length();
        while (pos <= n) {
            if ((out.size() & 4095) == 0) deadline.check();
            int e = pos;
            while (e < n && s.charAt(e) != '\n' && s.charAt(e) != '\r') e++;
            int a = pos, b = e;
            while (a < b && blank(s.charAt(a))) a++;
            while (b > a && blank(s.charAt(b - 1))) b--;
            out.add(a == b ? new Line(pos, pos, 0, 0) : new Line(a, b, b - a, b - pos));
            if (e >= n) break;
            pos = e + (s.charAt(e) == '\r' && e + 1 < n && s.charAt(e + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    /**
     * The width a hard-wrapped capture is wrapped at, or 0 when it is not wrapped: many lines end
     * within a few columns of the same width, and that width is narrow.
     */
    private static int wrapWidth(List<Line> lines, TextCaptureOptions o) {
        int[] lengths = lines.stream().filter(l -> !l.blank()).mapToInt(Line::col).toArray();
        if (lengths.length < o.wrapMinLines()) return 0;
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int width = sorted[(int) Math.floor(sorted.length * 0.9)];
        if (width < o.wrapMinWidth() || width > o.wrapMaxWidth()) return 0;
        int near = 0;
        for (int len : lengths) if (len <= width && len >= width - o.wrapSlack()) near++;
        int over = 0;
        for (int len : lengths) if (len > width + o.wrapSlack()) over++;
        return near >= lengths.length * o.wrapNearShare() && over <= lengths.length * 0.05 ? width : 0;
    }

    /** Whether line {@code a} was broken by the wrapper: the next line's first word would not fit. */
    private static boolean wrapped(String s, Line a, Line b, int width) {
        int firstWord = 0;
        while (b.start() + firstWord < b.end() && !Character.isWhitespace(s.charAt(b.start() + firstWord))) firstWord++;
        return a.col() + 1 + firstWord > width && a.length() >= width / 2;
    }

    private static Unit unit(String s, int index, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        boolean space = false;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (zeroWidth(c)) continue;
            if (blank(c) || c == '\n' || c == '\r') {
                space = sb.length() > 0;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            sb.append(c);
        }
        String text = sb.toString();
        boolean bulleted = false;
        if (text.length() >= 2 && BULLETS.indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ') {
            bulleted = true;
            text = text.substring(2);
        } else if (text.length() >= 2 && "•·▪◦‣●■►▶▸".indexOf(text.charAt(0)) >= 0) {
            bulleted = true;
            text = text.substring(1).strip();
        }
        return Shapes.unit(index, text, start, end, bulleted);
    }

    /** Fields of a line separated by tabs or runs of three or more spaces (menus printed in a row). */
    private static int fields(String s, int start, int end) {
        int fields = 1;
        int k = start;
        while (k < end) {
            if (!blank(s.charAt(k))) {
                k++;
                continue;
            }
            int g = k;
            boolean tab = false;
            while (g < end && blank(s.charAt(g))) tab |= s.charAt(g++) == '\t';
            if (tab || g - k >= 3) fields++;
            k = g;
        }
        return fields;
    }

    /** Whether a line holds only blank characters. */
    static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) if (!blank(line.charAt(i))) return false;
        return true;
    }

    static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || c == '\f' || c == '\u000B' || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || zeroWidth(c);
    }

    private static boolean zeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060' || c == '\u00AD';
    }
}
