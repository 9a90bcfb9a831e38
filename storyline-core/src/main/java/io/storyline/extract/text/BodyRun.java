package io.storyline.extract.text;

import java.util.List;

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

    boolean contains(int i) {
        return i >= start && i <= end;
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
                if (next.local == io.storyline.model.Clutter.METADATA || next.local == io.storyline.model.Clutter.BYLINE) dated++;
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
}
