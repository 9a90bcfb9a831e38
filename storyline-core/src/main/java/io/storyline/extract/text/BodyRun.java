package io.storyline.extract.text;

import io.storyline.model.Clutter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The main run of an article: the contiguous stretch of units with the greatest total weight,
 * where prose weighs its length and furniture weighs against (Kadane's maximum subarray, one
 * pass). Small furniture inside an article (a related link, a caption) costs less than the prose
 * around it, so it does not split the body; section headers such as "TRENDING" cost more than any
 * paragraph, so teasers after them stay out.
 *
 * @param start first unit of the run
 * @param end   last unit of the run (inclusive); {@code end < start} when there is none
 * @param prose characters of prose in the run
 */
record BodyRun(int start, int end, int prose) {
    static final BodyRun NONE = new BodyRun(0, -1, 0);

    boolean empty() {
        return end < start;
    }

    static int weight(Unit u, TextCaptureOptions o) {
        if (u.boundary) return o.boundaryWeight();
        if (u.local != null) return o.weightOf(u.local);
        if (u.echoOf >= 0) return o.echoWeight();
        return switch (u.shape) {
            case PROSE -> u.truncated ? -u.text.length() / 2 : u.text.length();
            case SHORT_PROSE -> u.truncated ? o.lineWeight() : o.shortProseWeight();
            case LINE -> o.lineWeight();
            case FRAGMENT -> o.defaultClutterWeight();
        };
    }

    static BodyRun find(List<Unit> units, TextCaptureOptions o) {
        long best = 0, sum = 0;
        int bestStart = 0, bestEnd = -1, start = 0;
        for (int i = 0; i < units.size(); i++) {
            int w = weight(units.get(i), o);
            if (sum <= 0) {
                sum = w;
                start = i;
            } else {
                sum += w;
            }
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestEnd < bestStart) return NONE;
        int prose = 0;
        for (int i = bestStart; i <= bestEnd; i++) {
            Unit u = units.get(i);
            if (u.local == null && u.echoOf < 0 && u.shape == Unit.Shape.PROSE && !u.truncated) prose += u.text.length();
        }
        return new BodyRun(bestStart, bestEnd, prose);
    }

    /** Headline-and-blurb items that make a region a list. */
    static final int LIST_ITEMS = 3;

    /**
     * Whether the run is part of a list of blurbs (an index or topic page) rather than an
     * article: none of its paragraphs has a paragraph beside it; the region around it, up to the
     * nearest section headers, holds at least {@link #LIST_ITEMS} headline-and-blurb items; and
     * the items look like teasers: a blurb is cut off, or two or more carry a date or byline line.
     * A question-and-answer explainer has headings over single paragraphs too, but neither cut-off
     * blurbs nor per-paragraph dates.
     */
    static boolean oneOfAList(List<Unit> units, BodyRun run) {
        if (run.empty()) return false;
        for (int i = run.start(); i <= run.end(); i++) {
            if (blurb(units, i) && (blurb(units, i - 1) || blurb(units, i + 1))) return false;
        }
        int from = run.start(), to = run.end();
        while (from > 0 && !units.get(from - 1).boundary) from--;
        while (to + 1 < units.size() && !units.get(to + 1).boundary) to++;
        int items = 0, dated = 0;
        boolean cut = false;
        for (int k = from; k <= to; k++) {
            if (!blurb(units, k) || blurb(units, k - 1) || blurb(units, k + 1) || !headline(units, k - 1)) continue;
            items++;
            if (units.get(k).truncated) cut = true;
            if (k + 1 < units.size()) {
                Unit next = units.get(k + 1);
                if (next.local == Clutter.METADATA || next.local == Clutter.BYLINE) dated++;
            }
        }
        return items >= LIST_ITEMS && (cut || dated >= 2);
    }

    private static boolean blurb(List<Unit> units, int i) {
        if (i < 0 || i >= units.size()) return false;
        Unit u = units.get(i);
        return u.local == null && u.echoOf < 0 && u.shape == Unit.Shape.PROSE;
    }

    private static boolean headline(List<Unit> units, int i) {
        if (i < 0 || i >= units.size()) return false;
        Unit u = units.get(i);
        return u.local == null && (u.shape == Unit.Shape.LINE || u.shape == Unit.Shape.SHORT_PROSE) && u.words >= 3;
    }

    /** Most units of furniture a body may be split by (an inline "Most read" box, a gallery). */
    static final int MAX_GAP = 15;
    /** Joins tried on each side of the main run (each one scans the rest of the capture once). */
    static final int MAX_JOINS = 4;
    /** Share of a separated run's longer words that must occur in the main run for the two to join. */
    static final double JOIN_OVERLAP = 0.15;
    /** Words shorter than this are left out of the overlap (mostly function words). */
    static final int CONTENT_WORD = 5;
    /** A separated run needs this much prose to join. */
    static final int MIN_JOIN_PROSE = 250;

    /**
     * Joins the runs of prose that furniture split from the main run: an article with a "Most
     * read" box or a gallery in its middle. A neighbouring run joins when nothing but furniture,
     * headline-like lines and cut-off blurbs lies between (at most {@link #MAX_GAP} units), it has
     * two paragraphs side by side, and it shares its vocabulary with the main run (teasers of
     * other stories do not).
     */
    static BodyRun join(List<Unit> units, BodyRun run, TextCaptureOptions o) {
        if (run.empty()) return run;
        Set<Long> vocabulary = vocabulary(units, run.start(), run.end());
        int start = run.start(), end = run.end(), prose = run.prose();
        for (int joins = 0; joins < MAX_JOINS; joins++) {
            BodyRun next = neighbour(units, end + 1, units.size(), o);
            if (next == null || !joinable(units, next, vocabulary)) break;
            end = next.end();
            prose += next.prose();
        }
        for (int joins = 0; joins < MAX_JOINS; joins++) {
            BodyRun before = neighbourBefore(units, start - 1, o);
            if (before == null || !joinable(units, before, vocabulary)) break;
            start = before.start();
            prose += before.prose();
        }
        return new BodyRun(start, end, prose);
    }

    /** The heaviest run starting after a gap of furniture that begins at {@code from}, or null. */
    private static BodyRun neighbour(List<Unit> units, int from, int limit, TextCaptureOptions o) {
        int k = from;
        while (k < limit && k - from <= MAX_GAP && !plainProse(units.get(k))) {
            if (endsArticles(units.get(k))) return null;
            k++;
        }
        if (k >= limit || k - from > MAX_GAP) return null;
        BodyRun r = find(units.subList(k, limit), o);
        return r.empty() ? null : new BodyRun(k + r.start(), k + r.end(), r.prose());
    }

    private static BodyRun neighbourBefore(List<Unit> units, int from, TextCaptureOptions o) {
        int k = from;
        while (k >= 0 && from - k <= MAX_GAP && !plainProse(units.get(k))) {
            if (endsArticles(units.get(k))) return null;
            k--;
        }
        if (k < 0 || from - k > MAX_GAP) return null;
        // the heaviest run ending at k
        long sum = 0, best = Long.MIN_VALUE;
        int bestStart = k;
        for (int i = k; i >= 0 && k - i <= 200; i--) {
            sum += weight(units.get(i), o);
            if (sum > best) {
                best = sum;
                bestStart = i;
            }
        }
        int prose = 0;
        for (int i = bestStart; i <= k; i++) if (plainProse(units.get(i))) prose += units.get(i).text.length();
        return best <= 0 ? null : new BodyRun(bestStart, k, prose);
    }

    private static boolean joinable(List<Unit> units, BodyRun r, Set<Long> vocabulary) {
        boolean sideBySide = false;
        for (int i = r.start(); i < r.end(); i++) {
            if (plainProse(units.get(i)) && plainProse(units.get(i + 1))) sideBySide = true;
        }
        if (!sideBySide || r.prose() < MIN_JOIN_PROSE) return false;
        long[] words = contentWords(units, r.start(), r.end());
        if (words.length == 0) return false;
        int shared = 0;
        for (long w : words) if (vocabulary.contains(w)) shared++;
        return shared >= JOIN_OVERLAP * words.length;
    }

    private static Set<Long> vocabulary(List<Unit> units, int from, int to) {
        Set<Long> set = new HashSet<>();
        for (long w : contentWords(units, from, to)) set.add(w);
        return set;
    }

    /** Hashes of the distinct longer words of the plain prose in a range. */
    private static long[] contentWords(List<Unit> units, int from, int to) {
        Set<Long> set = new LinkedHashSet<>();
        for (int i = from; i <= to; i++) {
            Unit u = units.get(i);
            if (!plainProse(u)) continue;
            for (String t : Shapes.tokens(u.text)) {
                String w = t.endsWith("'s") ? t.substring(0, t.length() - 2) : t; // Kaldor's is Kaldor
                if (w.length() >= CONTENT_WORD) set.add((long) w.hashCode());
            }
        }
        return set.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Furniture that closes an article rather than interrupting it: footers, comments, bylines and
     * sign-offs, feed notes. A body is not joined across them.
     */
    private static boolean endsArticles(Unit u) {
        return u.local == Clutter.FOOTER || u.local == Clutter.COMMENTS
                || u.local == Clutter.BYLINE || u.local == Clutter.BOILERPLATE;
    }

    /** Prose that no rule claimed, not repeated and not cut off. */
    private static boolean plainProse(Unit u) {
        return u.local == null && u.echoOf < 0 && u.shape == Unit.Shape.PROSE && !u.truncated;
    }
}
