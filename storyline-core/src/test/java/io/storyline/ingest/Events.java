package io.storyline.ingest;

import io.storyline.model.Capture;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what ingest emits, in order. */
final class Events implements IngestSink {
    /** One emitted item: a capture, or an outcome with where it is about. */
    record Event(String input, Capture capture, Outcome outcome, Provenance where) {
        boolean isCapture() {
            return capture != null;
        }

        @Override
        public String toString() {
            return isCapture() ? "capture " + input + " (" + capture.format() + ", " + capture.bytes().length + " B)"
                    : outcome.status().label() + " " + input + ": " + outcome.reason();
        }
    }

    final List<Event> all = new ArrayList<>();

    @Override
    public void capture(Capture capture) {
        all.add(new Event(capture.input(), capture, null, capture.provenance()));
    }

    @Override
    public void outcome(Provenance where, Outcome outcome) {
        if (!where.input().equals(outcome.input())) throw new AssertionError(where + " vs " + outcome.input());
        all.add(new Event(outcome.input(), null, outcome, where));
    }

    Event only() {
        if (all.size() != 1) throw new AssertionError("expected one event, got " + all);
        return all.get(0);
    }

    Event get(String input) {
        return all.stream().filter(e -> e.input().equals(input)).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + input + " in " + all));
    }

    List<Capture> captures() {
        return all.stream().filter(Event::isCapture).map(Event::capture).toList();
    }
}
