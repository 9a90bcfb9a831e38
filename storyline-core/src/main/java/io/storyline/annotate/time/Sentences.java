package io.storyline.annotate.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Light sentence boundaries over {@link Tokens}, enough to scope tense and narrative time: a
 * sentence ends at a paragraph or line break, or at {@code . ! ?} before a capital, a quote or a
 * digit, unless the full stop closes an abbreviation ("Feb.", "Mr.", "U.S.", "p.m."). Private to
 * this package; when a shared {@link io.storyline.annotate.text.TextAnalysis} is at hand its
 * sentences are used instead.
 */
final class Sentences {
    /** Words whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
            "sgt", "capt", "sen", "rep", "gov", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "adm", "maj", "pres", "rev", "est", "approx", "const",
            "cst", "det", "insp", "supt");

    /** Sentence number of each token. */
    final int[] of;
    /** First token of each sentence, plus the token count at the end. */
    final int[] starts;

    private Sentences(int[] of, int[] starts) {
        this.of = of;
        this.starts = starts;
    }

    static Sentences of(Tokens t) {
        int[] of = new int[t.size];
        int[] starts = new int[16];
        int n = 0;
        if (t.size > 0) starts[n++] = 0;
        for (int i = 1; i < t.size; i++) {
            if (boundaryBefore(t, i)) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i;
            }
            of[i] = n - 1;
        }
        if (n == starts.length) starts = Arrays.copyOf(starts, n + 1);
        starts[n++] = t.size;
        return new Sentences(of, Arrays.copyOf(starts, n));
    }

    /**
     * The sentences a shared analysis found, mapped onto these tokens: a token belongs to the
     * sentence in which it starts; a line break still ends a sentence here.
     */
    static Sentences of(Tokens t, io.storyline.annotate.text.TextAnalysis analysis) {
        int n = analysis.sentenceCount();
        int[] charStarts = new int[n];
        for (int s = 0; s < n; s++) {
            charStarts[s] = analysis.sentenceStart(s) < analysis.tokenCount() ? analysis.start(analysis.sentenceStart(s))
                    : analysis.text().length();
        }
        int[] of = new int[t.size];
        int[] starts = new int[16];
        int count = 0, next = 1;
        if (t.size > 0) starts[count++] = 0;
        for (int i = 1; i < t.size; i++) {
            boolean boundary = false;
            while (next < n && charStarts[next] <= t.start[i]) {
                next++;
                boundary = true;
            }
            if (boundary || t.newlineBefore(i)) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i;
            }
            of[i] = count - 1;
        }
        if (count == starts.length) starts = Arrays.copyOf(starts, count + 1);
        starts[count++] = t.size;
        return new Sentences(of, Arrays.copyOf(starts, count));
    }

    int count() {
        return starts.length - 1;
    }

    int start(int sentence) {
        return starts[sentence];
    }

    /** End token (exclusive). */
    int end(int sentence) {
        return starts[sentence + 1];
    }

    private static boolean boundaryBefore(Tokens t, int i) {
        if (t.newlineBefore(i)) return true;
        int p = i - 1;
        // closing quotes and brackets after the stop belong to the sentence that ends
        if (t.kind[p] == Tokens.PUNCT && isCloser(t.text.charAt(t.start[p])) && p > 0 && t.kind[p - 1] == Tokens.PUNCT
                && isStop(t.text.charAt(t.start[p - 1]))) {
            p--;
        }
        if (t.kind[p] != Tokens.PUNCT) return false;
        char c = t.text.charAt(t.start[p]);
        if (!isStop(c)) return false;
        if (!t.isWord(i) && t.kind[i] != Tokens.NUM && !isOpener(t.text.charAt(t.start[i]))) return false;
        if (t.isWord(i) && !Character.isUpperCase(t.text.charAt(t.start[i]))) return false;
        if (c == '.' && p > 0 && t.isWord(p - 1) && t.attached(p)) {
            int len = t.end[p - 1] - t.start[p - 1];
            if (len == 1 && t.cap(p - 1)) return false; // initials, U.S.
            if (len == 1 && (t.is(p - 1, "m") && t.isPunct(p - 2, '.') || t.attached(p - 1) && t.isNum(p - 2))) {
                // "3 p.m. Tuesday" goes on; "3 p.m. The ..." ends; "1970s. Last" ends
                Lexicon.Word next = t.word(i);
                if (t.is(p - 1, "m") && next != null && (next.weekday() > 0 || next.month() > 0 || next.zone() != null)) return false;
            }
            if (ABBREVIATIONS.contains(t.str(p - 1).toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '\u201c' || c == '\u2018' || c == '[';
    }
}
