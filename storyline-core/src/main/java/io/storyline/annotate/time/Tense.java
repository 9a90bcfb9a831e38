package io.storyline.annotate.time;

import io.storyline.annotate.time.Lexicon.Cue;

/**
 * The tense around an expression. First its own clause, between the commas, semicolons, colons or
 * dashes around it: the nearest cue before it ("will hold ... Feb. 27", "said Tuesday"), else the
 * nearest after it ("Wednesday is forecast to be colder"); a clause in the present with no cue
 * ("Her last day is April 1") has none. Else the sentence: the nearest cue before the expression,
 * then after it ("On Monday, CNN reported"), within a small window. Cues are auxiliaries and words
 * of plan or expectation for the future, past-tense forms for the past (see {@link Lexicon}).
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
        int at = t.start[i];
        if ((c == ':' || c == ',') && at > 0 && at + 1 < t.text.length() && Character.isDigit(t.text.charAt(at - 1))
                && Character.isDigit(t.text.charAt(at + 1))) {
            return false; // "21:00", "1,000"
        }
        return c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013';
    }

    /** The present of "be": a clause holding one and no cue is in the present ("Her last day is April 1"). */
    private static final java.util.Set<String> PRESENT = java.util.Set.of("is", "are", "am");

    private static boolean present(Tokens t, int i) {
        return t.kind[i] == Tokens.WORD && PRESENT.contains(t.str(i).toLowerCase(java.util.Locale.ROOT));
    }

    static Cue around(Tokens t, Sentences s, int from, int to, int window) {
        int sentence = s.of[from];
        int lo = Math.max(s.start(sentence), from - window);
        int hi = Math.min(s.end(sentence), to + window);
        // the expression's own clause first, back to its boundary and on to the next one
        // ("…issued ahead of lows on Tuesday, and Wednesday is forecast to be colder")
        boolean present = false;
        boolean clauseSubordinate = false;
        for (int i = from - 1, far = Math.max(s.start(sentence), from - 3 * window); i >= far; i--) {
            if (t.kind[i] == Tokens.PUNCT && isClauseBoundary(t, i) || i < lo && (clauseSubordinate || subordinator(t, i))) break;
            Cue c = Lexicon.cue(t, i);
            if (c != null) return c;
            present |= present(t, i);
            clauseSubordinate |= subordinator(t, i);
        }
        for (int i = to; i < hi && !(t.kind[i] == Tokens.PUNCT && isClauseBoundary(t, i)); i++) {
            Cue c = Lexicon.cue(t, i);
            if (c != null) return c;
            present |= present(t, i);
        }
        if (present) return null; // a clause in the present points nowhere; a cue of another clause is not its own
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
        for (int i = to; i < hi; i++) {
            Cue c = Lexicon.cue(t, i);
            if (c != null) return c;
        }
        return null;
    }
}
