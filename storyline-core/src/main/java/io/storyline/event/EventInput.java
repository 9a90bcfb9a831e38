package io.storyline.event;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Entity;
import io.storyline.model.Mention;
import io.storyline.model.Quote;
import io.storyline.model.Timex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What event extraction reads of one article: its text analysis and its annotations. Any
 * annotation list may be empty (no names found, no quotes yet): events still come out, with
 * participants as printed and times from the reporting date.
 *
 * @param article  the article
 * @param analysis its tokens and sentences ({@code analysis.text()} is {@code article.text()})
 * @param mentions its names (NER), in text order
 * @param timexes  its time expressions, resolved
 * @param quotes   its direct quotes
 * @param entities entity id by mention offsets ({@link #key(int, int)}), from corpus resolution
 */
public record EventInput(Article article, TextAnalysis analysis, List<Mention> mentions, List<Timex> timexes,
                         List<Quote> quotes, Map<Long, String> entities) {
    public EventInput {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        if (!analysis.text().equals(article.text())) throw new IllegalArgumentException("the analysis is of another text");
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
        timexes = List.copyOf(timexes == null ? List.of() : timexes);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        entities = Map.copyOf(entities == null ? Map.of() : entities);
    }

    /** An article with its analysis and no annotations. */
    public static EventInput of(Article article, TextAnalysis analysis) {
        return new EventInput(article, analysis, List.of(), List.of(), List.of(), Map.of());
    }

    public EventInput withMentions(List<Mention> m) {
        return new EventInput(article, analysis, m, timexes, quotes, entities);
    }

    public EventInput withTimexes(List<Timex> x) {
        return new EventInput(article, analysis, mentions, x, quotes, entities);
    }

    public EventInput withQuotes(List<Quote> q) {
        return new EventInput(article, analysis, mentions, timexes, q, entities);
    }

    /** The entity ids of this article's mentions, taken from resolved entities. */
    public EventInput withEntities(List<Entity> resolved) {
        Map<Long, String> m = new HashMap<>();
        for (Entity e : resolved) {
            for (Mention x : e.mentions()) {
                if (article.id().equals(x.article())) m.put(key(x.start(), x.end()), e.id());
            }
        }
        return new EventInput(article, analysis, mentions, timexes, quotes, m);
    }

    /**
     * The names of this article and their entity ids, from the entity resolver's answer for it
     * (the usual way in: {@code EventInput.of(a, t).withTimexes(x).withResolution(resolver.add(...))}).
     */
    public EventInput withResolution(io.storyline.annotate.entity.EntityResolver.Resolution r) {
        if (r == null) return this;
        Map<Long, String> m = new HashMap<>();
        for (int i = 0; i < r.mentions().size(); i++) {
            Mention x = r.mentions().get(i);
            String id = r.entities().get(i);
            if (id != null) m.put(key(x.start(), x.end()), id);
        }
        return new EventInput(article, analysis, r.mentions(), timexes, quotes, m);
    }

    /**
     * The key of a mention's offsets in {@link #entities()}: one per pair of offsets, its bits
     * mixed (by an odd multiplier, a bijection) so that a hash map of them spreads; the plain
     * {@code start << 32 | end} folds to {@code start ^ end} in {@link Long#hashCode}, which puts
     * every mention of the same length near the same bucket.
     */
    public static long key(int start, int end) {
        return (((long) start << 32) | (end & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }
}
