package io.storyline.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to list or search among stored articles: an optional full-text query and filters, all
 * ANDed. Filters are independent clauses, so later filters (by entity, by story) are new
 * components here and new clauses in {@link StoreQueries}, without touching the others.
 *
 * @param text   what the user typed ({@link SearchSyntax}), or null to list without searching
 * @param sites  keep articles of these sites (outlets) only; empty for all
 * @param from   keep articles published on or after this ISO date ({@code 2019}, {@code 2019-02},
 *               {@code 2019-02-19}), or null
 * @param to     keep articles published on or before this ISO date (the whole year, month or day), or null
 * @param sort   the order of results
 * @param entity keep articles that mention this entity ({@code e-…}), or null
 * @param story  keep articles of this story ({@code s-…}), or null
 * @param limit  results per page, 1 to {@link #MAX_LIMIT}
 * @param offset results skipped, 0 to {@link #MAX_OFFSET}
 */
public record ArticleQuery(String text, List<String> sites, String from, String to, Sort sort, String entity, String story,
                           int limit, int offset) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    /** Result orders: by relevance (needs a text), newest or oldest publication first (undated last). */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The sort named {@code s}; throws IllegalArgumentException for another name. */
        public static Sort of(String s) {
            for (Sort v : values()) if (v.label().equals(s)) return v;
            throw new IllegalArgumentException("unknown sort '" + s + "' (relevance, newest, oldest)");
        }
    }

    public ArticleQuery {
        sites = List.copyOf(sites == null ? List.of() : sites);
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be 0 to " + MAX_OFFSET + ": " + offset);
        if (from != null) lowerBound(from);
        if (to != null) upperBound(to);
        if (sort == Sort.RELEVANCE && match(text) == null) sort = Sort.NEWEST;
        if (entity != null && !entity.matches("e-[0-9a-z-]{1,64}")) throw new IllegalArgumentException("entity must be an entity id (e-…): '" + entity + "'");
        if (story != null && !story.matches("s-[0-9a-z-]{1,64}")) throw new IllegalArgumentException("story must be a story id (s-…): '" + story + "'");
    }

    /** All articles, newest first, one page of {@code limit}. */
    public static ArticleQuery all(int limit) {
        return new ArticleQuery(null, List.of(), null, null, Sort.NEWEST, null, null, limit, 0);
    }

    /** A search for {@code text}, by relevance. */
    public static ArticleQuery search(String text, int limit) {
        return new ArticleQuery(text, List.of(), null, null, Sort.RELEVANCE, null, null, limit, 0);
    }

    /** The FTS5 expression of {@link #text}, or null when there is nothing to search for. */
    public String match() {
        return match(text);
    }

    private static String match(String text) {
        return SearchSyntax.toMatch(text);
    }

    /** The smallest stored date value on or after {@code from}: the date itself, validated. */
    public static String lowerBound(String from) {
        parse(from, "from");
        return from;
    }

    /** The smallest date value after the whole of {@code to} (the next year, month or day). */
    public static String upperBound(String to) {
        return switch (parse(to, "to")) {
            case 4 -> Year.parse(to).plusYears(1).toString();
            case 7 -> YearMonth.parse(to).plusMonths(1).toString();
            default -> LocalDate.parse(to).plusDays(1).toString();
        };
    }

    private static int parse(String d, String what) {
        try {
            switch (d.length()) {
                case 4 -> Year.parse(d);
                case 7 -> YearMonth.parse(d);
                case 10 -> LocalDate.parse(d);
                default -> throw new DateTimeParseException("length", d, 0);
            }
            if (d.charAt(0) == '+' || d.charAt(0) == '-') throw new DateTimeParseException("sign", d, 0);
            return d.length();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be a date YYYY, YYYY-MM or YYYY-MM-DD: '" + d + "'");
        }
    }
}
