package io.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.ingest.Limits;
import io.storyline.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deduplication in the store: incremental across runs, and caught up after a run died before it. */
class StoreDedupTest {
    @TempDir
    Path dir;

    static final String[] STORY = {
        "The Republic of Veldra should ease sanctions aimed at curbing Ostmark's missile programme to revive stalled talks, Veldra's chief negotiator said on Thursday.",
        "Ostmark's leader Anton Kessel and former Veldran President Mara Lind agreed to work towards a freeze of the missile programme at their first summit in 2017, but a second summit and later working-level talks fell apart.",
        "Ilse Varga, Veldra's minister for border affairs, said stronger sanctions may not be the key to bringing Ostmark back to the table.",
        "The new government of Prime Minister Jonas Brenner has not announced any Ostmark policy, though it has said it would welcome a return to dialogue.",
        "Ostmark has not confirmed any outbreak of the fever, though Veldran health officials have expressed doubt, and it has rejected an offer of medical aid.",
    };

    static String page(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>");
        for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
        return sb.append("</article></body></html>").toString();
    }

    private Path write(String name, String html) throws Exception {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, html, StandardCharsets.UTF_8);
        return f;
    }

    private Ingestion ingestion(Store s) {
        return new Ingestion(s, Pipeline.standard(Limits.DEFAULT), new Ingestion.Options(2, 2, Duration.ofSeconds(1)));
    }

    @Test
    void aCopyIngestedLaterJoinsTheGroupOfItsOriginal() throws Exception {
        Path original = write("original.html", page("Veldra urges flexibility", STORY));
        String[] edited = STORY.clone();
        edited[0] = "PORT ALDEN - " + edited[0].replace("programme", "program");
        edited[4] = "Ostmark has not confirmed any outbreak of the fever and has rejected an offer of medical aid.";
        Path copy = write("copy.html", page("Veldra urges flexibility on sanctions", edited));
        Path other = write("other.html", page("Fishing rights dispute", "Fishing boats from Ostmark were turned back by the Veldran coast guard on Sunday after a dispute over quotas in the northern strait.",
                "The coast guard said the boats had crossed into waters closed since a treaty signed a decade ago, and that no one was hurt.",
                "Ostmark's fisheries office called the move unlawful and said it would ask a regional court to rule on the quotas before the winter season."));
        Path db = dir.resolve("s.db");
        try (Store s = Store.open(db)) {
            ingestion(s).ingest(List.of(original.toString()), r -> { });
            assertTrue(s.duplicateGroups(-1).isEmpty());
            ingestion(s).ingest(List.of(other.toString(), copy.toString()), r -> { });
            List<Store.StoredGroup> groups = s.duplicateGroups(-1);
            assertEquals(1, groups.size(), groups.toString());
            Store.StoredGroup g = groups.get(0);
            assertEquals(2, g.members().size());
            assertEquals("syndicated", g.relation());
            assertTrue(g.changes().contains("\"cut\"") && g.changes().contains("though Veldran health officials have expressed doubt"),
                    g.changes());
            assertEquals(3, s.articlesAndIndependentSources()[0]);
            assertEquals(2, s.articlesAndIndependentSources()[1]);
        }
        // reopened: the state is read back and a third copy joins the same group
        Path third = write("third.html", page("Veldra: ease sanctions", STORY[0], STORY[1], STORY[2], STORY[3]));
        try (Store s = Store.open(db)) {
            ingestion(s).ingest(List.of(third.toString()), r -> { });
            List<Store.StoredGroup> groups = s.duplicateGroups(-1);
            assertEquals(1, groups.size(), groups.toString());
            assertEquals(3, groups.get(0).members().size());
        }
    }

    @Test
    void articlesStoredButNotDeduplicatedAreCaughtUp() throws Exception {
        Path a = write("a.html", page("Veldra urges flexibility", STORY));
        Path b = write("b.html", page("Veldra urges flexibility (updated)", STORY[0], STORY[1], STORY[2], STORY[3]));
        Path db = dir.resolve("s.db");
        try (Store s = Store.open(db)) {
            ingestion(s).ingest(List.of(a.toString(), b.toString()), r -> { });
        }
        // as if a run died between storing articles and deduplicating them
        try (Connection c = Store.connect(db, false); Statement st = c.createStatement()) {
            st.execute("DELETE FROM duplicate_members");
            st.execute("DELETE FROM duplicate_groups");
            st.execute("DELETE FROM dedup_hashes");
            st.execute("DELETE FROM dedup_docs");
        }
        try (Store s = Store.open(db)) {
            assertEquals(2, s.deduplicate(500));
            assertEquals(1, s.duplicateGroups(-1).size());
            assertEquals(0, s.deduplicate(500), "nothing left to catch up");
        }
    }
}
