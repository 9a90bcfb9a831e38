package io.storyline.event;

import io.storyline.model.DateValue;
import io.storyline.model.Event;
import io.storyline.model.Modality;
import io.storyline.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Joins events that {@link EventMerger} built apart, from separate batches of mentions, but that
 * report one event. A store merges a long story's mentions in chunks of articles, so that adding
 * an article costs the same in a story's first year as in its fifth; an event retold across
 * chunks ("their first summit, in June 2018") comes out once per chunk, and is joined here.
 *
 * <p>Two events of different batches are one when they have the same type, both carry a date
 * their reports state (not only the reporting time) and the dates overlap, and they share a
 * participant: an entity, or a name printed alike (for a statement, the same speaker). Events of one batch are never joined:
 * the merger saw them together and kept them apart. The joined event keeps the first event's id
 * and place in the given order, the most informative date, every source, actor, target and quote,
 * and the modality history of all its reports in reporting order. Final and stateless.
 */
public final class EventJoiner {
    private EventJoiner() {
    }

    /**
     * The events with those that report one event joined.
     *
     * @param events events in the order to keep (a timeline's)
     * @param batch  for each event, the batch of mentions it was merged from (a story chunk)
     * @return the events, each joined one at the place of its first member
     */
    public static List<Event> join(List<Event> events, long[] batch) {
        Objects.requireNonNull(events, "events");
        if (batch.length != events.size()) throw new IllegalArgumentException("one batch per event expected");
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> byKey = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Group into = null;
            if (stated(e.when())) {
                for (String k : keys(e)) {
                    for (Group g : byKey.getOrDefault(k, List.of())) {
                        if (g.accepts(e, batch[i]) && (into == null || g.order < into.order)) into = g;
                    }
                }
            }
            if (into == null) {
                into = new Group(groups.size());
                groups.add(into);
            }
            into.add(e, batch[i]);
            if (stated(e.when())) for (String k : keys(e)) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(into);
        }
        List<Event> out = new ArrayList<>(groups.size());
        for (Group g : groups) out.add(g.event());
        return out;
    }

    /** A date the reports state, not the reporting time of a clause without one. */
    private static boolean stated(DateValue d) {
        return d != null && !d.inferred() && DateRange.parse(d.value()) != null;
    }

    /** Lookup keys: the type with each participant entity (with each speaker, for a statement). */
    private static Set<String> keys(Event e) {
        Set<String> keys = new LinkedHashSet<>();
        for (String id : participants(e)) keys.add(e.type() + "|" + id);
        return keys;
    }

    /** Who takes part: entity ids, and the printed names (unresolved participants have only those). */
    private static Set<String> participants(Event e) {
        Set<String> ids = new LinkedHashSet<>(e.actors());
        for (String name : e.actorNames()) ids.add("n:" + EventMerger.normalize(name));
        if (!"STATEMENT".equals(e.type())) {
            ids.addAll(e.targets());
            for (String name : e.targetNames()) ids.add("n:" + EventMerger.normalize(name));
        }
        ids.remove("n:");
        return ids;
    }

    /** The events found to be one so far. */
    private static final class Group {
        final int order;
        final List<Event> members = new ArrayList<>();
        final Set<Long> batches = new HashSet<>();
        final Set<String> participants = new HashSet<>();
        DateValue when;

        Group(int order) {
            this.order = order;
        }

        boolean accepts(Event e, long batch) {
            if (batches.contains(batch) || !members.get(0).type().equals(e.type()) || !stated(when)) return false;
            if (!DateRange.parse(when.value()).overlaps(DateRange.parse(e.when().value()))) return false;
            for (String id : participants(e)) if (participants.contains(id)) return true;
            return false;
        }

        void add(Event e, long batch) {
            members.add(e);
            batches.add(batch);
            participants.addAll(participants(e));
            when = EventMerger.better(when, e.when());
        }

        Event event() {
            Event first = members.get(0);
            if (members.size() == 1) return first;
            Event rep = first;
            for (Event e : members) {
                if (e.modality() == Modality.ASSERTED && rep.modality() != Modality.ASSERTED) rep = e;
            }
            Set<String> actors = new LinkedHashSet<>(), targets = new LinkedHashSet<>(), quotes = new LinkedHashSet<>();
            Set<String> actorNames = new LinkedHashSet<>(), targetNames = new LinkedHashSet<>();
            List<Source> sources = new ArrayList<>();
            List<Event.ModalityChange> history = new ArrayList<>();
            Set<String> reported = new HashSet<>();
            String place = null, placeName = null;
            for (Event e : members) {
                actors.addAll(e.actors());
                targets.addAll(e.targets());
                quotes.addAll(e.quotes());
                actorNames.addAll(e.actorNames());
                targetNames.addAll(e.targetNames());
                for (Source s : e.sources()) if (!covered(sources, s)) sources.add(s);
                for (Event.ModalityChange h : e.history()) if (reported.add(h.article())) history.add(h);
                if (place == null && placeName == null) {
                    place = e.place();
                    placeName = e.placeName();
                }
            }
            // reporting order: by publication (undated reports last), ties in the order given
            history.sort(Comparator.comparing(Event.ModalityChange::reported, Comparator.nullsLast(Comparator.naturalOrder())));
            Modality modality = history.isEmpty() ? rep.modality() : history.get(history.size() - 1).modality();
            return new Event(first.id(), first.type(), rep.summary(), when, List.copyOf(actors), List.copyOf(targets),
                    place, modality, sources, List.copyOf(actorNames), List.copyOf(targetNames), placeName, history,
                    List.copyOf(quotes));
        }

        private static boolean covered(List<Source> sources, Source s) {
            for (Source o : sources) {
                if (o.article().equals(s.article()) && o.start() < s.end() && s.start() < o.end()) return true;
            }
            return false;
        }
    }
}
