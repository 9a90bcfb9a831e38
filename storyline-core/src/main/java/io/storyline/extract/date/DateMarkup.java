package io.storyline.extract.date;

import java.util.Locale;
import java.util.Set;

/**
 * Where pages put their dates: meta names, itemprops, and the class and id words of elements
 * that hold a printed date or that hold other stories' dates (to skip).
 */
final class DateMarkup {
    private DateMarkup() {
    }

    /**
     * Meta names and properties (lower case) that give the publication date, in order of trust:
     * a page that has several is read by the first.
     */
    static final Set<String> META_PUBLISHED = Set.of(
            "article:published_time", "og:article:published_time", "og:published_time",
            "article:published", "article.published", "article:publicationdate", "article_date_original",
            "article.created", "datepublished", "datecreated", "date_published", "date-published",
            "published_time", "published-date", "published_date", "publishdate", "publish-date",
            "publish_date", "publication_date", "publication-date", "pubdate", "pub_date",
            "originalpublicationdate", "original-publish-date", "parsely-pub-date", "sailthru.date",
            "dc.date", "dc.date.created", "dc.date.issued", "dc.date.publication", "dc.created",
            "dc:date", "dc:created", "dcterms.created", "dcterms.date", "dcterms.issued",
            "citation_date", "citation_publication_date", "citation_online_date", "bt:pubdate",
            "cxenseparse:recs:publishtime", "rnews:datepublished", "shareaholic:article_published_time",
            "dateposted", "date_posted", "article:post_date", "article_publication_date",
            "vr:published_time", "nv:date", "live_date", "displaydate", "content_create_date",
            "first_publication_date", "created", "date", "issued", "timestamp", "gentime",
            "og:pubdate", "pdate", "article-date", "ga-publication-date");

    /**
     * Generic meta names whose date is often not the publication date (the page's generation,
     * last change or a crawl); trusted after the markup.
     */
    static final Set<String> META_WEAK = Set.of(
            "date", "dc.date", "dcterms.date", "dc:date", "timestamp", "created", "issued", "gentime", "pdate");

    /** Meta names and properties (lower case) that give the update date. */
    static final Set<String> META_UPDATED = Set.of(
            "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified",
            "datemodified", "date_modified", "modified_time", "modified", "updated_time", "last-modified",
            "lastmodified", "last_modified", "dc.modified", "dc.date.modified", "dcterms.modified",
            "revised", "article:updated_time", "updated", "date-modified", "dateupdated", "last-updated",
            "eomportal-lastupdate", "parsely-updated");

    /** itemprop values (lower case) of the publication and the update date. */
    static final Set<String> ITEMPROP_PUBLISHED = Set.of("datepublished", "datecreated", "uploaddate", "pubdate");
    static final Set<String> ITEMPROP_UPDATED = Set.of("datemodified", "dateupdated");

    /**
     * Parts of class or id names (lower case, substrings) of elements that print the article's
     * date or byline. "datum", "dateline" and "datetime" are covered by "date" and "time".
     */
    private static final String[] DATE_HINTS = {
        "date", "time", "publi", "posted", "byline", "fecha", "submitted", "created", "updated", "meta",
        "info", "zeit", "stand", "author", "autor", "entry-", "post-", "article-header", "artikel",
        "subline", "kicker", "fa-clock", "fa-calendar", "stamp", "when", "detail", "datum"};
    /** Parts of names that contain a hint above but mark widgets without the article's date. */
    private static final String[] DATE_HINTS_FALSE = {"timeline", "datepicker", "runtime", "metamask"};

    /** True when a class or id (lower case) hints an element that prints the article's date or byline. */
    static boolean isDateHint(String classAndId) {
        boolean hit = false;
        for (String h : DATE_HINTS) {
            if (classAndId.contains(h)) {
                hit = true;
                break;
            }
        }
        if (!hit) return false;
        for (String h : DATE_HINTS_FALSE) if (classAndId.contains(h)) return false;
        return true;
    }

    /**
     * Class or id words of containers that hold other stories' dates or comments: dates inside
     * them are not the article's. Matched against whole words of the class and id (split at
     * non-letters and camel case, a plural "s" dropped), so "node-promoted" is not a promo.
     */
    static final Set<String> ELSEWHERE_STRONG = Set.of(
            "comment", "kommentar", "kommentare", "commentaire", "comentario", "commento", "reply", "respond",
            "disqus", "related", "recommended", "recommendation", "popular", "trending", "mostread", "newsletter",
            "pagination", "pager", "breadcrumb", "cookie", "consent", "wm", "toolbar", "outbrain", "taboola",
            // posts embedded from social networks carry their own dates
            "instagram", "tweet", "twitter", "tiktok", "facebook", "fb", "embed", "embedded");
    /** Words of containers that often, but not always, hold other stories (weaker evidence). */
    static final Set<String> ELSEWHERE_WEAK = Set.of(
            "sidebar", "widget", "footer", "teaser", "promo", "nav", "navigation", "navbar", "menu", "readmore",
            "rail", "aside", "ticker", "latest", "weitere", "empfehlung", "banner", "advert", "sponsor",
            "sponsored", "share", "social", "sharing", "archive", "archiv", "tagcloud");

    /** Strength of the evidence that an element is not the article: none, weak or strong. */
    static final int HERE = 0, WEAK = 1, STRONG = 2;

    /** Tags whose subtree never holds the article's date, and tags that rarely do. */
    static final Set<String> ELSEWHERE_TAGS_STRONG = Set.of("nav", "form", "select", "option", "textarea");
    static final Set<String> ELSEWHERE_TAGS_WEAK = Set.of("footer", "aside");

    /** How strongly a class or id names a container of other stories, comments or page furniture. */
    static int elsewhere(String cls, String id) {
        return Math.max(level(cls), level(id));
    }

    /**
     * Class names that carry a CMS's labels of the article (WordPress' {@code tag-twitter},
     * {@code category-comments}) rather than the role of the element: their words are ignored.
     */
    private static final String[] LABEL_CLASS_PREFIXES = {"tag-", "category-", "categories-", "kategorie-", "topic-", "format-", "postid-", "section-"};

    /** The strongest container word among the class names or id (words split at non-letters and camel case). */
    private static int level(String s) {
        int best = HERE;
        for (String name : s.split("\\s+")) {
            if (name.isEmpty() || isLabelClass(name)) continue;
            best = Math.max(best, wordLevel(name));
            if (best == STRONG) return best;
        }
        return best;
    }

    private static boolean isLabelClass(String name) {
        for (String p : LABEL_CLASS_PREFIXES) if (name.regionMatches(true, 0, p, 0, p.length())) return true;
        return false;
    }

    private static int wordLevel(String s) {
        int n = s.length();
        int i = 0;
        int best = HERE;
        while (i < n) {
            while (i < n && !Character.isLetter(s.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            i++;
            while (i < n && Character.isLetter(s.charAt(i))
                    && !(Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1)))) i++;
            String w = s.substring(start, i).toLowerCase(Locale.ROOT);
            String singular = w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (ELSEWHERE_STRONG.contains(w) || ELSEWHERE_STRONG.contains(singular)) return STRONG;
            if (ELSEWHERE_WEAK.contains(w) || ELSEWHERE_WEAK.contains(singular)) best = WEAK;
        }
        return best;
    }

    /** Tags skipped entirely (no visible text). */
    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe", "object");
}
