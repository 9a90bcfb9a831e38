package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles about one unfolding matter and the events they report: the contract's
 * {@code stories} entry.
 *
 * @param id       stable id {@code s-…} (from the story's first article; kept when stories merge)
 * @param title    a title: the headline of the article most central to the story
 * @param articles article ids, in the order they joined
 * @param events   event ids in timeline order (by {@code when}, then by first report)
 * @param terms    the story's strongest terms: the evidence its articles share
 * @param history  how the story came to be: each join, merge and split, with its evidence
 */
public record Story(String id, String title, List<String> articles, List<String> events, List<String> terms,
                    List<StoryDecision> history) {
    public Story {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        terms = List.copyOf(terms);
        history = List.copyOf(history);
    }
}
