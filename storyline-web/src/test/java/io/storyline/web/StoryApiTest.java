package io.storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories, timelines, entities and quotes over the built-in examples: API shapes, filters, pages, refusals. */
class StoryApiTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(examples), "examples/ absent");
        server = TestServer.start(dir, false, List.of(examples));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static JsonNode json(String path) throws IOException {
        var r = server.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void aStoryTimelineCitesItsSourcesAtTheirCharacters() throws IOException {
        JsonNode stories = json("/api/stories");
        assertTrue(stories.path("total").asInt() >= 1);
        JsonNode story = stories.path("stories").get(0);
        for (String f : List.of("id", "title", "articles", "events", "first", "last", "terms")) assertTrue(story.has(f), f);
        String id = story.path("id").asText();
        JsonNode t = json("/api/stories/" + id + "/timeline");
        assertEquals(id, t.path("story").asText());
        assertTrue(t.path("independentSources").asInt() <= t.path("articles").asInt());
        JsonNode entries = t.path("entries");
        assertTrue(entries.size() >= 3);
        String previous = "";
        for (JsonNode e : entries) {
            String when = e.path("when").isNull() ? "~" : e.path("when").path("value").asText();
            assertTrue(when.compareTo(previous) >= 0, "timeline order: " + previous + " then " + when);
            previous = when;
            assertTrue(e.path("independentSources").asInt() >= 1);
            for (JsonNode s : e.path("sources")) {
                JsonNode a = json("/api/articles/" + s.path("article").asText());
                assertEquals(s.path("text").asText(), a.path("text").asText().substring(s.path("start").asInt(), s.path("end").asInt()),
                        "a source's text is the article's characters at its offsets");
            }
        }
        JsonNode one = json("/api/stories/" + id);
        assertEquals(story.path("articles").asInt(), one.path("articleIds").size());
        // search within the story finds only its articles
        JsonNode within = json("/api/articles?story=" + id + "&limit=100");
        assertEquals(one.path("articleIds").size(), within.path("total").asInt());
    }

    @Test
    void entitiesQuotesAndTheirFilters() throws IOException {
        JsonNode people = json("/api/entities?type=PERSON&limit=100");
        assertTrue(people.path("entities").size() >= 3);
        for (JsonNode e : people.path("entities")) assertEquals("PERSON", e.path("type").asText());
        JsonNode quotes = json("/api/quotes?limit=500");
        assertTrue(quotes.path("quotes").size() >= 5);
        JsonNode attributed = null;
        for (JsonNode q : quotes.path("quotes")) {
            if (!q.path("speaker").isNull() && !q.path("speaker").path("entity").isNull()) attributed = q;
        }
        assertTrue(attributed != null, "an attributed quote");
        String speaker = attributed.path("speaker").path("entity").asText();
        JsonNode mine = json("/api/quotes?speaker=" + speaker);
        assertFalse(mine.path("quotes").isEmpty());
        for (JsonNode q : mine.path("quotes")) assertEquals(speaker, q.path("speaker").path("entity").asText());
        JsonNode entity = json("/api/entities/" + speaker);
        assertTrue(entity.has("rolesStated") && entity.has("aliases") && entity.has("events"));
        // articles that mention the speaker include the quote's article
        JsonNode mentioning = json("/api/articles?entity=" + speaker + "&limit=100");
        List<String> ids = new ArrayList<>();
        for (JsonNode a : mentioning.path("articles")) ids.add(a.path("id").asText());
        assertTrue(ids.contains(attributed.path("article").asText()), ids.toString());
        // words of a quote
        String word = attributed.path("text").asText().split("\\W+")[1];
        JsonNode byWords = json("/api/quotes?q=" + word);
        assertTrue(byWords.path("quotes").findValuesAsText("id").contains(attributed.path("id").asText()));
        for (JsonNode q : byWords.path("quotes")) {
            JsonNode hl = q.path("highlights");
            assertFalse(hl.isEmpty(), "a searched quote marks what matched");
            String marked = q.path("text").asText().substring(hl.get(0).get(0).asInt(), hl.get(0).get(1).asInt());
            assertEquals(word.toLowerCase(java.util.Locale.ROOT), marked.toLowerCase(java.util.Locale.ROOT));
        }
        JsonNode ann = json("/api/articles/" + attributed.path("article").asText() + "/annotations");
        assertFalse(ann.path("mentions").isEmpty());
        assertFalse(ann.path("quotes").isEmpty());
        assertTrue(ann.path("story").asText().startsWith("s-"));
    }

    @Test
    void pagesShowTimelinesEntitiesAndQuotes() throws IOException {
        String id = json("/api/stories").path("stories").get(0).path("id").asText();
        Document story = Jsoup.parse(server.get("/stories/" + id).body());
        assertFalse(story.select("ol.timeline li.entry").isEmpty());
        assertFalse(story.select("nav.axis a.bar").isEmpty(), "an axis to zoom with");
        String year = story.select("nav.axis a.bar").first().attr("data-at");
        Document zoomed = Jsoup.parse(server.get("/stories/" + id + "?at=" + year).body());
        assertFalse(zoomed.select("ol.timeline li.entry").isEmpty());
        assertTrue(zoomed.select("ol.timeline li.entry").stream().allMatch(e -> e.attr("data-when").startsWith(year)));
        assertFalse(zoomed.select("a[data-zoom=out]").isEmpty());
        var link = story.selectFirst("a.source-link");
        String cited = link.parent().selectFirst("blockquote").text();
        Document article = Jsoup.parse(server.get(link.attr("href")).body());
        StringBuilder marked = new StringBuilder();
        for (var m : article.select("#text mark.hl-match")) marked.append(m.text()).append(' ');
        assertEquals(cited.replaceAll("\\s+", ""), marked.toString().replaceAll("\\s+", ""), "the cited passage is marked");
        assertFalse(article.select("#text mark.hl-entity").isEmpty());
        assertFalse(article.select("#text mark.hl-date").isEmpty());
        assertFalse(Jsoup.parse(server.get("/entities").body()).select("table.entities tbody tr").isEmpty());
        assertFalse(Jsoup.parse(server.get("/quotes").body()).select("ol.quotes li").isEmpty());
    }

    @Test
    void badIdsAndParametersAreRefusedAndUnknownOnesAreNotFound() {
        assertEquals(404, server.get("/api/stories/s-0000000000000000").statusCode());
        assertEquals(404, server.get("/stories/s-0000000000000000").statusCode());
        assertEquals(404, server.get("/api/entities/e-000000000000").statusCode());
        assertEquals(400, server.get("/api/stories/..%2F..%2Fetc").statusCode());
        assertEquals(400, server.get("/api/quotes?speaker=robert").statusCode());
        assertEquals(400, server.get("/api/articles?entity=%27%20OR%201%3D1").statusCode());
        assertEquals(400, server.get("/api/stories?colour=red").statusCode());
        assertEquals(400, server.get("/stories/s-1?at=yesterday").statusCode());
        assertEquals(400, server.get("/api/entities?type=PLANET").statusCode());
    }
}
