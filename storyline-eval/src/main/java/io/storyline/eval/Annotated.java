package io.storyline.eval;

import io.storyline.annotate.entity.EntityRecognizer;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.annotate.time.PublicationDateInference;
import io.storyline.annotate.time.TimexTagger;
import io.storyline.event.EventInput;
import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Mention;
import io.storyline.model.Precision;
import io.storyline.model.Provenance;
import io.storyline.model.Timex;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds annotated articles from the texts of the evaluation sets, the way the pipeline does for
 * a text capture: tokens and sentences, names (when the NER model is bundled), time expressions
 * against the publication date; an undated text gets its date from a date in its address, a full
 * date printed in its first lines, or inference from its text.
 */
final class Annotated {
    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d\\d)[/-]?(\\d\\d)[/-]?(\\d\\d)(?:[/_.-]|$)");
    private static final Pattern URL_MONTH_NAME = Pattern.compile(
            "/((?:19|20)\\d\\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(\\d\\d?)/", Pattern.CASE_INSENSITIVE);
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    final TextAnalyzer analyzer = TextAnalyzer.standard();
    final TimexTagger tagger = TimexTagger.standard();
    final PublicationDateInference inference = PublicationDateInference.standard();
    final EntityRecognizer ner = nerOrNull();

    private static EntityRecognizer nerOrNull() {
        try {
            return EntityRecognizer.standard();
        } catch (RuntimeException | ExceptionInInitializerError | NoClassDefFoundError e) {
            return null; // no bundled model yet: events and stories work from capitalised phrases
        }
    }

    /** An article of a text, dated by {@code published} or, when null, as a text capture would be. */
    Article article(String id, String file, String title, String text, String url, DateValue published) {
        Article.Builder b = Article.builder();
        b.id = id;
        b.provenance = Provenance.ofFile(file);
        b.title = title;
        b.text = text;
        b.url = url;
        b.published = published != null ? published : date(text, url);
        return b.build();
    }

    EventInput input(Article a) {
        TextAnalysis t = analyzer.analyze(a.text());
        List<Timex> tx = tagger.tag(a);
        List<Mention> names = ner == null ? List.of() : ner.recognize(a.id(), a.text(), t);
        return EventInput.of(a, t).withTimexes(tx).withMentions(names);
    }

    /** A date from the address, else a full date among the first lines, else inferred; null when none. */
    DateValue date(String text, String url) {
        if (url != null) {
            Matcher m = URL_DAY.matcher(url);
            if (m.find() && valid(m.group(1), m.group(2), m.group(3))) {
                return new DateValue(m.group(1) + "-" + m.group(2) + "-" + m.group(3), Precision.DAY, false, "url " + url);
            }
            m = URL_MONTH_NAME.matcher(url);
            if (m.find()) {
                int mo = MONTHS.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
                String d = String.format(java.util.Locale.ROOT, "%s-%02d-%02d", m.group(1), mo, Integer.parseInt(m.group(3)));
                if (valid(m.group(1), String.format("%02d", mo), String.format("%02d", Integer.parseInt(m.group(3))))) {
                    return new DateValue(d, Precision.DAY, false, "url " + url);
                }
            }
        }
        int head = Math.min(text.length(), nthLine(text, 4));
        for (Timex x : tagger.tag("probe", text.substring(0, head), null, null)) {
            if (x.value() != null && x.value().matches("\\d{4}-\\d\\d-\\d\\d.*") && "absolute".equals(x.anchor())) {
                return new DateValue(x.value().substring(0, 10), Precision.DAY, false, "printed near the top: " + x.text());
            }
        }
        return inference.infer(text);
    }

    private static boolean valid(String y, String m, String d) {
        try {
            java.time.LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int nthLine(String text, int n) {
        int i = 0;
        for (int k = 0; k < n; k++) {
            int j = text.indexOf('\n', i);
            if (j < 0) return text.length();
            i = j + 1;
        }
        return i;
    }
}
