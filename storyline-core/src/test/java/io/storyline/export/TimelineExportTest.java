package io.storyline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.DateValue;
import io.storyline.model.Event;
import io.storyline.model.Modality;
import io.storyline.model.Precision;
import io.storyline.model.Quote;
import io.storyline.model.Source;
import io.storyline.model.Story;
import io.storyline.model.Timeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Timelines from events (independent sources, first report, quotes) and their five export formats, hostile text included. */
class TimelineExportTest {
    static final String HOSTILE = "<script>alert(1)</script> =HYPERLINK(\"http://x\") \"quoted\", comma";

    static Event event(String id, String when, Precision p, String summary, List<Source> sources, List<String> quotes) {
        return new Event(id, "CONSULT", summary, when == null ? null : new DateValue(when, p, false, null), List.of("e-1"),
                List.of(), null, Modality.ASSERTED, sources, List.of("Ilse Varga"), List.of(), null,
                List.of(new Event.ModalityChange(Modality.PLANNED, "a-1", "2021-01-02"),
                        new Event.ModalityChange(Modality.ASSERTED, "a-2", "2021-02-03")), quotes);
    }

    static Timeline timeline() {
        Source s1 = new Source("a-1", 0, 10, "Talks were held."), s2 = new Source("a-2", 5, 15, "Talks were held."),
                s3 = new Source("a-3", 0, 10, HOSTILE);
        Event summit = event("v-1", "2017-06-12", Precision.DAY, "The first summit", List.of(s2, s1, s3), List.of("q-1"));
        Event later = event("v-2", "2021-02", Precision.MONTH, HOSTILE, List.of(s3), List.of());
        Event undated = event("v-3", null, null, "Something undated", List.of(s1), List.of());
        Quote q = new Quote("q-1", "a-1", 20, 40, "We are ready", "Ilse Varga", "e-1", "told reporters", List.of("a-2"));
        Map<String, DateValue> published = Map.of("a-1", new DateValue("2021-02-03", Precision.DAY, false, null),
                "a-2", new DateValue("2021-02-04", Precision.DAY, false, null),
                "a-3", new DateValue("2021-02-01", Precision.DAY, false, null));
        Map<String, String> groups = Map.of("a-1", "d-1", "a-2", "d-1"); // a-2 is a copy of a-1
        Map<String, Event> events = Map.of("v-1", summit, "v-2", later, "v-3", undated);
        Timelines t = new Timelines(events::get, Map.of("q-1", q)::get, groups::get, published::get);
        return t.of(new Story("s-1", "Talks <b>", List.of("a-1", "a-2", "a-3"), List.of("v-1", "v-2", "v-3"), List.of(), List.of()));
    }

    @Test
    void entriesCountCopiesOnceAndNameTheFirstReport() {
        Timeline t = timeline();
        assertEquals(3, t.articles());
        assertEquals(2, t.independentSources(), "a-1 and its copy a-2 are one source");
        var summit = t.entries().get(0);
        assertEquals(3, summit.articles());
        assertEquals(2, summit.independentSources());
        assertEquals("a-3", summit.firstReport().article(), "the earliest publication reported it first");
        assertEquals("2021-02-01", summit.firstReported());
        assertEquals(1, summit.quotes().size());
        assertEquals(List.of("v-1", "v-2", "v-3"), t.entries().stream().map(e -> e.event()).toList());
    }

    @Test
    void jsonAndTimelineJsAreValidAndCarryEveryDatedEntry() throws Exception {
        ObjectMapper om = new ObjectMapper();
        JsonNode json = om.readTree(TimelineExport.toString(List.of(timeline()), TimelineExport.Format.JSON));
        JsonNode entries = json.path("timelines").get(0).path("entries");
        assertEquals(3, entries.size());
        assertEquals("month", entries.get(1).path("when").path("precision").asText());
        assertEquals(HOSTILE, entries.get(1).path("summary").asText(), "JSON keeps text as it is");
        assertEquals("2021-02-01", entries.get(0).path("firstReport").path("published").asText());
        JsonNode tjs = om.readTree(TimelineExport.toString(List.of(timeline()), TimelineExport.Format.TIMELINEJS));
        assertEquals(2, tjs.path("events").size(), "TimelineJS needs a start date: the undated entry is left out");
        assertEquals("2017", tjs.path("events").get(0).path("start_date").path("year").asText());
        assertEquals("06", tjs.path("events").get(0).path("start_date").path("month").asText());
        assertFalse(tjs.path("events").get(0).path("start_date").has("hour"));
        assertFalse(tjs.path("events").get(1).path("start_date").has("day"), "a month stays a month");
        for (JsonNode e : tjs.path("events")) {
            assertFalse(e.path("text").path("text").asText().contains("<script>"), "TimelineJS text is HTML: escaped");
            assertFalse(e.path("text").path("headline").asText().contains("<script>"));
        }
        assertTrue(tjs.path("title").path("text").path("text").asText().contains("1 undated"));
    }

    @Test
    void htmlAndMarkdownEscapeCaptureText() {
        String html = TimelineExport.toString(List.of(timeline()), TimelineExport.Format.HTML);
        assertFalse(html.contains("<script>alert"), "escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("Content-Security-Policy"), "the page forbids scripts");
        assertFalse(html.contains("<b>"), "the title is escaped too");
        String md = TimelineExport.toString(List.of(timeline()), TimelineExport.Format.MD);
        assertFalse(md.contains("<script>"));
        assertTrue(md.contains("| 2017-06-12 (day) | CONSULT | asserted | The first summit | 2 (3 articles) | a-3, 2021-02-01 |"), md);
    }

    @Test
    void csvQuotesCellsAndDefusesFormulas() {
        String csv = TimelineExport.toString(List.of(timeline()), TimelineExport.Format.CSV);
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, "header and three entries");
        assertTrue(lines[0].startsWith("story,event,when,precision,"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", TimelineExport.csvCell("=HYPERLINK(\"http://x\")"));
        assertEquals("'@SUM(A1)", TimelineExport.csvCell("@SUM(A1)"));
        assertEquals("-12.5", TimelineExport.csvCell("-12.5"), "numbers stay numbers");
        assertEquals("\"a,b\"", TimelineExport.csvCell("a,b"));
        assertEquals("\"two\nlines\"", TimelineExport.csvCell("two\nlines"));
        assertTrue(lines[2].contains("\"<script>alert(1)</script> =HYPERLINK(\"\"http://x\"\") \"\"quoted\"\", comma\""), lines[2]);
    }

    @Test
    void unknownFormatsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimelineExport.Format.of("xml"));
        assertEquals(TimelineExport.Format.TIMELINEJS, TimelineExport.Format.of("timelinejs"));
    }
}
