package io.storyline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.export.Analysis;
import io.storyline.ingest.Limits;
import io.storyline.model.Article;
import io.storyline.model.Change;
import io.storyline.model.DuplicateGroup;
import io.storyline.model.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus stages on the three captures of {@code ../shared/examples} (read at test time):
 * 000 and 001 are one syndicated group with their rewrites and cuts listed, 002 is in no group,
 * and 002, which prints no date, is dated from its text and what 000 and 001 date. Skipped when
 * the shared folder is absent.
 */
class AnalyzerSharedExamplesTest {
    private static Analysis analysis;

    @BeforeAll
    static void analyze() {
        Path dir = io.storyline.testing.SharedData.examples();
        if (dir == null) return;
        List<Outcome> outcomes = new ArrayList<>();
        new BatchRunner(Pipeline.standard(Limits.DEFAULT), 2).run(List.of(dir.toString()), outcomes::add);
        outcomes.sort(java.util.Comparator.comparing(Outcome::input));
        analysis = Analyzer.standard().analyze(outcomes);
    }

    private static Article article(String prefix) {
        Assumptions.assumeTrue(analysis != null, "../shared/examples is absent; skipping");
        return analysis.articles().stream().filter(a -> a.provenance().file().contains(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no article from " + prefix));
    }

    @Test
    void theTwoWireCopiesAreOneGroupWithTheirEdits() {
        Article a = article("000_"), b = article("001_"), c = article("002_");
        List<DuplicateGroup> groups = analysis.duplicateGroups();
        assertEquals(1, groups.size(), groups.toString());
        DuplicateGroup g = groups.get(0);
        assertEquals(java.util.Set.of(a.id(), b.id()), java.util.Set.copyOf(g.members()));
        assertTrue(!g.members().contains(c.id()));
        List<Change> rewrites = g.changes().stream().filter(x -> x.kind() == Change.Kind.REWRITE).toList();
        assertTrue(rewrites.stream().anyMatch(x -> (x.from() + " " + x.to()).contains("DPRK")), rewrites.toString());
        // the clause one copy dropped is listed, and so an edited (syndicated) copy, not a near one
        assertTrue(g.changes().stream().anyMatch(x -> (x.kind() == Change.Kind.CUT ? x.from() : x.kind() == Change.Kind.ADD ? x.to() : "")
                .contains("though South Korean authorities have expressed doubt")), g.changes().toString());
        assertEquals(io.storyline.model.Relation.SYNDICATED, g.relation());
    }

    @Test
    void theUndatedCaptureIsDatedFromItsTextWithEvidence() {
        Article c = article("002_");
        assertNotNull(c.published(), "002 should be inferred");
        assertTrue(c.published().inferred());
        assertEquals("2019-02-19", c.published().value(), c.published().evidence());
        assertTrue(c.published().evidence().contains("Feb. 27 and 28"), c.published().evidence());
    }

    private static io.storyline.model.Entity entityNamed(String name) {
        Assumptions.assumeTrue(analysis != null, "../shared/examples is absent; skipping");
        List<io.storyline.model.Entity> found = analysis.entities().stream()
                .filter(e -> e.name().equals(name) || e.aliases().contains(name)).toList();
        assertEquals(1, found.size(), name + " should be one entity: " + found);
        return found.get(0);
    }

    @Test
    void aliasesResolveToOneEntityAndDifferentPeopleStayApart() {
        io.storyline.model.Entity north = entityNamed("North Korea");
        assertEquals(north, entityNamed("DPRK"));
        assertEquals(north, entityNamed("Democratic People’s Republic of Korea"));
        io.storyline.model.Entity south = entityNamed("South Korea");
        assertEquals(south, entityNamed("ROK"));
        assertEquals(entityNamed("United States"), entityNamed("U.S."));
        io.storyline.model.Entity kim = entityNamed("Kim Jong Un");
        assertEquals(kim, entityNamed("Kim Jong-un"));
        io.storyline.model.Entity expert = entityNamed("Kim Sang-ki");
        assertTrue(!kim.id().equals(expert.id()), "the leader and the expert are two people");
        io.storyline.model.Entity lee = entityNamed("Lee In-young");
        assertTrue(lee.roles().stream().anyMatch(r -> r.title().contains("unification minister")), lee.roles().toString());
        // the same person in both wire copies: one entity with mentions in both articles
        assertTrue(lee.mentions().stream().map(io.storyline.model.Mention::article).distinct().count() >= 2);
    }

    @Test
    void directQuotesAreFoundWithTheirSpeakersOnceAcrossCopies() {
        Article a = article("000_"), b = article("001_");
        List<io.storyline.model.Quote> lee = analysis.quotes().stream()
                .filter(q -> "Lee In-young".equals(q.speaker())).toList();
        assertTrue(lee.size() >= 3, analysis.quotes().toString());
        for (io.storyline.model.Quote q : lee) {
            assertEquals(a.id(), q.article(), "the earlier copy keeps the quote");
            assertEquals(List.of(b.id()), q.alsoIn());
            assertEquals(q.text(), a.text().substring(q.start(), q.end()));
            assertEquals(entityNamed("Lee In-young").id(), q.entity());
        }
        assertTrue(analysis.quotes().stream().anyMatch(q -> "told a news conference".equals(q.cue())));
    }
}
