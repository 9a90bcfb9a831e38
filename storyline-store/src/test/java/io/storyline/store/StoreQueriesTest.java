package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Article;
import io.storyline.model.Capture;
import io.storyline.model.DateValue;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Precision;
import io.storyline.model.Provenance;
import io.storyline.model.Status;
import io.storyline.pipeline.BatchRunner;
import io.storyline.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing, search with filters and highlights, groups and the ledger, read through the read-only pool. */
class StoreQueriesTest {
    @TempDir
    Path dir;
    Path db;

    static BatchRunner.Result article(int n, String title, String site, String published, String text) {
        Capture c = new Capture(Provenance.ofFile("page-" + n + ".html"), Format.HTML,
                ("<p>" + n + title + text + "</p>").getBytes(StandardCharsets.UTF_8), null, null, null, null);
        String hash = Pipeline.contentHash(c);
        Article.Builder b = Article.builder();
        b.id = Pipeline.articleId(hash);
        b.contentHash = hash;
        b.provenance = c.provenance();
        b.title = title;
        b.site = site;
        b.published = published == null ? null : new DateValue(published, Precision.DAY, false, "test");
        b.text = text;
        return new BatchRunner.Result(Outcome.ok(b.build()), c.provenance(), c);
    }

    @BeforeEach
    void fill() {
        db = dir.resolve("q.db");
        try (Store s = Store.open(db)) {
            long run = s.beginRun("ingest", List.of("test"));
            List<BatchRunner.Result> rs = new ArrayList<>();
            rs.add(article(1, "Ferry strike ends in Portvale", "Portvale Courier", "2021-03-04",
                    "The ferry strike in Portvale ended on Tuesday after talks between the union and the harbour board."));
            rs.add(article(2, "Harbour board meets union", "Tarrow Gazette", "2021-03-01",
                    "Talks between the harbour board and the ferry union began in Portvale on Monday."));
            rs.add(article(3, "Lighthouse restored", "Portvale Courier", "2019-07-20",
                    "Volunteers finished restoring the old lighthouse on the north cape."));
            rs.add(article(4, "Undated notice", null, null, "A ferry timetable notice without a date."));
            rs.add(article(5, "Marker \uE000 title", "Tarrow Gazette", "2020-01-01",
                    "A hostile \uE001 text \uE000 about the ferry with stray markers."));
            s.record(run, 1, rs);
            s.record(run, 6, List.of(new BatchRunner.Result(Outcome.failed("bad.html", "broken: test failure", null),
                    Provenance.ofFile("bad.html"), null)));
            s.endRun(run);
        }
    }

    private static ArticleQuery q(String text, List<String> sites, String from, String to, ArticleQuery.Sort sort) {
        return new ArticleQuery(text, sites, from, to, sort, null, null, 20, 0);
    }

    @Test
    void listsNewestFirstWithUndatedLast() {
        try (StoreQueries s = StoreQueries.open(db, 2)) {
            StoreQueries.Page p = s.find(ArticleQuery.all(10));
            assertEquals(5, p.total());
            List<String> titles = p.hits().stream().map(h -> h.article().title()).toList();
            assertEquals("Ferry strike ends in Portvale", titles.get(0));
            assertEquals("Undated notice", titles.get(titles.size() - 1));
            StoreQueries.Page oldest = s.find(q(null, List.of(), null, null, ArticleQuery.Sort.OLDEST));
            assertEquals("Lighthouse restored", oldest.hits().get(0).article().title());
            assertEquals("Undated notice", oldest.hits().get(4).article().title());
        }
    }

    @Test
    void searchRanksTitleMatchesFirstAndMarksThem() {
        try (StoreQueries s = StoreQueries.open(db, 2)) {
            StoreQueries.Page p = s.find(ArticleQuery.search("ferry strike", 10));
            assertEquals(1, p.total());
            StoreQueries.Hit h = p.hits().get(0);
            assertEquals("Ferry strike ends in Portvale", h.article().title());
            assertEquals(List.of(new Marked.Span(0, 5), new Marked.Span(6, 12)), h.title().spans());
            String marked = h.snippet().spans().stream()
                    .map(sp -> h.snippet().text().substring(sp.start(), sp.end())).toList().toString();
            assertEquals("[ferry, strike]", marked);
            StoreQueries.Page ferry = s.find(ArticleQuery.search("ferry", 10));
            assertEquals(4, ferry.total());
            assertTrue(ferry.hits().get(0).score() >= ferry.hits().get(1).score());
            assertTrue(ferry.hits().get(0).article().title().toLowerCase().contains("ferry"), "title match ranks first");
        }
    }

    @Test
    void filtersBySiteAndDateRange() {
        try (StoreQueries s = StoreQueries.open(db, 1)) {
            assertEquals(2, s.find(q("ferry", List.of("Tarrow Gazette"), null, null, ArticleQuery.Sort.RELEVANCE)).total());
            assertEquals(2, s.find(q("portvale", List.of(), "2021-03", "2021-03-04", ArticleQuery.Sort.NEWEST)).total());
            assertEquals(1, s.find(q("portvale", List.of(), "2021-03-02", null, ArticleQuery.Sort.NEWEST)).total());
            assertEquals(1, s.find(q(null, List.of("Portvale Courier"), "2019", "2019", ArticleQuery.Sort.NEWEST)).total());
            assertEquals(2, s.find(q(null, List.of(), "2020-01-01", "2020", ArticleQuery.Sort.NEWEST)).total() + 1);
            assertThrows(IllegalArgumentException.class, () -> q(null, List.of(), "2019-13", null, ArticleQuery.Sort.NEWEST));
            assertThrows(IllegalArgumentException.class, () -> q(null, List.of(), null, "yesterday", ArticleQuery.Sort.NEWEST));
        }
    }

    @Test
    void strayMarkerCharactersNeverUnbalanceHighlights() {
        try (StoreQueries s = StoreQueries.open(db, 1)) {
            StoreQueries.Hit h = s.find(ArticleQuery.search("hostile", 10)).hits().get(0);
            for (Marked m : List.of(h.title(), h.snippet())) {
                assertFalse(m.text().contains(Marked.OPEN) || m.text().contains(Marked.CLOSE));
                for (Marked.Span sp : m.spans()) assertTrue(sp.end() <= m.text().length());
            }
            String id = h.article().id();
            // the stored text holds markers: its match ranges cannot be trusted, so none are given
            assertEquals(List.of(List.of(), List.of()), s.matches(id, "hostile"));
        }
    }

    @Test
    void matchesGiveRangesOfTheArticleText() {
        try (StoreQueries s = StoreQueries.open(db, 1)) {
            StoreQueries.Hit h = s.find(ArticleQuery.search("lighthouse", 10)).hits().get(0);
            Article a = s.article(h.article().id()).orElseThrow();
            List<List<Marked.Span>> m = s.matches(a.id(), "lighthouse OR cape");
            assertEquals(List.of(new Marked.Span(0, 10)), m.get(0));
            assertEquals(List.of("lighthouse", "cape"),
                    m.get(1).stream().map(sp -> a.text().substring(sp.start(), sp.end())).toList());
            assertEquals(List.of(List.of(), List.of()), s.matches(a.id(), "- \" *"));
        }
    }

    @Test
    void ledgerRunsQuarantineAndOverview() {
        try (StoreQueries s = StoreQueries.open(db, 1)) {
            assertEquals(1, s.runs(10).size());
            assertEquals(6, s.ledger(null, null, 100, 0).size());
            assertEquals(1, s.ledger(1L, Status.FAILED, 100, 0).size());
            assertEquals("broken: test failure", s.quarantine(10).get(0).reason());
            StoreQueries.Overview o = s.overview();
            assertEquals(5, o.articles());
            assertEquals(1, o.quarantined());
            assertTrue(s.run(1).isPresent());
            assertTrue(s.run(2).isEmpty());
            assertEquals(2, s.sites(10).size());
        }
    }

    @Test
    void connectionsAreReadOnlyAndBindTheirParameters() throws Exception {
        try (StoreQueries s = StoreQueries.open(db, 1)) {
            assertTrue(s.summaries(List.of("a-x'); DELETE FROM articles; --")).isEmpty());
            assertEquals(5, s.overview().articles());
        }
        try (java.sql.Connection c = Store.connect(db, true); java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA query_only = 1");
            assertThrows(java.sql.SQLException.class, () -> st.execute("DELETE FROM articles"));
        }
    }
}
