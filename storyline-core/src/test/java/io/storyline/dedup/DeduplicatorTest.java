package io.storyline.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.DuplicateGroup;
import io.storyline.model.Relation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
    private final Deduplicator dedup = new Deduplicator(DedupOptions.DEFAULT, AlignerTest.ALIASES);

    @Test
    void copiesJoinOneGroupIncrementallyAndOtherArticlesStayOut() throws IOException {
        DedupCorpus corpus = DedupCorpus.inMemory(DedupOptions.DEFAULT);
        dedup.add(corpus, "a-orig", AlignerTest.fixture("wire-original.txt"), "2021-02-03T09:41:00Z", "Reuters");
        dedup.add(corpus, "a-topic", AlignerTest.fixture("same-topic.txt"), "2021-02-07", null);
        dedup.add(corpus, "a-edit", AlignerTest.fixture("wire-edited.txt"), "2021-02-03T13:42:00Z", null);
        List<DuplicateGroup> groups = dedup.groups(corpus);
        assertEquals(1, groups.size(), groups.toString());
        DuplicateGroup g = groups.get(0);
        assertEquals("a-orig", g.canonical(), "equally complete copies: the earliest is canonical");
        assertEquals(List.of("a-orig", "a-edit"), g.members());
        assertEquals(Relation.SYNDICATED, g.relation());
        assertEquals("Reuters", g.wire());
        assertTrue(g.changes().stream().allMatch(c -> c.member().equals("a-edit")));
        assertEquals(2, corpus.independentTexts());
    }

    @Test
    void theMoreCompleteCopyIsCanonicalWhateverTheOrder() throws IOException {
        String full = AlignerTest.fixture("wire-original.txt");
        String cut = full.substring(0, full.indexOf("Ostmark has not confirmed"));
        DedupCorpus corpus = DedupCorpus.inMemory(DedupOptions.DEFAULT);
        dedup.add(corpus, "a-cut", cut, "2021-01-01", null);
        dedup.add(corpus, "a-full", full, "2021-02-01", null);
        assertEquals("a-full", dedup.groups(corpus).get(0).canonical());
    }

    @Test
    void emptyTextsJoinNothingAndOneWordTextsOnlyTheirExactCopy() {
        DedupCorpus corpus = DedupCorpus.inMemory(DedupOptions.DEFAULT);
        dedup.add(corpus, "a-empty", "", null, null);
        dedup.add(corpus, "a-empty2", "", null, null);
        dedup.add(corpus, "a-word", "Sanctions", null, null);
        dedup.add(corpus, "a-other", "Summit", null, null);
        dedup.add(corpus, "a-word2", "Sanctions", null, null);
        assertEquals(5, corpus.size());
        List<DuplicateGroup> groups = dedup.groups(corpus);
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(List.of("a-word", "a-word2"), groups.get(0).members());
        assertEquals(Relation.EXACT, groups.get(0).relation());
    }

    @Test
    void aHugeReportQuotingAStoryIsBoundedInTimeAndIsNoCopyOfIt() throws IOException {
        String base = AlignerTest.fixture("wire-original.txt");
        String copy = AlignerTest.fixture("wire-edited.txt");
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 10_000_000) sb.append("Paragraph ").append(i++).append(" of a very long report on ledger item ").append(i * 7).append(". ");
        String huge = base + "\n\n" + sb;
        DedupCorpus corpus = DedupCorpus.inMemory(DedupOptions.DEFAULT);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            dedup.add(corpus, "a-huge", huge, null, null);
            dedup.add(corpus, "a-base", base, null, null);
            dedup.add(corpus, "a-copy", copy, null, null);
            dedup.groups(corpus);
        });
        List<DuplicateGroup> groups = dedup.groups(corpus);
        // the story and its edited copy are one group; the report that quotes the story whole
        // among ten megabytes of its own text is not a copy of it
        assertEquals(1, groups.size());
        assertEquals(java.util.Set.of("a-base", "a-copy"), java.util.Set.copyOf(groups.get(0).members()));
    }

    @Test
    void aTextRepeatedAThousandTimesGroupsWithTheText() throws IOException {
        String base = AlignerTest.fixture("wire-original.txt");
        String repeated = (base + "\n\n").repeat(1000);
        DedupCorpus corpus = DedupCorpus.inMemory(DedupOptions.DEFAULT);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            dedup.add(corpus, "a-base", base, null, null);
            dedup.add(corpus, "a-rep", repeated, null, null);
        });
        List<DuplicateGroup> groups = dedup.groups(corpus);
        assertEquals(1, groups.size());
        assertEquals(Relation.NEAR, groups.get(0).relation(), "repeats say nothing new: " + groups);
    }

    @Test
    void twoTextsIdenticalButForClutterAreOneGroup() throws IOException {
        String base = AlignerTest.fixture("wire-original.txt");
        String cluttered = "Share on Facebook\n\nTweet\n\n" + base + "\n\nSubscribe to our newsletter\n\n© 2021 The Daily Veldran";
        DedupCorpus corpus = DedupCorpus.inMemory(DedupOptions.DEFAULT);
        dedup.add(corpus, "a-clean", base, null, null);
        dedup.add(corpus, "a-clutter", cluttered, null, null);
        List<DuplicateGroup> groups = dedup.groups(corpus);
        assertEquals(1, groups.size());
        assertTrue(groups.get(0).changes().stream().allMatch(c -> c.kind() == io.storyline.model.Change.Kind.ADD),
                groups.get(0).changes().toString());
    }

    @Test
    void addingInParallelGivesTheGroupsOfAddingOneByOne() throws IOException {
        String[] bases = {AlignerTest.fixture("wire-original.txt"), AlignerTest.fixture("wire-edited.txt"),
                AlignerTest.fixture("same-topic.txt")};
        io.storyline.testing.Props.forAll("addAll equals add", 20, r -> {
            List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String base = bases[r.nextInt(bases.length)];
                String[] sentences = base.split("(?<=[.!?])\\s+");
                StringBuilder sb = new StringBuilder();
                for (String x : sentences) {
                    if (r.nextInt(6) == 0) continue; // cut
                    sb.append(r.nextInt(8) == 0 ? x.replace("the", "a") : x).append(' ');
                }
                if (r.nextInt(3) == 0) sb.append("Filler ").append(i).append(" about ledger item ").append(r.nextInt(1000)).append('.');
                texts.add(sb.toString());
            }
            DedupCorpus serial = DedupCorpus.inMemory(DedupOptions.DEFAULT);
            for (int i = 0; i < texts.size(); i++) dedup.add(serial, "a-" + i, texts.get(i), null, null);
            DedupCorpus parallel = DedupCorpus.inMemory(DedupOptions.DEFAULT);
            List<Deduplicator.Prepared> prepared = new java.util.ArrayList<>();
            for (int i = 0; i < texts.size(); i++) prepared.add(dedup.prepare("a-" + i, texts.get(i), null, null));
            int[] keys = dedup.addAll(parallel, prepared.iterator(), 1 + r.nextInt(3));
            assertEquals(texts.size(), keys.length);
            assertEquals(groups(serial), groups(parallel));
        });
    }

    private List<String> groups(DedupCorpus corpus) {
        return dedup.groups(corpus).stream().map(g -> g.canonical() + " " + g.relation() + " " + g.members()).toList();
    }
}
