package io.storyline.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a person types in a search box into an SQLite FTS5 query that cannot fail to parse.
 *
 * <p>The syntax: words (all must occur), {@code "a phrase"}, {@code word*} (prefix), {@code OR}
 * between two terms (either), {@code -word} or {@code -"a phrase"} (must not occur). Everything
 * else is a word: each term is passed to FTS5 as a quoted string, so punctuation, parentheses,
 * column names and FTS5 operators typed by a user are searched for as text, never interpreted.
 * Terms without a letter or digit are dropped; a query with no positive term has nothing to
 * search ({@link #toMatch} returns null).
 */
public final class SearchSyntax {
    /** Longest query considered, in characters; the rest is ignored. */
    public static final int MAX_CHARS = 500;
    /** Most terms considered; the rest are ignored. */
    public static final int MAX_TERMS = 32;

    private SearchSyntax() {
    }

    /** One term: a word or phrase, possibly a prefix, possibly negated, possibly OR-ed with the one before. */
    private record Term(String text, boolean prefix, boolean negated, boolean orWithPrevious) {
        String fts() {
            return "\"" + text.replace("\"", "\"\"") + "\"" + (prefix ? "*" : "");
        }
    }

    /** The FTS5 expression for a user query, or null when it holds nothing to search for. */
    public static String toMatch(String query) {
        if (query == null) return null;
        List<Term> terms = terms(query.length() > MAX_CHARS ? query.substring(0, MAX_CHARS) : query);
        // groups of positive terms joined by OR; groups are ANDed
        List<List<Term>> groups = new ArrayList<>();
        List<Term> negatives = new ArrayList<>();
        for (Term t : terms) {
            if (t.negated()) {
                negatives.add(t);
            } else if (t.orWithPrevious() && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(t);
            } else {
                groups.add(new ArrayList<>(List.of(t)));
            }
        }
        if (groups.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (List<Term> g : groups) {
            if (!sb.isEmpty()) sb.append(" AND ");
            if (g.size() == 1) {
                sb.append(g.get(0).fts());
            } else {
                sb.append('(');
                for (int i = 0; i < g.size(); i++) sb.append(i == 0 ? "" : " OR ").append(g.get(i).fts());
                sb.append(')');
            }
        }
        if (negatives.isEmpty()) return sb.toString();
        StringBuilder out = new StringBuilder("(").append(sb).append(')');
        for (Term n : negatives) out.append(" NOT ").append(n.fts());
        return out.toString();
    }

    private static List<Term> terms(String q) {
        List<Term> out = new ArrayList<>();
        int i = 0, n = q.length();
        boolean pendingOr = false;
        while (i < n && out.size() < MAX_TERMS) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                negated = true;
                i++;
            }
            String text;
            boolean prefix = false;
            boolean quoted = i < n && q.charAt(i) == '"';
            if (quoted) {
                int close = q.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                text = q.substring(i + 1, end);
                i = close < 0 ? n : close + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(q.charAt(i))) i++;
                text = q.substring(start, i);
                if (!negated && text.equals("OR")) {
                    pendingOr = !out.isEmpty();
                    continue;
                }
                if (text.endsWith("*")) {
                    prefix = true;
                    text = text.replaceAll("\\*+$", "");
                }
                text = text.replace("\"", " ");
            }
            if (!searchable(text)) continue;
            out.add(new Term(text.strip(), prefix, negated, pendingOr && !negated));
            pendingOr = false;
        }
        return out;
    }

    /** Whether a term holds something the tokenizer indexes: a letter or a digit. */
    private static boolean searchable(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
