package io.storyline.extract.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD objects of a page ({@code <script type="application/ld+json">}), read leniently:
 * comments, trailing commas, single quotes, raw control characters and CDATA or HTML-comment
 * wrappers are tolerated; nested {@code @graph} lists and arrays are flattened into one list of
 * objects in document order. A block that still does not parse is kept as raw text so callers
 * can fall back to a pattern search. Immutable.
 *
 * @param objects every JSON object found, outermost first
 * @param broken  the text of blocks that did not parse
 */
public record JsonLd(List<JsonNode> objects, List<String> broken) {
    /** Objects whose {@code @type} says they are the page's article (or the page itself). */
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting",
            "liveblogposting", "techarticle", "scholarlyarticle", "report", "medicalwebpage",
            "webpage", "itempage", "aboutpage", "qapage", "faqpage", "collectionpage", "creativework",
            "posting", "discussionforumposting", "videoobject", "podcastepisode", "recipe", "event");
    /** Blocks longer than this are not read (a page embedding a data dump). */
    private static final int MAX_BLOCK_CHARS = 500_000;
    /** Most objects collected from one page. */
    private static final int MAX_OBJECTS = 2_000;

    private static final ObjectMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES)
            .build();

    public static final JsonLd NONE = new JsonLd(List.of(), List.of());

    public JsonLd {
        objects = List.copyOf(objects);
        broken = List.copyOf(broken);
    }

    /** Reads every JSON-LD block of the document. Never throws on bad data. */
    public static JsonLd of(Document doc) {
        List<String> blocks = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            if (isJsonLd(script)) blocks.add(script.data());
        }
        return of(blocks);
    }

    /** True for a {@code <script type="application/ld+json">} element. */
    public static boolean isJsonLd(Element script) {
        return script.nameIs("script") && script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json");
    }

    /** Reads JSON-LD blocks given as the raw text of their script elements. Never throws on bad data. */
    public static JsonLd of(List<String> blocks) {
        List<JsonNode> objects = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String raw : blocks) {
            if (raw.length() > MAX_BLOCK_CHARS) continue;
            String json = unwrap(raw);
            if (json.isEmpty()) continue;
            JsonNode root = parse(json);
            if (root == null) {
                broken.add(json);
                continue;
            }
            flatten(root, objects);
        }
        return objects.isEmpty() && broken.isEmpty() ? NONE : new JsonLd(objects, broken);
    }

    private static JsonNode parse(String json) {
        try {
            return LENIENT.readTree(json);
        } catch (JsonProcessingException | RuntimeException e) {
            // several objects one after the other, or junk after the first: read the first
            try {
                return LENIENT.readerFor(JsonNode.class).<JsonNode>readValues(json).nextValue();
            } catch (java.io.IOException | RuntimeException e2) {
                return null;
            }
        }
    }

    private static String unwrap(String raw) {
        String s = raw.strip();
        if (s.startsWith("<!--")) s = s.substring(4);
        if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
        s = s.strip();
        if (s.startsWith("//<![CDATA[")) s = s.substring(11);
        else if (s.startsWith("<![CDATA[")) s = s.substring(9);
        if (s.endsWith("//]]>")) s = s.substring(0, s.length() - 5);
        else if (s.endsWith("]]>")) s = s.substring(0, s.length() - 3);
        return s.strip();
    }

    /** Collects all objects, breadth first, so outer objects come before the ones they hold. */
    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty() && out.size() < MAX_OBJECTS) {
            JsonNode n = queue.poll();
            if (n.isArray()) {
                n.forEach(queue::add);
            } else if (n.isObject()) {
                out.add(n);
                for (JsonNode child : n) {
                    if (child.isContainerNode()) queue.add(child);
                }
            }
        }
    }

    /** The {@code @type} values of an object, lower case. */
    public static List<String> types(JsonNode object) {
        JsonNode t = object.get("@type");
        if (t == null) return List.of();
        List<String> out = new ArrayList<>();
        if (t.isArray()) {
            for (JsonNode x : t) if (x.isTextual()) out.add(x.asText().toLowerCase(Locale.ROOT));
        } else if (t.isTextual()) {
            out.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** True when the object is an article, a posting or a web page (not a person, an organisation, a comment). */
    public static boolean isArticle(JsonNode object) {
        for (String t : types(object)) {
            int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')); // "http://schema.org/NewsArticle"
            if (ARTICLE_TYPES.contains(t.substring(cut + 1))) return true;
        }
        return false;
    }

    /** True for page-level types (WebPage and kin), which describe the page more loosely than an article does. */
    public static boolean isWebPage(JsonNode object) {
        for (String t : types(object)) if (t.endsWith("page")) return true;
        return false;
    }

    /** A text field of an object, or null: strings as they are, the first string of an array. */
    public static String text(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null) return null;
        if (v.isArray() && !v.isEmpty()) v = v.get(0);
        if (v.isTextual()) {
            String s = v.asText().strip();
            return s.isEmpty() ? null : s;
        }
        if (v.isNumber()) return v.asText();
        return null;
    }
}
