package io.storyline.export;

import io.storyline.model.Article;
import io.storyline.model.DuplicateGroup;
import io.storyline.model.Outcome;
import io.storyline.model.Status;
import java.util.List;

/**
 * What one analysis produced: one outcome per input, the articles of the ok ones, and the
 * corpus-level results of the later stages.
 *
 * @param outcomes        one per input, in input order
 * @param duplicateGroups groups of copies of one text
 * @param timexes         each article's time expressions, by article id
 * @param entities        people, organisations, countries and places across the corpus, each with its
 *                        names, roles and mentions
 * @param quotes          direct quotes with their speakers, each quote once (copies in {@code alsoIn})
 * @param events          who did what to whom and when, each event once with every report of it
 * @param stories         articles that tell one story, possibly over years, with their events in
 *                        timeline order
 */
public record Analysis(List<Outcome> outcomes, List<DuplicateGroup> duplicateGroups,
                       java.util.Map<String, List<io.storyline.model.Timex>> timexes,
                       List<io.storyline.model.Entity> entities, List<io.storyline.model.Quote> quotes,
                       List<io.storyline.model.Event> events, List<io.storyline.model.Story> stories) {
    public Analysis {
        outcomes = List.copyOf(outcomes);
        duplicateGroups = List.copyOf(duplicateGroups);
        timexes = java.util.Map.copyOf(timexes);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
    }

    public Analysis(List<Outcome> outcomes, List<DuplicateGroup> duplicateGroups,
                    java.util.Map<String, List<io.storyline.model.Timex>> timexes) {
        this(outcomes, duplicateGroups, timexes, List.of(), List.of(), List.of(), List.of());
    }

    public Analysis(List<Outcome> outcomes) {
        this(outcomes, List.of(), java.util.Map.of());
    }

    /** The time expressions of an article, in text order. */
    public List<io.storyline.model.Timex> timexesOf(String articleId) {
        return timexes.getOrDefault(articleId, List.of());
    }

    public List<Article> articles() {
        return outcomes.stream().filter(o -> o.status() == Status.OK).map(Outcome::article).toList();
    }

    /** Articles minus the copies: each duplicate group counts once. */
    public int independentSources() {
        int copies = 0;
        for (DuplicateGroup g : duplicateGroups) copies += g.members().size() - 1;
        return articles().size() - copies;
    }
}
