package io.storyline.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.extract.byline.Authors;
import io.storyline.extract.lang.LanguageIdentifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads page metadata in layers of trust. Does not modify the document. Thread-safe.
 *
 * <ul>
 *   <li>title: OpenGraph/Twitter title, JSON-LD {@code headline}, the {@code <h1>} the page
 *       title names, {@code <title>}; the site name is cut off ("Headline | Site").</li>
 *   <li>authors: JSON-LD {@code author} (string, object or list), author meta elements,
 *       {@code itemprop=author}, {@code rel=author}, then byline elements; all cleaned by
 *       {@link Authors#clean}.</li>
 *   <li>site: {@code og:site_name}, JSON-LD publisher or WebSite name, {@code application-name},
 *       the suffix cut off the title, else the host.</li>
 *   <li>language: {@code <html lang>}, {@code content-language}, {@code og:locale}, JSON-LD
 *       {@code inLanguage}, else {@link LanguageIdentifier} on the page's paragraphs.</li>
 * </ul>
 */
public final class MetadataExtractor {
    /** Separators between a headline and the site name in page titles. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·»«•~:/-]\\s+|\\s+(?:::|//)\\s+|\\s*\\|\\s*");
    /** Most words a title part may have to be taken for a site name when no site name is known. */
    private static final int MAX_SITE_WORDS = 4;
    /** Most words of a leading part ("Site - Headline", "Kicker - Headline") cut when no site name is known. */
    private static final int MAX_LEADING_SITE_WORDS = 2;
    /** Meta names and properties that give authors (lower case), in order of trust. */
    private static final String[] AUTHOR_META = {
        "author", "article:author", "og:article:author", "dc.creator", "dc:creator", "dcterms.creator",
        "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator:name", "cxenseparse:author"};
    /** Paragraph text read for language identification when the page does not declare one. */
    private static final int LANGUAGE_SAMPLE_CHARS = 3000;
    /** Paragraphs kept for the language sample. */
    private static final int MAX_SAMPLE_PARAGRAPHS = 40;
    /** Attributes whose value names a meta element. */
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};
    /** Longest byline element text considered. */
    private static final int MAX_BYLINE_CHARS = 200;
    /** Class or id parts of h1 elements that hold the site's name or a widget's title, not the headline. */
    private static final String[] H1_NOT_HEADLINE = {"site-title", "logo", "brand", "widget", "site-name", "sitename", "blog-title"};
    /** Class parts of elements inside a headline that are kickers or hidden helper text. */
    private static final String[] KICKER = {"kicker", "dachzeile", "topline", "overline", "eyebrow", "roofline",
        "visually-hidden", "sr-only", "screen-reader", "subtitle", "label"};
    /** Share of an h1's words the page title must hold for the h1 to be the headline. */
    private static final double H1_IN_TITLE = 0.6;

    /** Class or id parts (lower case) of byline elements. */
    private static final String[] BYLINE_HINTS = {"byline", "author", "autor", "verfasser", "auteur", "creator"};
    /** Class or id parts that look like bylines but hold something else. */
    private static final String[] BYLINE_FALSE = {"author-bio", "authorbio", "author-box", "about-author", "comment", "avatar",
        "author-image", "author-img", "author-photo", "author-description", "author-social", "author-info", "author-link",
        "author-desc", "authors-list", "more-from"};

    public PageMetadata extract(Document doc, String url) {
        Scan scan = Scan.of(doc);
        Map<String, String> meta = scan.meta;
        JsonLd ld = JsonLd.of(scan.jsonLd);
        JsonNode article = article(ld);

        String site = first(meta.get("og:site_name"), publisherName(ld, article), meta.get("application-name"),
                meta.get("twitter:site:name"));
        String title = title(doc, meta, article, scan, site);
        if (site == null) site = siteFromTitle(doc.title(), title);
        if (site == null) site = host(url);
        List<String> authors = authors(meta, article, scan);
        String language = language(doc, meta, article, scan);
        String canonical = canonical(scan.canonical, meta);
        String description = first(meta.get("og:description"), meta.get("description"), meta.get("twitter:description"),
                article == null ? null : JsonLd.text(article, "description"));
        return new PageMetadata(title, authors, clean(site), language, canonical, clean(description));
    }

    // --- meta elements ---------------------------------------------------------------------

    // --- JSON-LD -----------------------------------------------------------------------------

    /** The article object: an article type first, then a web page. */
    private static JsonNode article(JsonLd ld) {
        JsonNode page = null;
        for (JsonNode o : ld.objects()) {
            if (!JsonLd.isArticle(o)) continue;
            if (!JsonLd.isWebPage(o)) return o;
            if (page == null) page = o;
        }
        return page;
    }

    private static String publisherName(JsonLd ld, JsonNode article) {
        if (article != null) {
            JsonNode p = article.get("publisher");
            if (p != null && p.isArray() && !p.isEmpty()) p = p.get(0);
            if (p != null && p.isObject()) {
                String n = JsonLd.text(p, "name");
                if (n != null) return n;
            }
        }
        for (JsonNode o : ld.objects()) {
            List<String> types = JsonLd.types(o);
            if (types.contains("website") || types.contains("newsmediaorganization")) {
                String n = JsonLd.text(o, "name");
                if (n != null) return n;
            }
        }
        return null;
    }

    // --- title -------------------------------------------------------------------------------

    private static String title(Document doc, Map<String, String> meta, JsonNode article, Scan scan, String site) {
        String raw = first(meta.get("og:title"), meta.get("twitter:title"),
                article == null ? null : first(JsonLd.text(article, "headline"), JsonLd.text(article, "name")),
                meta.get("dc.title"));
        String pageTitle = clean(doc.title());
        String h1 = scan.headline(pageTitle, raw, site);
        if (h1 != null) return h1;
        String metaTitle = raw == null ? null : stripSite(clean(raw), site);
        String contentH1 = scan.firstH1();
        if (metaTitle != null && !generic(metaTitle, site, contentH1)) return metaTitle;
        if (contentH1 != null) return contentH1;
        return pageTitle == null ? metaTitle : stripSite(pageTitle, site);
    }

    /** A meta title that names the site or a section rather than the story ("Home", "News"). */
    private static boolean generic(String title, String site, String h1) {
        String k = key(title);
        if (k.isEmpty()) return true;
        if (site != null && k.equals(key(site))) return true;
        return h1 != null && words(title) <= 2 && words(h1) > words(title);
    }

    /** "Headline | Site" and "Site - Headline" lose the site part. */
    static String stripSite(String title, String site) {
        if (title == null) return null;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String siteKey = site == null ? null : key(site);
        if (siteKey != null && !siteKey.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (String p : parts) {
                String k = key(p);
                if (!k.isEmpty() && !siteKey.contains(k) && !k.contains(siteKey)) kept.add(p);
            }
            if (!kept.isEmpty() && kept.size() < parts.length) return longest(kept);
        }
        // no site name known: a short last (or first) part is the site
        String last = parts[parts.length - 1], firstPart = parts[0];
        if (words(last) <= MAX_SITE_WORDS && words(firstPart) > words(last)) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|–—·»:/-]+$", "");
        }
        if (words(firstPart) <= MAX_LEADING_SITE_WORDS && words(last) > words(firstPart) && parts.length == 2) return last;
        return title;
    }

    /** The site name a page title carries beside the headline, or null. */
    private static String siteFromTitle(String pageTitle, String headline) {
        if (pageTitle == null || headline == null) return null;
        String t = clean(pageTitle);
        if (t == null || !t.contains(headline) || t.equals(headline)) return null;
        String rest = (t.substring(0, t.indexOf(headline)) + " " + t.substring(t.indexOf(headline) + headline.length()))
                .replaceAll("^[\\s|–—·»:/-]+|[\\s|–—·»:/-]+$", "").strip();
        return rest.isEmpty() || words(rest) > MAX_SITE_WORDS + 2 ? null : rest;
    }

    private static String longest(List<String> parts) {
        String best = parts.get(0);
        for (String p : parts) if (p.length() > best.length()) best = p;
        return best.strip();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Letters and digits only, lower case: "Daily-Planet.com" and "Daily Planet" compare alike. */
    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        String k = sb.toString();
        return k.endsWith("com") || k.endsWith("net") || k.endsWith("org") ? k.substring(0, k.length() - 3) : k;
    }

    // --- authors -----------------------------------------------------------------------------

    private static List<String> authors(Map<String, String> meta, JsonNode article, Scan scan) {
        if (article != null) {
            List<String> fromLd = ldAuthors(article.get("author"));
            if (!fromLd.isEmpty()) return fromLd;
        }
        for (String key : AUTHOR_META) {
            String v = meta.get(key);
            if (v == null || v.startsWith("http") || v.startsWith("@") && !v.contains(" ")) continue;
            List<String> names = Authors.clean(v);
            if (!names.isEmpty()) return names;
        }
        for (String raw : scan.bylines) {
            List<String> names = Authors.clean(raw);
            if (!names.isEmpty()) return names;
        }
        return List.of();
    }

    private static List<String> ldAuthors(JsonNode author) {
        if (author == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        if (author.isArray()) author.forEach(items::add);
        else items.add(author);
        for (JsonNode a : items) {
            String raw = a.isTextual() ? a.asText() : a.isObject() ? JsonLd.text(a, "name") : null;
            if (raw == null && a.isObject()) {
                String given = JsonLd.text(a, "givenName"), family = JsonLd.text(a, "familyName");
                if (given != null && family != null) raw = given + " " + family;
            }
            if (raw == null || raw.startsWith("http")) continue;
            List<String> types = a.isObject() ? JsonLd.types(a) : List.of();
            if (types.contains("organization") || types.contains("newsmediaorganization")) continue;
            out.addAll(Authors.clean(raw));
        }
        return List.copyOf(out);
    }

    // --- language ----------------------------------------------------------------------------

    private static String language(Document doc, Map<String, String> meta, JsonNode article, Scan scan) {
        Element html = doc.selectFirst("html");
        String declared = first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta.get("content-language"), meta.get("og:locale"), meta.get("dc.language"), meta.get("language"),
                article == null ? null : JsonLd.text(article, "inLanguage"));
        String code = isoCode(declared);
        if (code != null) return code;
        return LanguageIdentifier.identify(scan.paragraphSample());
    }

    /** "de-DE", "en_US", "fr" become "de", "en", "fr"; anything else null. */
    static String isoCode(String tag) {
        if (tag == null) return null;
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) cut++;
        t = t.substring(0, cut);
        if (t.length() == 2) return t.equals("iw") ? "he" : t.equals("in") ? "id" : t;
        return switch (t) {
            case "german", "deutsch", "deu", "ger" -> "de";
            case "english", "eng" -> "en";
            case "french", "fra", "fre" -> "fr";
            case "spanish", "spa" -> "es";
            default -> null;
        };
    }

    // --- canonical URL -------------------------------------------------------------------------

    private static String canonical(Element link, Map<String, String> meta) {
        if (link != null) {
            String abs = link.absUrl("href");
            return abs.isEmpty() ? link.attr("href").strip() : abs;
        }
        String og = meta.get("og:url");
        return og != null && og.startsWith("http") ? og : null;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) return null;
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String first(String... vs) {
        for (String v : vs) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static boolean hasAny(String s, String[] parts) {
        for (String p : parts) if (s.contains(p)) return true;
        return false;
    }

    /** Lower-case words of letters and digits. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length(), i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) i++;
            int st = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) i++;
            if (i > st) out.add(s.substring(st, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Whitespace collapsed, trimmed; null when empty. */
    private static String clean(String s) {
        if (s == null) return null;
        String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * One pass over the page: meta elements, JSON-LD blocks, the canonical link, headings,
     * byline texts and paragraphs for language identification. Iterative ({@link NodeTraversor}).
     */
    private static final class Scan {
        final List<Element> h1s = new ArrayList<>();
        final List<String> bylines = new ArrayList<>();
        final List<Element> paragraphs = new ArrayList<>();
        final Map<String, String> meta = new HashMap<>();
        final List<String> jsonLd = new ArrayList<>();
        Element canonical;

        static Scan of(Document doc) {
            Scan s = new Scan();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                    switch (e.normalName()) {
                        case "script" -> {
                            if (JsonLd.isJsonLd(e)) s.jsonLd.add(e.data());
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        case "style", "noscript", "template", "svg" -> {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        case "meta" -> {
                            s.addMeta(e);
                            return FilterResult.CONTINUE;
                        }
                        case "link" -> {
                            if (s.canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && !e.attr("href").isBlank()) {
                                s.canonical = e;
                            }
                            return FilterResult.CONTINUE;
                        }
                        case "h1" -> {
                            if (s.h1s.size() < 10) s.h1s.add(e);
                        }
                        case "p" -> {
                            if (s.paragraphs.size() < MAX_SAMPLE_PARAGRAPHS) s.paragraphs.add(e);
                        }
                        default -> {
                        }
                    }
                    if (s.bylines.size() < 10 && isByline(e)) {
                        String t = spacedText(e);
                        if (!t.isBlank() && t.length() <= MAX_BYLINE_CHARS) {
                            s.bylines.add(t);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, doc);
            return s;
        }

        /** First content per lower-cased name, property, itemprop or http-equiv. */
        private void addMeta(Element m) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) return;
            for (String a : META_KEYS) {
                String key = m.attr(a).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) meta.putIfAbsent(key, content);
            }
        }

        /** Paragraph text for language identification, up to the sample size. */
        String paragraphSample() {
            StringBuilder sb = new StringBuilder();
            for (Element p : paragraphs) {
                if (sb.length() >= LANGUAGE_SAMPLE_CHARS) break;
                sb.append(p.text()).append('\n');
            }
            return sb.toString();
        }

        /** The element's text with a space wherever two elements meet ("von<span>Jane</span>"). */
        private static String spacedText(Element e) {
            StringBuilder sb = new StringBuilder();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof org.jsoup.nodes.TextNode t) sb.append(t.text());
                else if (node instanceof Element && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            }, e);
            return clean(sb.toString()) == null ? "" : clean(sb.toString());
        }

        private static boolean isByline(Element e) {
            if (e.attributesSize() == 0) return false;
            org.jsoup.nodes.Attributes attrs = e.attributes();
            String ip = attrs.get("itemprop");
            if (!ip.isEmpty() && ip.equalsIgnoreCase("author")) return true;
            if (e.nameIs("a") && attrs.get("rel").toLowerCase(Locale.ROOT).contains("author")) return true;
            String cls = attrs.get("class"), id = attrs.get("id");
            if (cls.isEmpty() && id.isEmpty()) return false;
            String c = lower(id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id);
            return hasAny(c, BYLINE_HINTS) && !hasAny(c, BYLINE_FALSE);
        }

        /** Lower case, without copying strings that have no capital. */
        private static String lower(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isUpperCase(s.charAt(i))) return s.toLowerCase(Locale.ROOT);
            }
            return s;
        }

        /**
         * The headline from the page's h1 elements, or null: an h1 whose words the page title
         * or the meta title mostly hold, or the only h1 of the page; logos, site titles and
         * widget titles are skipped, and a kicker inside the h1 ("dachzeile") is left out.
         */
        String headline(String pageTitle, String metaTitle, String site) {
            Set<String> titleWords = new java.util.HashSet<>(tokens((pageTitle == null ? "" : pageTitle) + " "
                    + (metaTitle == null ? "" : metaTitle)));
            String siteKey = site == null ? null : key(site);
            List<String> candidates = new ArrayList<>();
            for (Element h : h1s) {
                if (hasAny((h.className() + " " + h.id()).toLowerCase(Locale.ROOT), H1_NOT_HEADLINE)) continue;
                String t = headlineText(h);
                if (t == null || t.length() < 4) continue;
                if (siteKey != null && key(t).equals(siteKey)) continue;
                candidates.add(t);
                List<String> words = tokens(t);
                int inTitle = 0;
                for (String w : words) if (titleWords.contains(w)) inTitle++;
                if (!words.isEmpty() && inTitle >= H1_IN_TITLE * words.size()) return t;
            }
            return candidates.size() == 1 && titleWords.isEmpty() ? candidates.get(0) : null;
        }

        /** The h1's text without kickers and hidden helper text. */
        private static String headlineText(Element h) {
            Element main = null;
            for (Element c : h.children()) {
                String cls = c.className().toLowerCase(Locale.ROOT);
                if (cls.contains("headline") || cls.equals("title") || cls.contains("__title")) main = c;
            }
            if (main != null) return clean(main.text());
            boolean hasKicker = false;
            for (Element c : h.children()) {
                if (hasAny(c.className().toLowerCase(Locale.ROOT), KICKER)) hasKicker = true;
            }
            if (!hasKicker) return clean(h.text());
            StringBuilder sb = new StringBuilder();
            for (Node n : h.childNodes()) {
                if (n instanceof Element c && hasAny(c.className().toLowerCase(Locale.ROOT), KICKER)) continue;
                sb.append(n instanceof Element c ? c.text() : n instanceof org.jsoup.nodes.TextNode t ? t.text() : "").append(' ');
            }
            return clean(sb.toString());
        }

        /** The first h1 that is not a logo, site title or widget title, or null. */
        String firstH1() {
            for (Element h : h1s) {
                if (hasAny((h.className() + " " + h.id()).toLowerCase(Locale.ROOT), H1_NOT_HEADLINE)) continue;
                String t = headlineText(h);
                if (t != null && t.length() >= 4) return t;
            }
            return null;
        }
    }
}
