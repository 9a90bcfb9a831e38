package io.storyline.eval;

import java.util.Locale;

/**
 * Confusion counts and the scores the upstream evaluations derive from them: precision
 * TP/(TP+FP), recall TP/(TP+FN), accuracy (TP+TN)/N and F = 2TP/(2TP+FP+FN).
 */
public record Counts(long tp, long fp, long fn, long tn) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double accuracy() {
        long n = tp + fp + fn + tn;
        return n == 0 ? 0 : (double) (tp + tn) / n;
    }

    public double f1() {
        long d = 2 * tp + fp + fn;
        return d == 0 ? 0 : 2.0 * tp / d;
    }

    /** One Markdown table row: name, precision, recall, accuracy, F-score. */
    public String row(String name, String extra) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%s", name, precision(), recall(),
                accuracy(), f1(), extra == null ? "" : " " + extra + " |");
    }
}
