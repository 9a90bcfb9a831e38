package io.storyline.extract.html;

import io.storyline.model.Clutter;
import java.util.HashMap;
import java.util.Map;

/**
 * How the segmenter treats each HTML tag: skipped with its subtree, inline (its text joins the
 * surrounding block), or a block boundary of some kind. Tags not in the table are blocks, so an
 * unknown custom element never glues its text to its neighbours.
 */
enum TagKind {
    /** Never visible text: scripts, styles, embedded objects, form controls. */
    SKIP,
    /** Text joins the current block. */
    INLINE,
    /** A line break: one joins lines, two or more end the block. */
    BREAK,
    /** A generic block container (div, section, article, ...). */
    BLOCK,
    PARAGRAPH,
    HEADING,
    LIST,
    ITEM,
    QUOTE,
    PRE,
    TABLE,
    ROW,
    CELL;

    private static final Map<String, TagKind> TAGS = new HashMap<>();

    /** Tags whose mere presence marks their subtree as clutter, with the reason. */
    private static final Map<String, Clutter> CLUTTER_TAGS = Map.ofEntries(
            Map.entry("nav", Clutter.NAVIGATION),
            Map.entry("menu", Clutter.NAVIGATION),
            Map.entry("footer", Clutter.FOOTER),
            Map.entry("aside", Clutter.RELATED),
            Map.entry("figcaption", Clutter.CAPTION),
            Map.entry("dialog", Clutter.TEMPLATE),
            Map.entry("button", Clutter.NAVIGATION),
            Map.entry("label", Clutter.NAVIGATION),
            Map.entry("fieldset", Clutter.NAVIGATION),
            Map.entry("legend", Clutter.NAVIGATION));

    /**
     * Tags that usually hold clutter but sometimes content (a table in a {@code <figure>}):
     * weighed like class/id cues. ({@code <form>} is not one: shops and ASP.NET pages wrap their
     * text in forms.)
     */
    private static final Map<String, Clutter> SOFT_CLUTTER_TAGS = Map.of("figure", Clutter.CAPTION);

    static {
        for (String t : new String[] {"script", "style", "noscript", "template", "svg", "math", "canvas", "video",
                "audio", "iframe", "frame", "object", "embed", "applet", "map", "area", "select", "option",
                "optgroup", "datalist", "textarea", "input", "head", "title", "meta", "link", "base", "source",
                "track", "param", "img", "picture", "rp", "rt", "rtc", "progress", "meter", "output", "noembed",
                "xml"}) {
            TAGS.put(t, SKIP);
        }
        for (String t : new String[] {"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data",
                "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "nobr", "q", "ruby", "rb", "s", "samp",
                "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "label",
                "button", "blink", "marquee"}) {
            TAGS.put(t, INLINE);
        }
        TAGS.put("br", BREAK);
        TAGS.put("p", PARAGRAPH);
        for (String t : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) TAGS.put(t, HEADING);
        for (String t : new String[] {"ul", "ol", "dl", "dir"}) TAGS.put(t, LIST);
        for (String t : new String[] {"li", "dt", "dd"}) TAGS.put(t, ITEM);
        TAGS.put("blockquote", QUOTE);
        TAGS.put("pre", PRE);
        TAGS.put("listing", PRE);
        TAGS.put("xmp", PRE);
        TAGS.put("plaintext", PRE);
        TAGS.put("table", TABLE);
        TAGS.put("tr", ROW);
        TAGS.put("td", CELL);
        TAGS.put("th", CELL);
    }

    static TagKind of(String normalName) {
        return TAGS.getOrDefault(normalName, BLOCK);
    }

    /** The clutter a tag stands for by itself (nav, footer, aside, ...), or null. */
    static Clutter clutter(String normalName) {
        return CLUTTER_TAGS.get(normalName);
    }

    /** The clutter a tag usually stands for, unless its content says otherwise; or null. */
    static Clutter softClutter(String normalName) {
        return SOFT_CLUTTER_TAGS.get(normalName);
    }

    boolean isBlock() {
        return this != INLINE && this != BREAK && this != SKIP;
    }
}
