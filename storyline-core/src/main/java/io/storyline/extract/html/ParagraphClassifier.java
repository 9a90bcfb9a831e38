package io.storyline.extract.html;

import io.storyline.model.Clutter;

/**
 * The last resort of the cascade, in the manner of jusText: every segment of the page is
 * classified on its own (long, sentence-like and not linked: good; linked: bad; short or middling:
 * undecided), then undecided segments take the class of their good neighbours. Uses no word lists,
 * so it works the same in every language.
 */
final class ParagraphClassifier {
    private static final int BAD = 0, SHORT = 1, NEAR = 2, GOOD = 3;
    /** Above this, a segment is long enough to be good on its own. */
    private static final int LONG = 200;
    /** Below this, a segment is too short to judge on its own. */
    private static final int SHORT_CHARS = 70;
    private static final double MAX_LINK_DENSITY = 0.2;

    private ParagraphClassifier() {
    }

    /** A verdict per segment: {@code null} to keep it, else why it is left out. */
    static Clutter[] classify(PageMap m, MainContentOptions o) {
        return classify(m, o, false);
    }

    /**
     * @param ignoreMarks judge prose alone, even inside regions whose class or id says clutter:
     *                    the very last resort, for pages whose markup names everything wrongly
     */
    static Clutter[] classify(PageMap m, MainContentOptions o, boolean ignoreMarks) {
        int n = m.segments.size();
        int[] cls = new int[n];
        for (int k = 0; k < n; k++) {
            Segment s = m.segments.get(k);
            Clutter mark = ignoreMarks ? null : m.markOf(s);
            if (mark != null && m.markStrength[m.marked[s.elem()]] == PageMap.HARD) cls[k] = BAD;
            else if (s.linkDensity() > MAX_LINK_DENSITY) cls[k] = BAD;
            else if (s.length() < SHORT_CHARS) cls[k] = SHORT;
            else if (s.length() >= LONG && mark == null) cls[k] = GOOD;
            else cls[k] = sentenceLike(s.text()) ? NEAR : BAD;
        }
        // undecided segments between good ones are good; near-good next to good is good
        int[] revised = cls.clone();
        for (int k = 0; k < n; k++) {
            if (cls[k] != SHORT && cls[k] != NEAR) continue;
            int prev = neighbour(cls, k, -1), next = neighbour(cls, k, 1);
            if (prev == GOOD && next == GOOD) revised[k] = GOOD;
            else if (cls[k] == NEAR && (prev == GOOD || next == GOOD)) revised[k] = GOOD;
            else if (cls[k] == SHORT && Segment.HEADING.equals(m.segments.get(k).kind()) && next == GOOD) {
                revised[k] = GOOD;
            } else revised[k] = BAD;
        }
        Clutter[] why = new Clutter[n];
        for (int k = 0; k < n; k++) {
            if (revised[k] == GOOD) continue;
            Segment s = m.segments.get(k);
            why[k] = m.markOf(s) != null ? m.reasonOf(s) : MainContentExtractor.outside(m, s);
        }
        return why;
    }

    /** The class of the nearest decided (good or bad) segment in a direction, or BAD at the ends. */
    private static int neighbour(int[] cls, int k, int step) {
        for (int i = k + step; i >= 0 && i < cls.length; i += step) {
            if (cls[i] == GOOD || cls[i] == BAD) return cls[i];
        }
        return BAD;
    }

    private static boolean sentenceLike(String t) {
        int punct = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == ',' || c == '!' || c == '?' || c == '。' || c == '，' || c == '、' || c == '،') punct++;
        }
        return punct >= 1;
    }
}
