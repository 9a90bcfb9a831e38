package io.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Readability-style scoring: every clean paragraph votes for its ancestors (its parent fully,
 * its grandparent half, higher ones less) by its length and its commas; ancestors start from a
 * weight by tag and by class/id; each score is discounted by the link density of the subtree.
 * The best-scored block, with the siblings that score close to it, is the body.
 */
final class DensityScorer {
    /** How far up a paragraph votes. */
    private static final int LEVELS = 5;
    /** Commas of the scripts in the development set (Latin, CJK, Arabic). */
    private static final String COMMAS = ",，、،";

    private DensityScorer() {
    }

    /** The blocks of the body, in document order; empty when nothing scored. */
    static List<Integer> body(PageMap m, MainContentOptions o) {
        double[] score = scores(m, o);
        int top = -1;
        for (int i = 0; i < m.size; i++) {
            if (score[i] != 0 && (top < 0 || score[i] > score[top])) top = i;
        }
        List<Integer> out = new ArrayList<>();
        if (top < 0 || score[top] <= 0) return out;
        int parent = m.parent[top];
        if (parent < 0) {
            out.add(top);
            return out;
        }
        double threshold = Math.max(10, score[top] * 0.2);
        String topClass = m.elements[top].className();
        for (int c = parent + 1; c <= m.end[parent]; c = m.end[c] + 1) {
            if (c == top) {
                out.add(c);
                continue;
            }
            if (m.marked[c] >= 0 || m.cleanChars[c] == 0) continue;
            double bonus = !topClass.isEmpty() && topClass.equals(m.elements[c].className()) ? score[top] * 0.2 : 0;
            if (score[c] != 0 && score[c] + bonus >= threshold) {
                out.add(c);
                continue;
            }
            TagKind k = m.kinds[c];
            if (k == TagKind.PARAGRAPH || k == TagKind.BLOCK) {
                int len = m.cleanChars[c];
                double ld = m.linkDensity(c);
                if (len > 80 && ld < 0.25) out.add(c);
                else if (len > 0 && len <= 80 && ld == 0 && endsSentence(m, c)) out.add(c);
            }
        }
        return out;
    }

    private static boolean endsSentence(PageMap m, int elem) {
        for (int s = m.segTo[elem] - 1; s >= m.segFrom[elem]; s--) {
            Segment seg = m.segments.get(s);
            if (m.clean(seg)) {
                String t = seg.text();
                char last = t.charAt(t.length() - 1);
                return last == '.' || last == '。' || last == '!' || last == '?';
            }
        }
        return false;
    }

    static double[] scores(PageMap m, MainContentOptions o) {
        double[] score = new double[m.size];
        boolean[] init = new boolean[m.size];
        for (Segment s : m.segments) {
            if (!m.clean(s) || s.length() < o.minScoredChars() || Segment.HEADING.equals(s.kind())) continue;
            double vote = 1 + commas(s.text()) + Math.min(s.length() / 100, 3);
            int a = m.parent[s.elem()];
            // loose text in a div (or a layout cell) that also holds blocks or other runs of text
            // is a paragraph of that div
            TagKind k = m.kinds[s.elem()];
            if ((k == TagKind.BLOCK || k == TagKind.CELL) && (m.end[s.elem()] > s.elem() || m.ownSegments[s.elem()] > 1)) {
                a = s.elem();
            }
            for (int level = 0; a >= 0 && level < LEVELS; level++, a = m.parent[a]) {
                if (!init[a]) {
                    init[a] = true;
                    score[a] += initial(m, a);
                }
                score[a] += vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        for (int i = 0; i < m.size; i++) {
            if (init[i]) score[i] *= 1 - m.linkDensity(i);
            if (m.marked[i] >= 0) score[i] = 0;
        }
        return score;
    }

    private static double initial(PageMap m, int elem) {
        double w = switch (m.tag(elem)) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String cls = m.elements[elem].className(), id = m.elements[elem].id();
        if (!cls.isEmpty()) {
            if (Cues.NEGATIVE.first(cls) >= 0) w -= 25;
            if (Cues.POSITIVE.first(cls) >= 0) w += 25;
        }
        if (!id.isEmpty()) {
            if (Cues.NEGATIVE.first(id) >= 0) w -= 25;
            if (Cues.POSITIVE.first(id) >= 0) w += 25;
        }
        return w;
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (COMMAS.indexOf(t.charAt(i)) >= 0) n++;
        }
        return n;
    }
}
