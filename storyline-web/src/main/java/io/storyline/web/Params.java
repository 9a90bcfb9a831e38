package io.storyline.web;

import io.javalin.http.Context;
import io.storyline.store.ArticleQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Query parameters of list and search requests, checked; misuse is an {@link IllegalArgumentException} (400). */
final class Params {
    /** Parameters of {@code /api/search} and {@code /api/articles}; filters by entity or story join here. */
    static final Set<String> SEARCH = Set.of("q", "site", "from", "to", "sort", "entity", "story", "limit", "offset");
    /** Results per page of the UI. */
    static final int DEFAULT_LIMIT = 20;
    /** Results per page of the API unless {@code limit} says otherwise. */
    static final int API_LIMIT = 10;

    private Params() {
    }

    /** Refuses parameters the route does not know (a misspelt filter must not be silently ignored). */
    static void only(Context ctx, Set<String> known) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' (known: " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** A parameter, null when absent or blank. */
    static String get(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static int integer(Context ctx, String name, int fallback) {
        String v = get(ctx, name);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer: '" + v + "'");
        }
    }

    /** The list or search a request asks for; {@code offset} from {@code offset} or from {@code page} (1-based). */
    static ArticleQuery articleQuery(Context ctx) {
        return articleQuery(ctx, DEFAULT_LIMIT);
    }

    static ArticleQuery articleQuery(Context ctx, int defaultLimit) {
        List<String> sites = new ArrayList<>();
        for (String s : ctx.queryParams("site")) if (!s.isBlank()) sites.add(s.strip());
        int limit = integer(ctx, "limit", defaultLimit);
        int offset = ctx.queryParam("page") != null ? (Math.max(1, integer(ctx, "page", 1)) - 1) * limit
                : integer(ctx, "offset", 0);
        String q = get(ctx, "q");
        String sort = get(ctx, "sort");
        ArticleQuery.Sort order = sort != null ? ArticleQuery.Sort.of(sort)
                : q != null ? ArticleQuery.Sort.RELEVANCE : ArticleQuery.Sort.NEWEST;
        return new ArticleQuery(q, sites, get(ctx, "from"), get(ctx, "to"), order, get(ctx, "entity"), get(ctx, "story"),
                limit, offset);
    }

    /** Checks an entity id ({@code e-…}); returns it. */
    static String entityId(String id) {
        if (id == null || !id.matches("e-[0-9a-z-]{1,64}")) throw new IllegalArgumentException("not an entity id (e-…): '" + id + "'");
        return id;
    }

    /** Checks a story id ({@code s-…}); returns it. */
    static String storyId(String id) {
        if (id == null || !id.matches("s-[0-9a-z-]{1,64}")) throw new IllegalArgumentException("not a story id (s-…): '" + id + "'");
        return id;
    }

    /**
     * A date filter as a bound on stored ISO dates: {@code YYYY}, {@code YYYY-MM} or
     * {@code YYYY-MM-DD}; an upper bound covers the whole year, month or day (exclusive).
     */
    static String dateBound(String d, boolean upper) {
        return upper ? ArticleQuery.upperBound(d) : ArticleQuery.lowerBound(d);
    }
}
