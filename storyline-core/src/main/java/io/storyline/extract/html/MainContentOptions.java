package io.storyline.extract.html;

/**
 * Thresholds of the main-text cascade. Defaults ({@link #DEFAULT}) were tuned on one half of the
 * extraction development set and checked on the other half.
 *
 * @param minBodyChars       a body shorter than this (in characters) is "too short": the next
 *                           step of the cascade is tried
 * @param minContainerChars  a container found by its class/id must hold at least this much clean
 *                           text to be trusted
 * @param dominantShare      a class/id clutter cue is ignored on an element holding at least this
 *                           share of the page's text (a page is not mostly clutter)
 * @param minScoredChars     paragraphs shorter than this do not vote in the density scoring
 * @param maxLinkDensity     a short block whose text is more than this share links is navigation
 * @param shortBlockChars    "short" for the link-density test and for boilerplate phrases
 */
public record MainContentOptions(int minBodyChars, int minContainerChars, double dominantShare,
                                 int minScoredChars, double maxLinkDensity, int shortBlockChars) {
    public static final MainContentOptions DEFAULT = new MainContentOptions(250, 200, 0.6, 25, 0.7, 100);

    public MainContentOptions {
        if (minBodyChars < 0 || minContainerChars < 0 || minScoredChars < 0 || shortBlockChars < 0) {
            throw new IllegalArgumentException("negative threshold");
        }
        if (!(dominantShare > 0 && dominantShare <= 1) || !(maxLinkDensity > 0 && maxLinkDensity <= 1)) {
            throw new IllegalArgumentException("shares must be in (0, 1]");
        }
    }
}
