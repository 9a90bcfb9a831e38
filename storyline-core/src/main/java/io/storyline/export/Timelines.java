package io.storyline.export;

import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.DuplicateGroup;
import io.storyline.model.Event;
import io.storyline.model.Quote;
import io.storyline.model.Source;
import io.storyline.model.Story;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a story's timeline from its events: entries in the order of the story (each event's own
 * date, undated last, then first report), each with its sources, the quotes attached to it, the
 * first report (earliest publication, then text order) and the number of independent sources: the
 * articles that report it, a group of copies counted once.
 *
 * <p>Reads the corpus through three lookups so that the analysis in memory and the store share
 * it. Stateless and thread-safe.
 */
public final class Timelines {
    private final Function<String, Event> events;
    private final Function<String, Quote> quotes;
    private final Function<String, String> groupOf;
    private final Function<String, DateValue> published;

    /**
     * @param events    an event by id (null when unknown)
     * @param quotes    a quote by id (null when unknown)
     * @param groupOf   an article's duplicate group id, or null when it has no copies
     * @param published an article's publication date, or null
     */
    public Timelines(Function<String, Event> events, Function<String, Quote> quotes, Function<String, String> groupOf,
                     Function<String, DateValue> published) {
        this.events = Objects.requireNonNull(events, "events");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.groupOf = Objects.requireNonNull(groupOf, "groupOf");
        this.published = Objects.requireNonNull(published, "published");
    }

    /** The lookups over one analysis in memory. */
    public static Timelines of(Analysis analysis) {
        Map<String, Event> events = new HashMap<>();
        for (Event e : analysis.events()) events.put(e.id(), e);
        Map<String, Quote> quotes = new HashMap<>();
        for (Quote q : analysis.quotes()) quotes.put(q.id(), q);
        Map<String, String> groups = new HashMap<>();
        for (DuplicateGroup g : analysis.duplicateGroups()) for (String m : g.members()) groups.put(m, g.id());
        Map<String, DateValue> dates = new HashMap<>();
        for (Article a : analysis.articles()) if (a.published() != null) dates.put(a.id(), a.published());
        return new Timelines(events::get, quotes::get, groups::get, dates::get);
    }

    /** The timeline of one story. */
    public Timeline of(Story story) {
        List<TimelineEntry> entries = new ArrayList<>();
        Set<String> articles = new HashSet<>(story.articles());
        for (String id : story.events()) {
            Event e = events.apply(id);
            if (e != null) entries.add(entry(e));
        }
        return new Timeline(story.id(), story.title(), articles.size(), independent(articles), entries);
    }

    /** The entry of one event. */
    public TimelineEntry entry(Event e) {
        Set<String> reporting = new LinkedHashSet<>();
        for (Source s : e.sources()) reporting.add(s.article());
        Source first = e.sources().stream().min(Comparator
                .comparing((Source s) -> sortable(published.apply(s.article())))
                .thenComparingInt(Source::start)).orElse(null);
        DateValue firstDate = first == null ? null : published.apply(first.article());
        List<Quote> attached = new ArrayList<>();
        for (String q : e.quotes()) {
            Quote quote = quotes.apply(q);
            if (quote != null) attached.add(quote);
        }
        return new TimelineEntry(e.id(), e.when(), e.type(), e.modality(), e.summary(), e.actorNames(), e.targetNames(),
                e.placeName(), e.sources(), attached, first, firstDate == null ? null : firstDate.value(), reporting.size(),
                independent(reporting), e.history());
    }

    /** Articles counted as sources: a group of copies counts once. */
    public int independent(Set<String> articles) {
        Set<String> sources = new HashSet<>();
        for (String a : articles) {
            String g = groupOf.apply(a);
            sources.add(g == null ? a : g);
        }
        return sources.size();
    }

    /** A publication date as a sortable key; undated sorts last. */
    private static String sortable(DateValue d) {
        return d == null ? "~" : d.value();
    }
}
