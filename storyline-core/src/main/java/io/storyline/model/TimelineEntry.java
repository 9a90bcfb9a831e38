package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One line of a story's timeline: an event at its own date, with what a reader needs to check it.
 *
 * @param event              the event id
 * @param when               the event's date with its precision, or null when unknown
 * @param type               the event type
 * @param modality           asserted, planned, hypothetical or negated (the latest report's)
 * @param summary            one sentence
 * @param actors             who acted, as named
 * @param targets            to whom, as named
 * @param place              where, as named, or null
 * @param sources            every report: article and span
 * @param quotes             quotes attached to the event
 * @param firstReport        the earliest report (by publication date, then by input order)
 * @param firstReported      the publication date of the first report, or null when undated
 * @param articles           how many articles report it
 * @param independentSources how many independent texts report it (a syndicated group counts once)
 * @param history            how its modality changed across reports
 */
public record TimelineEntry(String event, DateValue when, String type, Modality modality, String summary,
                            List<String> actors, List<String> targets, String place, List<Source> sources,
                            List<Quote> quotes, Source firstReport, String firstReported, int articles,
                            int independentSources, List<Event.ModalityChange> history) {
    public TimelineEntry {
        Objects.requireNonNull(event, "event");
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        sources = List.copyOf(sources);
        quotes = List.copyOf(quotes);
        history = List.copyOf(history);
    }
}
