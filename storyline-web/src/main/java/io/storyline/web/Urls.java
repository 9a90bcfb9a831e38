package io.storyline.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Links: paths of this site built from encoded parts, and outside links kept only when http(s). */
final class Urls {
    private Urls() {
    }

    /** A path segment or query value, percent-encoded. */
    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A path of this site: {@code base} followed by encoded segments. */
    static String path(String base, String... segments) {
        StringBuilder sb = new StringBuilder(base);
        for (String s : segments) sb.append('/').append(enc(s));
        return sb.toString();
    }

    /** {@code path} with a query of name, value pairs (null or empty values left out). */
    static String query(String path, String... pairs) {
        StringBuilder sb = new StringBuilder(path);
        char sep = path.indexOf('?') < 0 ? '?' : '&';
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] == null || pairs[i + 1].isEmpty()) continue;
            sb.append(sep).append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
            sep = '&';
        }
        return sb.toString();
    }

    /** The URL when it is an absolute http or https URL, else null (javascript:, data:, relative, malformed). */
    static String external(String url) {
        if (url == null) return null;
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) return null;
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? uri.toASCIIString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Whether a link target is allowed: a path of this site ({@code /…}, not {@code //…}) or an http(s) URL. */
    static boolean safe(String href) {
        if (href.startsWith("/")) return !href.startsWith("//") && !href.startsWith("/\\");
        if (href.startsWith("?") || href.startsWith("#")) return true;
        return external(href) != null && external(href).equals(href);
    }
}
