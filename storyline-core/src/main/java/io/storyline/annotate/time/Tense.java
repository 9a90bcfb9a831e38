package io.storyline.annotate.time;

import io.storyline.annotate.time.Lexicon.Cue;

/**
 * The tense around an expression: the nearest tense cue before it in its sentence ("will hold
 * ... Feb. 27", "said Tuesday"), else the nearest after it ("On Monday, CNN reported"), within a
 * small window, else none. Cues are auxiliaries and words of plan or expectation for the future,
 * past-tense forms for the past (see {@link Lexicon}).
 */
final class Tense {
    private Tense() {
    }

    /** Words that open a subordinate clause: a cue further back belongs to another clause ("returns to action … after securing … on Tuesday"). */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "before", "because", "although",
            "though", "while", "whereas", "unless", "since", "when", "whose");

    private static boolean subordinator(Tokens t, int i) {
        return t.kind[i] == Tokens.WORD && SUBORDINATORS.contains(t.str(i).toLowerCase(java.util.Locale.ROOT));
    }

    /** A comma, semicolon, colon or dash: the end of the clause an expression sits in. */
    private static boolean isClauseBoundary(Tokens t, int i) {
        char c = t.text.charAt(t.start[i]);
        return c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013';
    }

    static Cue around(Tokens t, Sentences s, int from, int to, int window) {
        int sentence = s.of[from];
        int lo = Math.max(s.start(sentence), from - window);
        boolean subordinate = false;
        for (int i = from - 1; i >= lo; i--) {
            Cue c = Lexicon.cue(t, i);
            if (c != null) return c;
            subordinate |= subordinator(t, i);
        }
        // a long clause ("will hold their first talks in six years in the city of X in November"):
        // its auxiliary further back, as long as no clause boundary lies between
        for (int i = lo - 1, limit = Math.max(s.start(sentence), from - 3 * window); i >= limit && !subordinate; i--) {
            if (t.kind[i] == Tokens.PUNCT && isClauseBoundary(t, i) || subordinator(t, i)) break;
            Cue c = Lexicon.cue(t, i);
            if (c != null) return c;
        }
        int hi = Math.min(s.end(sentence), to + window);
        for (int i = to; i < hi; i++) {
            Cue c = Lexicon.cue(t, i);
            if (c != null) return c;
        }
        return null;
    }
}
