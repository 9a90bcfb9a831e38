package io.storyline.annotate.quote;

import io.storyline.model.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs the quote marks of a text, in one pass over its chars.
 *
 * <p>A mark's role comes from its neighbours: it may open when it follows a space, the start of a
 * line, an opening bracket or dash, or another mark, and is followed by something; it may close
 * when it follows a non-space and is followed by a space, punctuation, another mark or the end. A
 * mark between two letters or digits is an apostrophe ("don't", "O'Brien"). Each opener has its
 * closers ({@link #CLOSERS}): “ by ”, „ by “ or ” (German), « by », » by « (the reversed style), ‘ by
 * ’, and a straight mark by a straight one (curly closers accepted too: sloppy texts mix them).
 * A stack at most {@link QuoteOptions#maxDepth()} deep holds the open marks; a double closer may
 * close an outer opener over inner ones left open ("“He called it ‘nonsense,” Lee said").
 *
 * <p>Paragraphs (a blank line, or a line break not followed by a lower-case continuation) end
 * every open mark, except that the convention of quotes running over paragraphs is honoured: an
 * opener at the start of a paragraph, or after a colon or comma ("Harper told him: “These …"), left
 * open continues into the next paragraph when that one
 * starts with an opener too; the quote ends at its closer, or at the end of the last paragraph of
 * the run when none comes. Pairs nested inside another pair are dropped: only outermost quotes
 * come out. Each mark costs O(maxDepth): linear in the text.
 */
final class QuoteMarks {
    /** An outermost quote: the opening mark's offset, the closing mark's (or -1 when left open), and the text between. */
    record Span(int open, int close, int contentStart, int contentEnd, boolean paragraphStart) {
    }

    /** The closers each opener accepts. */
    private static final String[][] CLOSERS = {
            {"“", "”“\""}, {"‟", "”\""}, {"„", "“”\""}, {"\"", "\"”“"}, {"«", "»"}, {"»", "«"}, {"「", "」"}, {"『", "』"},
            {"‘", "’'"}, {"'", "'’"}, {"‚", "‘’"}, {"‛", "’'"}, {"‹", "›"}, {"›", "‹"},
    };

    private static final String SINGLE = "‘’'‚‛‹›";
    private static final String OPENING_PUNCT = "([{—–-/‐\u00A0";
    private static final String CLOSING_PUNCT = ".,;:!?)]}—–-/…";

    private QuoteMarks() {
    }

    static boolean isMark(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '„' || c == '‟' || c == '‚'
                || c == '‛' || c == '«' || c == '»' || c == '‹' || c == '›' || c == '「' || c == '」' || c == '『' || c == '』';
    }

    static boolean isSingle(char c) {
        return SINGLE.indexOf(c) >= 0;
    }

    private static String closers(char open) {
        for (String[] row : CLOSERS) if (row[0].charAt(0) == open) return row[1];
        return "";
    }

    private static boolean canOpen(char c) {
        return !closers(c).isEmpty();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2028' || c == '\u2029'
                || c == '\u3000' || c == '\u202F' || c == '\u2009' || c == '\u200B' || c == '\f';
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** The outermost quotes of {@code text}, in text order. */
    static List<Span> pair(String text, QuoteOptions options, Deadline deadline) {
        return new Scan(text, options, deadline).run();
    }

    private static final class Scan {
        final String text;
        final int n;
        final QuoteOptions options;
        final Deadline deadline;
        final int[] pos;
        final char[] kind;
        int depth;
        /** First non-space char of the current paragraph. */
        int paraStart;
        /** Paragraphs the bottom opener has run over so far (0: opened in this paragraph). */
        int continued;
        /** An opener at this offset continues the quote carried over: it is not pushed. */
        int skipOpener = -1;
        /** Closed pairs: open, close (-1 when left open), content end when left open. */
        int[] opens = new int[16], closes = new int[16], ends = new int[16];
        int pairs;

        Scan(String text, QuoteOptions options, Deadline deadline) {
            this.text = text;
            this.n = text.length();
            this.options = options;
            this.deadline = deadline;
            this.pos = new int[options.maxDepth()];
            this.kind = new char[options.maxDepth()];
        }

        List<Span> run() {
            paraStart = nextContent(0);
            for (int i = 0; i < n; i++) {
                if ((i & 0xFFFF) == 0) deadline.check();
                char c = text.charAt(i);
                if (lineBreak(c)) {
                    int j = i + 1;
                    if (c == '\r' && j < n && text.charAt(j) == '\n') j++;
                    int next = nextContent(j);
                    if (paragraphBreak(j, next)) endParagraph(i, next);
                    i = j - 1;
                    continue;
                }
                if (isMark(c)) mark(i, c);
            }
            endParagraph(n, n);
            return spans();
        }

        /** The first non-space char at or after {@code from} ({@code n} if none). */
        private int nextContent(int from) {
            int k = from;
            while (k < n && space(text.charAt(k))) k++;
            return k;
        }

        /** A blank line between, or a next line that does not continue in lower case. */
        private boolean paragraphBreak(int afterBreak, int next) {
            if (next >= n) return true;
            for (int k = afterBreak; k < next; k++) if (lineBreak(text.charAt(k))) return true;
            return !Character.isLowerCase(text.charAt(next));
        }

        private void mark(int p, char c) {
            char prev = p > 0 ? text.charAt(p - 1) : '\n';
            char next = p + 1 < n ? text.charAt(p + 1) : '\n';
            boolean single = isSingle(c);
            if ((c == '\'' || c == '’') && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) return;
            if (p == skipOpener) {
                skipOpener = -1;
                return;
            }
            boolean openShaped = (space(prev) || OPENING_PUNCT.indexOf(prev) >= 0 || isMark(prev))
                    && (!space(next) || c == '«' && p + 1 < n && !lineBreak(next)) // French style: « Nous …
                    && (!single || Character.isLetter(next) || isMark(next));
            boolean closeShaped = !space(prev) && p > paraStart
                    && (space(next) || CLOSING_PUNCT.indexOf(next) >= 0 || isMark(next));
            // close: the top opener, or (for a double mark) an outer one over inner openers left open
            int floor = single ? Math.max(0, depth - 1) : 0;
            for (int d = depth - 1; d >= floor; d--) {
                if (closers(kind[d]).indexOf(c) < 0) continue;
                boolean close;
                if (c == '"' && kind[d] == '"') close = closeShaped || !openShaped; // straight marks: nest only when clearly opening
                else if (kind[d] == '«' || kind[d] == '»') close = true; // French style spaces inside: « Nous … »
                else close = closeShaped || !openShaped && !canOpen(c);
                if (!close) break;
                add(pos[d], p, -1);
                depth = d;
                return;
            }
            if (openShaped && canOpen(c) && depth < pos.length) {
                pos[depth] = p;
                kind[depth] = c;
                if (depth == 0) continued = 0;
                depth++;
            }
        }

        /** The paragraph ending at {@code end} is over; the next one starts at {@code next}. */
        private void endParagraph(int end, int next) {
            if (depth > 0) {
                char k = kind[0];
                boolean atStart = continued > 0 || pos[0] == paraStart || introduced(pos[0]);
                if (atStart && !isSingle(k)) {
                    boolean goesOn = next < n && continued < options.maxContinuedParagraphs() && isMark(text.charAt(next))
                            && !isSingle(text.charAt(next)) && sameFamily(k, text.charAt(next));
                    if (goesOn) {
                        depth = 1;
                        continued++;
                        skipOpener = next;
                        paraStart = next;
                        return;
                    }
                    add(pos[0], -1, end);
                }
                depth = 0;
            }
            continued = 0;
            paraStart = next;
        }

        /** The opener at {@code p} follows a colon or a comma: an introduced quote ("Harper told him: “These were …"). */
        private boolean introduced(int p) {
            int k = p - 1;
            while (k >= paraStart && space(text.charAt(k)) && !lineBreak(text.charAt(k))) k--;
            return k >= paraStart && (text.charAt(k) == ':' || text.charAt(k) == ',');
        }

        private boolean sameFamily(char open, char next) {
            if (open == '«' || open == '»') return next == open;
            return next == '“' || next == '"' || next == '„' || next == '‟';
        }

        private void add(int open, int close, int end) {
            if (pairs == opens.length) {
                if (pairs >= 8 * options.maxQuotes() + 64) return; // hostile text: enough pairs seen
                opens = Arrays.copyOf(opens, pairs * 2);
                closes = Arrays.copyOf(closes, pairs * 2);
                ends = Arrays.copyOf(ends, pairs * 2);
            }
            opens[pairs] = open;
            closes[pairs] = close;
            ends[pairs] = end;
            pairs++;
        }

        /** The outermost pairs, trimmed, in text order. */
        private List<Span> spans() {
            Integer[] order = new Integer[pairs];
            for (int i = 0; i < pairs; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Integer.compare(opens[a], opens[b]));
            List<Span> out = new ArrayList<>();
            int outerEnd = -1;
            for (int idx : order) {
                int open = opens[idx];
                int close = closes[idx];
                int stop = close >= 0 ? close : ends[idx];
                if (open < outerEnd) continue; // nested in the last outermost pair
                outerEnd = stop;
                int s = open + 1, e = stop;
                while (s < e && space(text.charAt(s))) s++;
                while (e > s && space(text.charAt(e - 1))) e--;
                while (e > s && (text.charAt(e - 1) == ',' || text.charAt(e - 1) == ';' || text.charAt(e - 1) == ':')) e--;
                while (e > s && space(text.charAt(e - 1))) e--;
                if (e <= s) continue;
                int lineStart = open;
                while (lineStart > 0 && !lineBreak(text.charAt(lineStart - 1)) && space(text.charAt(lineStart - 1))) lineStart--;
                boolean paragraphStart = lineStart == 0 || lineBreak(text.charAt(lineStart - 1));
                out.add(new Span(open, close, s, e, paragraphStart));
                if (out.size() >= options.maxQuotes() * 4) break;
            }
            return out;
        }
    }
}
