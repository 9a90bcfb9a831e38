package io.storyline.extract.text;

import io.storyline.model.Clutter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Thresholds of the text-capture extractor, in one place.
 *
 * @param wrapMinLines    a capture needs this many non-blank lines to be tested for hard wrapping
 * @param wrapMinWidth    narrowest wrap width recognised
 * @param wrapMaxWidth    widest wrap width recognised
 * @param wrapSlack       a line within this many columns of the width counts as full
 * @param wrapNearShare   share of lines that must be full for the capture to count as wrapped
 * @param echoCoverage    share of a unit's word 4-grams found elsewhere that makes it a repeat
 * @param minBodyChars    a main run with fewer characters of prose is no article
 * @param lineWeight      weight of a headline-like line of unknown class in the main-run search
 * @param shortProseWeight weight of a short sentence ("He declined to comment.")
 * @param echoWeight      weight of a repeated unit (pull quote, summary)
 * @param boundaryWeight  weight of a section header that closes an article ("TRENDING")
 * @param clutterWeights  weight of each furniture class; absent classes weigh
 *                        {@code defaultClutterWeight}
 * @param defaultClutterWeight weight of furniture classes not in the table
 */
public record TextCaptureOptions(int wrapMinLines, int wrapMinWidth, int wrapMaxWidth, int wrapSlack,
                                 double wrapNearShare, double echoCoverage, int minBodyChars, int lineWeight,
                                 int shortProseWeight, int echoWeight, int boundaryWeight,
                                 Map<Clutter, Integer> clutterWeights, int defaultClutterWeight) {

    /**
     * The defaults, set on the captures in {@code examples/} and {@code ../shared/examples} and
     * checked on captures made from pages of {@code extraction-dev} ({@code TextCaptureDevEval}).
     */
    public static final TextCaptureOptions DEFAULTS = new TextCaptureOptions(12, 40, 110, 12, 0.3, 0.8, 120, -25,
            10, -10, -400, defaultClutterWeights(), -60);

    public TextCaptureOptions {
        Objects.requireNonNull(clutterWeights, "clutterWeights");
        if (wrapMinWidth <= 0 || wrapMaxWidth < wrapMinWidth) throw new IllegalArgumentException("bad wrap widths");
        if (echoCoverage <= 0 || echoCoverage > 1) throw new IllegalArgumentException("echoCoverage in (0,1]");
        if (boundaryWeight > 0 || lineWeight > 0 || echoWeight > 0 || defaultClutterWeight > 0)
            throw new IllegalArgumentException("furniture weights must not be positive");
        clutterWeights = Map.copyOf(clutterWeights);
    }

    /**
     * Furniture found inside articles (related links, captions, ad slots) weighs little, so that it
     * does not split a body; furniture that ends pages (footers, comments) weighs a lot.
     */
    private static Map<Clutter, Integer> defaultClutterWeights() {
        Map<Clutter, Integer> m = new EnumMap<>(Clutter.class);
        m.put(Clutter.RELATED, -25);
        m.put(Clutter.CAPTION, -30);
        m.put(Clutter.ADVERTISEMENT, -20);
        m.put(Clutter.TEMPLATE, -30);
        m.put(Clutter.SUBSCRIPTION, -60);
        m.put(Clutter.SHARE, -40);
        m.put(Clutter.NAVIGATION, -60);
        m.put(Clutter.COMMENTS, -150);
        m.put(Clutter.FOOTER, -150);
        m.put(Clutter.BYLINE, -80);
        m.put(Clutter.METADATA, -80);
        m.put(Clutter.BOILERPLATE, -120);
        return m;
    }

    int weightOf(Clutter c) {
        return clutterWeights.getOrDefault(c, defaultClutterWeight);
    }
}
