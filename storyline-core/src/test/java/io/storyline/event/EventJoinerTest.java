package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.model.DateValue;
import io.storyline.model.Event;
import io.storyline.model.Modality;
import io.storyline.model.Precision;
import io.storyline.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJoinerTest {
    private static DateValue day(String d, boolean inferred) {
        return new DateValue(d, Precision.DAY, inferred, inferred ? "report" : d);
    }

    private static Event event(String id, String type, DateValue when, List<String> actors, String article, Modality m,
                               String reported) {
        return new Event(id, type, "Summary of " + id, when, actors, List.of("e-target"), null, m,
                List.of(new Source(article, 10, 40, "text of " + id)), List.of("Actor of " + id), List.of("Target"), null,
                List.of(new Event.ModalityChange(m, article, reported)), List.of("q-" + id));
    }

    @Test
    void oneEventMergedInTwoChunksIsJoinedWithEverySourceAndItsHistoryInOrder() {
        Event planned = event("v-1", "CONSULT", day("2019-02-27", false), List.of("e-kim"), "a-1", Modality.PLANNED, "2019-02-20");
        Event held = event("v-2", "CONSULT", day("2019-02-27", false), List.of("e-kim"), "a-9", Modality.ASSERTED, "2019-03-01");
        List<Event> out = EventJoiner.join(List.of(planned, held), new long[] {1, 2});
        assertEquals(1, out.size());
        Event e = out.get(0);
        assertEquals("v-1", e.id(), "the first event's id");
        assertEquals(Modality.ASSERTED, e.modality(), "the latest report's modality");
        assertEquals("Summary of v-2", e.summary(), "an asserted report sums it up");
        assertEquals(List.of("a-1", "a-9"), e.sources().stream().map(Source::article).toList());
        assertEquals(List.of(Modality.PLANNED, Modality.ASSERTED), e.history().stream().map(Event.ModalityChange::modality).toList());
        assertEquals(List.of("q-v-1", "q-v-2"), e.quotes());
    }

    @Test
    void eventsKeptApartByTheMergerOrDatedByTheirReportsOnlyOrOfOtherTypesOrDatesStayApart() {
        Event a = event("v-1", "CONSULT", day("2019-02-27", false), List.of("e-kim"), "a-1", Modality.ASSERTED, "2019-02-28");
        Event sameChunk = event("v-2", "CONSULT", day("2019-02-27", false), List.of("e-kim"), "a-2", Modality.ASSERTED, "2019-02-28");
        Event reported = event("v-3", "CONSULT", day("2019-02-27", true), List.of("e-kim"), "a-3", Modality.ASSERTED, "2019-02-27");
        Event otherType = event("v-4", "AGREE", day("2019-02-27", false), List.of("e-kim"), "a-4", Modality.ASSERTED, "2019-02-28");
        Event otherDay = event("v-5", "CONSULT", day("2019-06-30", false), List.of("e-kim"), "a-5", Modality.ASSERTED, "2019-07-01");
        List<Event> out = EventJoiner.join(List.of(a, sameChunk, reported, otherType, otherDay), new long[] {1, 1, 2, 2, 2});
        assertEquals(List.of("v-1", "v-2", "v-3", "v-4", "v-5"), out.stream().map(Event::id).toList());
    }

    @Test
    void statementsJoinOnlyWithTheSameSpeaker() {
        Event kim = new Event("v-1", "STATEMENT", "Kim said", day("2019-02-27", false), List.of("e-kim"), List.of("e-us"), null,
                Modality.ASSERTED, List.of(new Source("a-1", 0, 5, "Kim said")), List.of("Kim"), List.of("U.S."), null, List.of(), List.of());
        Event other = new Event("v-2", "STATEMENT", "Lee said", day("2019-02-27", false), List.of("e-lee"), List.of("e-us"), null,
                Modality.ASSERTED, List.of(new Source("a-2", 0, 5, "Lee said")), List.of("Lee"), List.of("U.S."), null, List.of(), List.of());
        assertEquals(2, EventJoiner.join(List.of(kim, other), new long[] {1, 2}).size(), "a shared target does not make one statement");
    }
}
