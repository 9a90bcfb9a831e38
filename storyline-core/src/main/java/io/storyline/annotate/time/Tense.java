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

    static Cue around(Tokens t, Sentences s, int from, int to, int window) {
        int sentence = s.of[from];
        int lo = Math.max(s.start(sentence), from - window);
        for (int i = from - 1; i >= lo; i--) {
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
