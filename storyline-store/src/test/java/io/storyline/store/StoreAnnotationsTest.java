package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingest.Limits;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import io.storyline.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annotation in the store: entities, quotes (a copy's quote joins the original's also_in), stories
 * with their events and timelines; incremental across runs, idempotent, and caught up after a run
 * died before annotating.
 */
class StoreAnnotationsTest {
    @TempDir
    Path dir;

    static final String[] STORY = StoreDedupTest.STORY;

    private Path write(String name, String html) throws Exception {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, html, StandardCharsets.UTF_8);
        return f;
    }

    private Ingestion ingestion(Store s) {
        return new Ingestion(s, Pipeline.standard(Limits.DEFAULT), new Ingestion.Options(2, 2, Duration.ofSeconds(1)));
    }

    private static String page(String title, String date, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\""
                + date + "\"></head><body><article><h1>" + title + "</h1>");
        for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
        return sb.append("</article></body></html>").toString();
    }

    static final String QUOTED = "\u201cWe are ready to talk, and we expect to be heard,\u201d Ilse Varga told reporters in Port Alden.";

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = Store.connect(db, true); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void articlesAreAnnotatedAsTheyAreIngestedAndACopysQuoteJoinsTheOriginal() throws Exception {
        String[] first = {STORY[0], STORY[1], QUOTED, STORY[2], STORY[3]};
        String[] copy = first.clone();
        copy[0] = "PORT ALDEN - " + copy[0].replace("programme", "program");
        Path a = write("a.html", page("Veldra urges flexibility", "2021-02-03", first));
        Path b = write("b.html", page("Veldra urges flexibility on sanctions", "2021-02-04", copy));
        Path db = dir.resolve("s.db");
        try (Store s = Store.open(db)) {
            ingestion(s).ingest(List.of(a.toString()), r -> { });
            ingestion(s).ingest(List.of(b.toString()), r -> { });
        }
        assertEquals(2, count(db, "SELECT count(*) FROM annotations WHERE error IS NULL"));
        assertEquals(1, count(db, "SELECT count(*) FROM quotes WHERE text LIKE 'We are ready to talk%'"), "one statement");
        assertEquals(1, count(db, "SELECT json_array_length(also_in) FROM quotes WHERE text LIKE 'We are ready to talk%'"),
                "the copy is listed in also_in");
        assertEquals(1, count(db, "SELECT count(*) FROM quotes q JOIN entities e ON e.id = q.entity_id WHERE e.name = 'Ilse Varga'"),
                "the speaker is the entity");
        assertTrue(count(db, "SELECT count(*) FROM entities WHERE type = 'PERSON'") >= 3);
        assertEquals(1, count(db, "SELECT count(*) FROM stories WHERE merged_into IS NULL"), "a copy tells the same story");
        assertEquals(2, count(db, "SELECT articles FROM stories WHERE merged_into IS NULL"));
        String story;
        try (Store s = Store.open(db)) {
            story = s.annotations("list", c -> AnnotationReads.stories(c, null, 10, 0)).get(0).id();
            Timeline t = s.annotations("timeline", c -> AnnotationReads.timeline(c, story)).orElseThrow();
            assertEquals(2, t.articles());
            assertEquals(1, t.independentSources(), "two copies are one independent source");
            assertFalse(t.entries().isEmpty());
            // the 2017 summit the story retells sits at its own date, before what was said in 2021
            TimelineEntry summit = t.entries().stream().filter(e -> e.summary().contains("2017")).findFirst().orElseThrow();
            assertTrue(summit.when().value().startsWith("2017"), summit.toString());
            assertEquals(summit, t.entries().get(0));
            // an event both copies report: two articles, one independent source, first reported by the earlier one
            TimelineEntry both = t.entries().stream().filter(e -> e.articles() == 2).findFirst().orElseThrow();
            assertEquals(1, both.independentSources());
            assertNotNull(both.firstReport());
            assertTrue(both.firstReported().startsWith("2021-02-03"), both.firstReported());
            // an entity's events come from the participants index, each naming it
            String veldra = s.annotations("e", c -> AnnotationReads.entities(c, null, "Veldra", 5, 0)).get(0).id();
            var ofVeldra = s.annotations("ev", c -> AnnotationReads.eventsOf(c, veldra, 50));
            assertFalse(ofVeldra.isEmpty(), "Veldra acts in the story");
            assertTrue(ofVeldra.stream().allMatch(e -> e.actors().contains(veldra) || e.targets().contains(veldra)));
            // nothing new: annotating again does nothing
            assertEquals(0, s.annotate(10));
        }
    }

    @Test
    void anEventRetoldAcrossChunksOfALongStoryIsOneTimelineEntry() throws Exception {
        // more articles than one chunk holds: events are merged per chunk, then joined when read
        int n = StoreAnnotations.CHUNK_ARTICLES + 3;
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String date = java.time.LocalDate.of(2021, 1, 1).plusDays(i).toString();
            files.add(write("p" + i + ".html", page("Veldra urges flexibility, report " + i, date, STORY[0], STORY[1], STORY[2],
                    "Correspondents counted " + (1000 + i) + " delegates in Port Alden this week, the organisers said.")).toString());
        }
        Path db = dir.resolve("s.db");
        try (Store s = Store.open(db)) {
            ingestion(s).ingest(files, r -> { });
        }
        assertEquals(1, count(db, "SELECT count(DISTINCT story_id) FROM story_articles"), "one story");
        assertTrue(count(db, "SELECT count(DISTINCT chunk) FROM story_articles") >= 2, "the story spans chunks");
        assertTrue(count(db, "SELECT count(*) FROM events WHERE when_value LIKE '2017%'") >= 2,
                "each chunk merged its own report of the 2017 summit");
        try (Store s = Store.open(db)) {
            String story = s.annotations("list", c -> AnnotationReads.stories(c, null, 10, 0)).get(0).id();
            Timeline t = s.annotations("timeline", c -> AnnotationReads.timeline(c, story)).orElseThrow();
            // the 2017 summit and what was agreed at it: each one entry, reported by every article
            List<TimelineEntry> in2017 = t.entries().stream().filter(e -> e.when() != null && e.when().value().startsWith("2017")).toList();
            java.util.Map<String, List<TimelineEntry>> byType = new java.util.TreeMap<>();
            for (TimelineEntry e : in2017) byType.computeIfAbsent(e.type(), k -> new java.util.ArrayList<>()).add(e);
            assertFalse(byType.isEmpty());
            for (var e : byType.entrySet()) {
                assertEquals(1, e.getValue().size(), () -> "one " + e.getKey() + " entry: " + e.getValue().stream()
                        .map(x -> x.event() + " " + x.actors() + " " + x.articles()).toList());
                TimelineEntry only = e.getValue().get(0);
                assertEquals(n, only.articles(), "every article reports it");
                assertEquals(n, only.history().size(), "each report's modality, once");
            }
        }
    }

    @Test
    void aRunKilledBeforeAnnotatingIsCaughtUpAndUnrelatedArticlesGetTheirOwnStory() throws Exception {
        Path a = write("a.html", page("Veldra urges flexibility", "2021-02-03", STORY));
        Path other = write("other.html", page("Fishing rights dispute", "2021-03-01",
                "Fishing boats from Ostmark were turned back by the Veldran coast guard on Sunday after a dispute over quotas in the northern strait.",
                "The coast guard said the boats had crossed into waters closed since a treaty signed a decade ago, and that no one was hurt.",
                "Ostmark's fisheries office called the move unlawful and said it would ask a regional court to rule on the quotas before the winter season."));
        Path db = dir.resolve("s.db");
        try (Store s = Store.open(db)) {
            ingestion(s).ingest(List.of(a.toString(), other.toString()), r -> { });
        }
        // as if the process had died after storing, before annotating
        try (Connection c = Store.connect(db, false); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM annotations WHERE article_id = (SELECT id FROM articles WHERE title LIKE 'Fishing%')");
        }
        assertEquals(1, count(db, "SELECT count(*) FROM annotations"));
        try (Store s = Store.open(db)) {
            assertEquals(1, s.annotate(50), "the missing article is annotated");
        }
        assertEquals(2, count(db, "SELECT count(*) FROM annotations"));
        assertTrue(count(db, "SELECT count(DISTINCT story_id) FROM story_articles") >= 2, "an unrelated article is another story");
    }

    @Test
    void storeAndAnalyzeAgreeOnTheBuiltInExamples() throws Exception {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "examples/ absent");
        Path db = dir.resolve("s.db");
        try (Store s = Store.open(db)) {
            ingestion(s).ingest(List.of(examples.toString()), r -> { });
        }
        long articles = count(db, "SELECT count(*) FROM articles");
        assertEquals(articles, count(db, "SELECT count(*) FROM annotations WHERE error IS NULL"), "every article annotated");
        assertEquals(articles, count(db, "SELECT count(*) FROM story_articles"), "every article in a story");
        assertEquals(0, count(db, "SELECT count(*) FROM events e LEFT JOIN stories s ON s.id = e.story_id"
                + " WHERE s.id IS NULL OR s.merged_into IS NOT NULL"), "events belong to live stories");
        assertEquals(count(db, "SELECT sum(articles) FROM stories WHERE merged_into IS NULL"), articles);
        assertTrue(count(db, "SELECT count(*) FROM quotes") >= 5);
        assertTrue(count(db, "SELECT count(*) FROM quotes WHERE json_array_length(also_in) > 0") >= 1,
                "the wire story's quotes are carried by its copies");
    }
}
