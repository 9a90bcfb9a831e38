package io.storyline.annotate.time;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.time.Recognizer.Match;
import io.storyline.annotate.time.Resolver.Resolved;
import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Timex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the time expressions of an article and places them on the calendar.
 *
 * <pre>{@code
 * TimexTagger tagger = TimexTagger.standard();
 * List<Timex> t = tagger.tag("a-1", text, published, "SEOUL");
 * // "experts said Tuesday" -> 2019-02-19 (anchor published); "Feb. 27 and 28" -> 2019-02-27/2019-02-28
 * }</pre>
 *
 * For an undated article, infer its date first ({@link PublicationDateInference}) and pass the
 * inferred {@link DateValue} as {@code published}; with no date at all, relative expressions keep a
 * null value and anchor {@code none}. Thread-safe; never throws on any text.
 */
public final class TimexTagger {
    /** How far into the text a dateline's date may start (characters). */
    private static final int DATELINE_REACH = 160;

    private final TimexOptions options;

    public TimexTagger(TimexOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public static TimexTagger standard() {
        return new TimexTagger(TimexOptions.defaults());
    }

    public TimexOptions options() {
        return options;
    }

    /** The expressions of an article's text, against its publication date and dateline. */
    public List<Timex> tag(Article article) {
        return tag(article.id(), article.text(), article.published(), article.dateline());
    }

    /**
     * @param articleId the id put on each timex
     * @param text      the article text the offsets index
     * @param published the publication date (printed or inferred), or null
     * @param dateline  the dateline as the extractor found it ("SEOUL", "SEOUL, Feb. 19"), or null;
     *                  a date in it, or in a dateline opening the text, becomes the reference
     */
    public List<Timex> tag(String articleId, String text, DateValue published, String dateline) {
        if (text == null || text.isEmpty()) return List.of();
        Scan scan = Scan.of(text, options);
        Reference ref = Reference.published(published);
        Reference dated = datelineDate(scan, dateline, ref);
        return timexes(articleId, scan, dated != null ? dated : ref);
    }

    /**
     * The same, with the sentences of the shared analysis of the article text ({@code
     * analysis.text()}), so that tense and narrative time follow the sentences every annotator sees.
     */
    public List<Timex> tag(String articleId, TextAnalysis analysis, DateValue published, String dateline) {
        String text = analysis.text();
        if (text == null || text.isEmpty()) return List.of();
        Scan scan = Scan.of(text, analysis, options);
        Reference ref = Reference.published(published);
        Reference dated = datelineDate(scan, dateline, ref);
        return timexes(articleId, scan, dated != null ? dated : ref);
    }

    /** The expressions of {@code text} against a given reference (null: none). */
    public List<Timex> tag(String articleId, String text, Reference reference) {
        if (text == null || text.isEmpty()) return List.of();
        return timexes(articleId, Scan.of(text, options), reference);
    }

    private List<Timex> timexes(String articleId, Scan scan, Reference ref) {
        List<Resolved> resolved = scan.resolveAll(ref, options);
        List<Timex> out = new ArrayList<>(resolved.size());
        for (int k = 0; k < resolved.size(); k++) {
            Match m = scan.matches.get(k);
            Resolved r = resolved.get(k);
            int s = scan.start(m), e = scan.end(m);
            out.add(new Timex(articleId, s, e, scan.tokens.text.substring(s, e), r.value(), r.precision(), r.type(),
                    r.value() == null ? "none" : r.anchor()));
        }
        return out;
    }

    /**
     * The date of a dateline ("SEOUL, Feb. 19 (Yonhap) --"), given apart or opening the text, placed
     * near the publication date; null when there is none or it lies too far from it.
     */
    private Reference datelineDate(Scan scan, String dateline, Reference published) {
        Spec spec = null;
        if (dateline != null && !dateline.isBlank()) {
            List<Match> ms = Recognizer.find(Tokens.of(dateline));
            if (!ms.isEmpty()) spec = ms.get(0).spec();
        }
        if (spec == null && !scan.matches.isEmpty()) {
            Match first = scan.matches.get(0);
            if (scan.start(first) < DATELINE_REACH && opensDateline(scan.tokens, first)) spec = first.spec();
        }
        if (!(spec instanceof Spec.Cal c) || c.day() == 0 || c.month() == 0) return null;
        LocalDate day;
        if (c.year() != null) {
            Resolver.Interval i = Resolver.absolute(c.year(), c.month(), c.day());
            if (i == null) return null;
            day = i.first();
        } else {
            if (published == null) return null;
            Resolved r = Resolver.resolve(c, new Resolver.Context(published.day(), "published", null, null, null, null));
            if (r.interval() == null) return null;
            day = r.interval().first();
        }
        if (published != null && Math.abs(ChronoUnit.DAYS.between(published.day(), day)) > options.datelineDays()) return null;
        return new Reference(day, "dateline");
    }

    /**
     * A date that follows a place in capitals at the start of a line and is followed by an agency
     * in brackets or a dash: "SEOUL, Feb. 19 (Yonhap) --", "WASHINGTON, March 3 -".
     */
    private static boolean opensDateline(Tokens t, Match m) {
        int i = m.from() - 1;
        if (i < 1 || !t.isPunct(i, ',')) return false;
        int caps = 0;
        for (i = i - 1; i >= 0; i--) {
            if (t.isWord(i) && t.allCaps(i)) caps++;
            else if (!(t.isWord(i) && t.cap(i)) && !t.isPunct(i, '.') && !t.isPunct(i, ',')) return false;
            if (t.newlineBefore(i) || i == 0) break;
        }
        if (caps == 0) return false;
        int j = m.to();
        return t.isPunct(j, '(') || t.isDash(j) || t.isPunct(j, '/');
    }
}
