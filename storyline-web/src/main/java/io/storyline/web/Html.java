package io.storyline.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A small HTML writer that escapes everything it is given: text content, attribute values. Tag
 * and attribute names come from code and are checked: event handlers ({@code on…}), inline
 * {@code style} and {@code srcdoc} are refused, so no value from a capture can become script.
 * Not thread-safe; one per page.
 */
final class Html {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("href|src|action|formaction");

    private final StringBuilder sb = new StringBuilder(8192);

    /** Escapes text for an HTML text node or a quoted attribute value. */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\u0000' -> "\uFFFD";
                default -> null;
            };
            if (rep != null) {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Whether a name is {@code [a-z][a-z0-9-]*} ({@link #NAME}, without a regex: this runs for every tag and attribute). */
    private static boolean wellFormed(String name) {
        if (name.isEmpty()) return false;
        char first = name.charAt(0);
        if (first < 'a' || first > 'z') return false;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) return false;
        }
        return true;
    }

    private static String checkName(String name) {
        if (!wellFormed(name)) throw new IllegalArgumentException("bad HTML name: " + name);
        String n = name;
        if (n.startsWith("on") || n.equals("style") || n.equals("srcdoc")) {
            throw new IllegalArgumentException("attribute not allowed: " + name);
        }
        return name;
    }

    /** Opens an element; {@code attrs} are name, value pairs (a null value leaves the attribute out). */
    Html open(String tag, String... attrs) {
        sb.append('<').append(checkName(tag));
        attributes(attrs);
        sb.append('>');
        return this;
    }

    /** A void element ({@code input}, {@code meta}, {@code link}, {@code br}). */
    Html empty(String tag, String... attrs) {
        return open(tag, attrs);
    }

    private void attributes(String... attrs) {
        if (attrs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        for (int i = 0; i < attrs.length; i += 2) {
            String name = checkName(attrs[i]), value = attrs[i + 1];
            if (value == null) continue;
            if (URL_ATTRIBUTE.matcher(name).matches() && !Urls.safe(value)) {
                throw new IllegalArgumentException("unsafe URL for " + name + ": " + value);
            }
            sb.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    Html close(String tag) {
        sb.append("</").append(checkName(tag)).append('>');
        return this;
    }

    /** Escaped text. */
    Html text(String s) {
        sb.append(escape(s));
        return this;
    }

    /** An element holding escaped text. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** A link: {@code href} must be a path of this site or an http(s) URL. */
    Html a(String href, String text, String... attrs) {
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    /** Markup made by another writer (already escaped). */
    Html append(Html other) {
        sb.append(other.sb);
        return this;
    }

    /** Markup made by this package's renderers, which escape what they write. */
    Html trusted(Highlighter.Rendered rendered) {
        sb.append(rendered.html());
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
