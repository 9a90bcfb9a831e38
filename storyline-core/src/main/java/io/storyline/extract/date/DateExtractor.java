package io.storyline.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.extract.meta.JsonLd;
import io.storyline.model.DateValue;
import io.storyline.model.Deadline;
import io.storyline.model.Precision;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's publication and update dates. Does not modify the document. Thread-safe.
 *
 * <p>Sources in order of trust: JSON-LD ({@code datePublished}, {@code dateCreated},
 * {@code dateModified}), meta elements (OpenGraph, Dublin Core, {@code date}, {@code pubdate},
 * ...), itemprop and {@code <time>} markup, a date in the URL, then dates printed in the visible
 * text, preferring those near the headline and in elements marked as dates, and skipping
 * comments, sidebars and teasers of other stories. Every value must fall between the options'
 * earliest and latest day. The publication and the update date are kept apart.
 */
public final class DateExtractor {
    /**
     * Thresholds of the date extractor.
     *
     * @param earliest     no date before this day is believed (the web's news began in the 1990s)
     * @param latest       no date after this day is believed (today, from the clock given)
     * @param maxTextChars how much of the visible text is searched for printed dates
     * @param headerBefore how far (chars) before the headline a printed date counts as the article's
     * @param headerAfter  how far (chars) after the headline a printed date counts as the article's
     */
    public record Options(LocalDate earliest, LocalDate latest, int maxTextChars, int headerBefore, int headerAfter) {
        public Options {
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
            if (latest.isBefore(earliest)) throw new IllegalArgumentException("latest before earliest");
            if (maxTextChars < 0 || headerBefore < 0 || headerAfter < 0) throw new IllegalArgumentException("negative window");
        }

        /** Dates from 1995 to tomorrow by the given clock (tomorrow: a page stamped in a zone ahead). */
        public static Options defaults(Clock clock) {
            return new Options(LocalDate.of(1995, 1, 1), LocalDate.now(clock).plusDays(1), 200_000, 400, 1500);
        }
    }

    /** JSON-LD date fields: publication first. */
    private static final String[] JSON_UPDATED = {"dateModified"};
    private static final Pattern JSON_FALLBACK = Pattern.compile(
            "\"(datePublished|dateCreated|uploadDate|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");
    /** A full date in a URL path: /2019/02/19/, /2019-02-19-, /20190219/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})([/_.-]?)(\\d{1,2})\\2(\\d{1,2})(?:(?=[/._?#]|$)|(?<=-\\d{1,2}|_\\d{1,2}|\\d{8})(?=-))");

    private final Options options;

    public DateExtractor() {
        this(Options.defaults(Clock.systemUTC()));
    }

    public DateExtractor(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public PublicationDates extract(Document doc, String url, Deadline deadline) {
        return decide(collect(doc, url, deadline));
    }

    /** Every source's most trusted value, before the decision. */
    static final class Evidence {
        DateValue jsonPublished, jsonUpdated, metaPublished, metaUpdated, markupPublished, markupUpdated;
        /** A date from a generic meta name ({@code date}, {@code dc.date}): less trusted. */
        DateValue metaWeak;
        /** The first plain {@code <time datetime>} of the page: a weak fallback. */
        DateValue markupFirst;
        DateValue url;
        DateValue textPublished, textUpdated;
        int textPublishedScore, textUpdatedScore;
        /** The best printed date that did not reach the score to be trusted, unless in a comment or list. */
        DateValue textWeak;
        /** The best printed date outside lists, wherever it stands (a comment, a forum post): the last resort. */
        DateValue textAny;
        /** A publication date named in an inline script's data ({@code "published_at": "..."}). */
        DateValue scriptPublished;
        String hint;
    }

    Evidence collect(Document doc, String url, Deadline deadline) {
        return collect(PageScan.of(doc, options.maxTextChars(), deadline), doc, url, deadline);
    }

    Evidence collect(PageScan scan, Document doc, String url, Deadline deadline) {
        Evidence ev = new Evidence();
        String lang = language(doc);
        fromJsonLd(JsonLd.of(scan.jsonLdBlocks), ev, lang);
        fromMeta(scan.metas, ev);
        fromMarkup(scan, ev);
        deadline.check();
        ev.url = fromUrl(url);
        if (ev.url == null && scan.canonical != null && !scan.canonical.equals(url)) ev.url = fromUrl(scan.canonical);
        ev.hint = hint(doc, first(ev.jsonPublished, ev.metaPublished, ev.markupPublished, ev.url, ev.jsonUpdated, ev.metaUpdated));
        TextDates text = fromText(scan, ev.hint, deadline);
        ev.textPublished = text.published == null ? null : textValue(text.published.date());
        ev.textUpdated = text.updated == null ? null : textValue(text.updated.date());
        ev.textPublishedScore = text.published == null ? 0 : text.published.score();
        ev.textWeak = text.weak == null ? null : textValue(text.weak.date());
        ev.textAny = text.any == null ? null : textValue(text.any.date());
        // scripts are long: read only when no other source gave a publication date
        if (first(ev.url, ev.jsonPublished, ev.metaPublished, ev.markupPublished, ev.textPublished, ev.markupFirst) == null) {
            ev.scriptPublished = fromScripts(scan.scripts);
        }
        ev.textUpdatedScore = text.updated == null ? 0 : text.updated.score();
        return ev;
    }

    /**
     * The decision. The structured sources (URL, JSON-LD, meta, markup) give the publication
     * date in that order of trust, then the date printed by the headline, then generic meta
     * names ({@code date}); but the printed date wins over a structured one when it agrees with
     * another structured value (a page showing its update date as its date). Without any of
     * these, weaker evidence is used: the first plain {@code <time>}, a date in page scripts,
     * the update date (marked inferred), the best remaining printed date, and last any printed
     * date (marked inferred).
     */
    PublicationDates decide(Evidence ev) {
        DateValue printed = ev.textPublished;
        DateValue structured = first(ev.url, ev.jsonPublished, ev.metaPublished, ev.markupPublished,
                printed == null ? ev.metaWeak : null);
        DateValue published = structured;
        if (printed != null) {
            if (structured == null) {
                published = printed;
            } else if (!printed.day().equals(structured.day())) {
                DateValue same = sameDay(printed, ev.jsonPublished, ev.metaPublished, ev.markupPublished, ev.url, ev.metaWeak,
                        ev.jsonUpdated, ev.metaUpdated, ev.markupUpdated, ev.markupFirst);
                if (same != null) {
                    published = withEvidence(printed, printed.evidence() + " (as " + same.evidence() + ")");
                } else if (sameInstant(printed, structured)) {
                    // "10:10 p.m. EST" on the page, 03:10Z the next day in the data: the page's own day
                    published = withEvidence(printed, printed.evidence() + " (the instant of " + structured.evidence() + ")");
                }
            }
        }
        if (published == null) published = first(ev.markupFirst, ev.scriptPublished);
        published = finer(published, ev.jsonPublished, ev.metaPublished, ev.markupPublished, printed, ev.markupFirst);
        DateValue updated = first(ev.jsonUpdated, ev.metaUpdated, ev.markupUpdated, ev.textUpdated);
        if (published == null && updated != null) {
            published = new DateValue(updated.value(), updated.precision(), true,
                    "no publication date; the update date: " + updated.evidence());
        }
        if (published == null) published = ev.textWeak;
        if (published == null && ev.textAny != null) {
            // last resort: the best date printed anywhere (a comment, a list); a guess, so marked inferred
            published = new DateValue(ev.textAny.value(), ev.textAny.precision(), true,
                    "no better evidence; " + ev.textAny.evidence());
        }
        if (updated != null && published != null && updated.day().compareTo(published.day()) < 0) {
            updated = null; // an "update" before the publication is someone else's date
        }
        return published == null && updated == null ? PublicationDates.NONE : new PublicationDates(published, updated);
    }

    /**
     * The same day told more exactly: a day from the URL becomes the time of the data naming that
     * day, a printed "11:30" the same time with its zone. The day decided never changes.
     */
    static DateValue finer(DateValue v, DateValue... others) {
        if (v == null || v.precision() == Precision.MINUTE && zoned(v.value())) return v;
        DateValue best = null;
        for (DateValue o : others) {
            if (o == null || o == v || o.precision() != Precision.MINUTE || !o.day().equals(v.day())) continue;
            boolean zoned = zoned(o.value());
            boolean moreExact = v.precision() != Precision.MINUTE ? best == null || zoned && !zoned(best.value())
                    : zoned && o.value().startsWith(v.value()) && best == null;
            if (moreExact) best = o;
        }
        return best == null ? v : new DateValue(best.value(), best.precision(), v.inferred(), v.evidence() + " (at " + best.evidence() + ")");
    }

    private static boolean zoned(String iso) {
        return iso.length() > 16 && (iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10);
    }

    private static DateValue sameDay(DateValue v, DateValue... others) {
        for (DateValue o : others) if (o != null && o.day().equals(v.day())) return o;
        return null;
    }

    /** Most minutes apart two zoned times may be to count as one moment printed in two zones. */
    private static final long SAME_INSTANT_MINUTES = 60;

    /** True when both values are times with a zone and name (nearly) the same moment. */
    private static boolean sameInstant(DateValue a, DateValue b) {
        if (a.precision() != Precision.MINUTE || b.precision() != Precision.MINUTE) return false;
        try {
            java.time.OffsetDateTime x = java.time.OffsetDateTime.parse(a.value());
            java.time.OffsetDateTime y = java.time.OffsetDateTime.parse(b.value());
            return Math.abs(java.time.Duration.between(x, y).toMinutes()) <= SAME_INSTANT_MINUTES;
        } catch (java.time.format.DateTimeParseException e) {
            return false; // a time without a zone
        }
    }

    private static DateValue withEvidence(DateValue v, String evidence) {
        return new DateValue(v.value(), v.precision(), v.inferred(), evidence);
    }

    private static DateValue first(DateValue... vs) {
        for (DateValue v : vs) if (v != null) return v;
        return null;
    }

    /** The value already kept, else the candidate when plausible. */
    private DateValue keep(DateValue kept, DateValue candidate) {
        return kept != null || !plausible(candidate) ? kept : candidate;
    }

    private boolean plausible(DateValue v) {
        if (v == null) return false;
        String day = v.day();
        if (day == null) return false;
        LocalDate d = LocalDate.parse(day);
        return !d.isBefore(options.earliest()) && !d.isAfter(options.latest());
    }

    /** Most a {@code dateCreated} may precede {@code datePublished} to be the original date. */
    private static final long CREATED_BEFORE_PUBLISHED_DAYS = 1;

    /**
     * The original date of a JSON-LD object: {@code datePublished}, or {@code dateCreated} when
     * it falls a little earlier (created late in the evening, published after midnight), else
     * {@code uploadDate}.
     */
    private DateValue original(JsonNode o, String hint) {
        DateValue published = MachineDates.parse(JsonLd.text(o, "datePublished"), "json-ld datePublished", hint);
        DateValue created = MachineDates.parse(JsonLd.text(o, "dateCreated"), "json-ld dateCreated", hint);
        if (!plausible(published)) published = null;
        if (!plausible(created)) created = null;
        if (published != null && created != null) {
            long days = LocalDate.parse(published.day()).toEpochDay() - LocalDate.parse(created.day()).toEpochDay();
            return days > 0 && days <= CREATED_BEFORE_PUBLISHED_DAYS ? created : published;
        }
        if (published != null) return published;
        if (created != null) return created;
        return MachineDates.parse(JsonLd.text(o, "uploadDate"), "json-ld uploadDate", hint);
    }

    private void fromJsonLd(JsonLd ld, Evidence ev, String hint) {
        // article objects first, then any object (a page whose only JSON-LD is a WebSite has no date)
        for (int pass = 0; pass < 2; pass++) {
            for (JsonNode o : ld.objects()) {
                if ((pass == 0) != JsonLd.isArticle(o)) continue;
                ev.jsonPublished = keep(ev.jsonPublished, original(o, hint));
                for (String f : JSON_UPDATED) ev.jsonUpdated = keep(ev.jsonUpdated, MachineDates.parse(JsonLd.text(o, f), "json-ld " + f, hint));
            }
        }
        for (String raw : ld.broken()) {
            Matcher m = JSON_FALLBACK.matcher(raw);
            while (m.find()) {
                DateValue v = MachineDates.parse(m.group(2), "json-ld " + m.group(1) + " (malformed block)", hint);
                if (m.group(1).equals("dateModified")) ev.jsonUpdated = keep(ev.jsonUpdated, v);
                else ev.jsonPublished = keep(ev.jsonPublished, v);
            }
        }
    }

    private void fromMeta(List<Element> metas, Evidence ev) {
        for (Element m : metas) {
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
            if (content.isEmpty()) continue;
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).toLowerCase(Locale.ROOT).strip();
                if (key.isEmpty()) continue;
                if (DateMarkup.META_WEAK.contains(key)) {
                    ev.metaWeak = keep(ev.metaWeak, MachineDates.parse(content, "meta " + key));
                } else if (DateMarkup.META_PUBLISHED.contains(key)) {
                    ev.metaPublished = keep(ev.metaPublished, MachineDates.parse(content, "meta " + key));
                } else if (DateMarkup.META_UPDATED.contains(key)) {
                    ev.metaUpdated = keep(ev.metaUpdated, MachineDates.parse(content, "meta " + key));
                }
            }
            if (m.hasAttr("pubdate")) ev.metaPublished = keep(ev.metaPublished, MachineDates.parse(content, "meta pubdate"));
        }
    }

    private void fromMarkup(PageScan scan, Evidence ev) {
        for (Element e : scan.timeElements) {
            String ip = e.attr("itemprop").toLowerCase(Locale.ROOT);
            String cls = e.className().toLowerCase(Locale.ROOT);
            String raw = e.hasAttr("datetime") ? e.attr("datetime")
                    : e.hasAttr("content") ? e.attr("content")
                    : e.nameIs("abbr") ? e.attr("title") : e.text();
            String what = e.normalName() + (e.hasAttr("datetime") ? "[datetime]" : "");
            if (scan.places.of(e) == DateMarkup.STRONG) continue; // another story's date, or a comment's
            if (DateMarkup.ITEMPROP_PUBLISHED.contains(ip)) {
                ev.markupPublished = keep(ev.markupPublished, MachineDates.parse(raw, what + " itemprop=" + ip));
            } else if (DateMarkup.ITEMPROP_UPDATED.contains(ip)) {
                ev.markupUpdated = keep(ev.markupUpdated, MachineDates.parse(raw, what + " itemprop=" + ip));
            } else if (e.hasAttr("pubdate") || cls.contains("entry-date") || cls.contains("published")
                    || cls.contains("publish") || cls.contains("post-date")) {
                ev.markupPublished = keep(ev.markupPublished,
                        MachineDates.parse(raw, what + " " + (e.hasAttr("pubdate") ? "pubdate" : "class=" + cls)));
            } else if (cls.contains("updated") || cls.contains("modified")) {
                ev.markupUpdated = keep(ev.markupUpdated, MachineDates.parse(raw, what + " class=" + cls));
            } else if (e.hasAttr("datetime") && ev.markupFirst == null && scan.places.of(e) == DateMarkup.HERE) {
                ev.markupFirst = keep(null, MachineDates.parse(raw, what));
            }
        }
    }

    private DateValue fromUrl(String url) {
        if (url == null || url.isEmpty()) return null;
        int q = url.indexOf('?');
        String path = q >= 0 ? url.substring(0, q) : url;
        int scheme = path.indexOf("://");
        int slash = path.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (slash < 0) return null;
        Matcher m = URL_DATE.matcher(path);
        m.region(slash, path.length());
        while (m.find()) {
            int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(3)), d = Integer.parseInt(m.group(4));
            if (m.group(2).isEmpty() && (m.group(3).length() != 2 || m.group(4).length() != 2)) continue;
            try {
                LocalDate date = LocalDate.of(y, mo, d);
                DateValue v = new DateValue(date.toString(), Precision.DAY, false, "url " + m.group());
                if (plausible(v)) return v;
            } catch (java.time.DateTimeException e) {
                // not a date
            }
        }
        return null;
    }

    /** The hint for ambiguous printed dates: a date the page states elsewhere and its language. */
    static String hint(Document doc, DateValue known) {
        String lang = language(doc);
        if (known == null) return lang;
        return lang == null ? known.day() : known.day() + " " + lang;
    }

    /** The page's declared language tag ({@code <html lang>}), or null. */
    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        return html == null || html.attr("lang").isBlank() ? null : html.attr("lang").strip();
    }

    private record TextDates(TextCandidate published, TextCandidate updated, TextCandidate weak, TextCandidate any) {
    }

    /**
     * A date printed in the visible text with what is known of where it stands.
     *
     * @param elsewhere how strongly its container looks like a comment, sidebar, footer or
     *                  teaser ({@link DateMarkup#HERE}, {@link DateMarkup#WEAK}, {@link DateMarkup#STRONG})
     * @param hinted    inside an element whose class or id names a date or byline
     * @param distance  chars from the headline's start (negative: before it), or
     *                  {@link Integer#MIN_VALUE} when the page has no headline
     * @param crowded   other dates printed close by (a list of stories)
     * @param score     how much it looks like the article's own date
     */
    record TextCandidate(PrintedDate date, int elsewhere, boolean hinted, int distance, boolean crowded, int score) {
    }

    /** Every plausible day-precise date printed in the page's visible text, scored. */
    List<TextCandidate> textCandidates(PageScan scan, String hint, Deadline deadline) {
        String text = scan.text.toString();
        List<PrintedDate> all = PrintedDates.find(text, hint);
        deadline.check();
        List<TextCandidate> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PrintedDate p = all.get(i);
            DateValue v = p.value();
            if (v.precision() != Precision.DAY && v.precision() != Precision.MINUTE) continue;
            if (!plausible(v)) continue;
            Element at = scan.elementAt(p.start());
            int elsewhere = at == null ? DateMarkup.HERE : scan.places.of(at);
            boolean hinted = at != null && scan.places.hinted(at);
            int line = lineLength(text, p);
            boolean standalone = line - (p.end() - p.start()) <= STANDALONE_SLACK;
            boolean crowded = crowded(all, i, text);
            int score = 0;
            if (hinted) score += 3;
            if (!p.role().equals(DateVocabulary.UNKNOWN)) score += 3;
            if (v.precision() == Precision.MINUTE) score += 1;
            if (elsewhere == DateMarkup.STRONG) score -= 8;
            else if (elsewhere == DateMarkup.WEAK) score -= 3;
            if (crowded) score -= 2;
            if (standalone) score += 1;
            else if (line > PROSE_LINE) score -= 2;
            int distance = Integer.MIN_VALUE;
            if (scan.headlineStart >= 0) {
                distance = p.start() - scan.headlineStart;
                if (distance >= 0 && distance <= options.headerAfter()) score += 4;
                else if (distance < 0 && -distance <= options.headerBefore()) score += 3;
                score -= Math.min(4, Math.abs(distance) / 2000); // the farther from the headline, the less likely
            } else {
                score -= Math.min(4, p.start() / 4000);
            }
            out.add(new TextCandidate(p, elsewhere, hinted, distance, crowded, score));
        }
        return out;
    }

    /** Chars around a date within which two other dates make a list of stories. */
    private static final int CROWD_WINDOW = 250;

    /** Chars a line may hold beside its date for the date to stand alone (a date line, a byline). */
    private static final int STANDALONE_SLACK = 60;
    /** A line longer than this is running text: a date in it is what the story is about. */
    private static final int PROSE_LINE = 200;

    /** Length of the line (text between line breaks) that holds the date. */
    private static int lineLength(String text, PrintedDate p) {
        int a = text.lastIndexOf('\n', p.start()) + 1;
        int b = text.indexOf('\n', p.end());
        if (b < 0) b = text.length();
        return b - a;
    }

    /** True when two other dates, each on a short line of its own, stand close by: a list of stories. */
    private static boolean crowded(List<PrintedDate> all, int i, String text) {
        PrintedDate p = all.get(i);
        String day = p.value().day();
        int others = 0;
        for (int j = i - 1; j >= 0 && all.get(j).end() > p.start() - CROWD_WINDOW; j--) {
            if (!day.equals(all.get(j).value().day()) && lineLength(text, all.get(j)) <= PROSE_LINE) others++;
        }
        for (int j = i + 1; j < all.size() && all.get(j).start() < p.end() + CROWD_WINDOW; j++) {
            if (!day.equals(all.get(j).value().day()) && lineLength(text, all.get(j)) <= PROSE_LINE) others++;
        }
        return others >= 2;
    }

    /**
     * Dates printed in the visible text. Each is scored: inside an element marked as a date, near
     * the headline, labelled; dates in comments, sidebars and teasers are skipped.
     */
    private TextDates fromText(PageScan scan, String hint, Deadline deadline) {
        TextCandidate bestPub = null, bestUpd = null, weak = null, any = null;
        for (TextCandidate c : textCandidates(scan, hint, deadline)) {
            if (!c.crowded() && !c.date().role().equals(DateVocabulary.UPDATED) && (any == null || c.score() > any.score())) {
                any = c;
            }
            if (c.score() < MIN_TEXT_SCORE) {
                if (c.elsewhere() < DateMarkup.STRONG && !c.crowded() && !c.date().role().equals(DateVocabulary.UPDATED)
                        && (weak == null || c.score() > weak.score())) weak = c;
                continue;
            }
            if (c.date().role().equals(DateVocabulary.UPDATED)) {
                if (bestUpd == null || c.score() > bestUpd.score()) bestUpd = c;
            } else if (bestPub == null || c.score() > bestPub.score()) {
                bestPub = c;
            }
        }
        return new TextDates(bestPub, bestUpd, weak, any);
    }

    /** Keys of publication dates in the data of inline scripts (CMS state, analytics). */
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "[\"'](?:datePublished|published_at|publishedAt|publishDate|publish_date|date_published|"
            + "firstPublishedAt|first_published_at|pubDate|publicationDate|createdAt|created_at)[\"']\\s*:\\s*[\"']([^\"']{6,40})[\"']");
    /** Script text searched per page, in chars. */
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    private DateValue fromScripts(List<Element> scripts) {
        int budget = MAX_SCRIPT_CHARS;
        for (Element script : scripts) {
            if (budget <= 0) break;
            String js = script.data();
            String part = js.length() > budget ? js.substring(0, budget) : js;
            budget -= part.length();
            if (part.indexOf("ublish") < 0 && part.indexOf("reated") < 0 && part.indexOf("pubDate") < 0) continue;
            Matcher m = SCRIPT_DATE.matcher(part);
            while (m.find()) {
                DateValue v = MachineDates.parse(m.group(1), "script " + m.group());
                if (plausible(v)) return v;
            }
        }
        return null;
    }

    /** Least score for a printed date to be taken as the article's. */
    private static final int MIN_TEXT_SCORE = 3;

    private static DateValue textValue(PrintedDate p) {
        DateValue v = p.value();
        return new DateValue(v.value(), v.precision(), false, "text: " + v.evidence());
    }
}
