package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event with every report of it, across articles and years: the contract's
 * {@code events} entry.
 *
 * @param id         stable id {@code v-…} (from its first mention)
 * @param type       PLOVER category, STATEMENT or a general type (see {@link EventMention#type()})
 * @param summary    one sentence saying who did what to whom
 * @param when       the event's own time, the most precise stated by any report; null when unknown
 * @param actors     entity ids of who acted (resolved participants only)
 * @param targets    entity ids of to whom or what
 * @param place      entity id of where, or null
 * @param modality   the modality of the latest report ("planned" until a report says it happened)
 * @param sources    every report: article and span
 * @param actorNames who acted, as printed (resolved or not), for display
 * @param targetNames to whom, as printed
 * @param placeName  where, as printed, or null
 * @param history    how the reports presented it, in reporting order (planned, then asserted, …)
 * @param quotes     ids of the quotes attached to the event
 */
public record Event(String id, String type, String summary, DateValue when, List<String> actors, List<String> targets,
                    String place, Modality modality, List<Source> sources, List<String> actorNames,
                    List<String> targetNames, String placeName, List<ModalityChange> history, List<String> quotes) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(modality, "modality");
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        sources = List.copyOf(sources);
        actorNames = List.copyOf(actorNames);
        targetNames = List.copyOf(targetNames);
        history = List.copyOf(history);
        quotes = List.copyOf(quotes);
    }

    /**
     * One step of an event's modality history: how one article presented it.
     *
     * @param modality as that article presented it
     * @param article  the article
     * @param reported the article's publication day (or value), or null when undated
     */
    public record ModalityChange(Modality modality, String article, String reported) {
    }
}
