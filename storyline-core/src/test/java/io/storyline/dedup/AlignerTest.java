package io.storyline.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.Change;
import io.storyline.model.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {
    /** The fictional countries of the fixtures, with the variants the edited copy uses. */
    static final Aliases ALIASES = Aliases.builtIn().with(List.of(
            new String[] {"ostmark", "ostmark", "ostmark federation"},
            new String[] {"veldra", "veldra", "republic of veldra", "rv", "veldran"}));

    static String fixture(String name) throws IOException {
        try (InputStream in = AlignerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private final Deduplicator dedup = new Deduplicator(DedupOptions.DEFAULT, ALIASES);

    @Test
    void editedWireCopyIsSyndicatedWithItsChangesListed() throws IOException {
        String original = fixture("wire-original.txt");
        String edited = fixture("wire-edited.txt");
        Comparison c = dedup.compare(original, edited);
        assertEquals(Relation.SYNDICATED, c.relation(), c.toString());
        List<Change> ch = c.changes();
        assertTrue(has(ch, Change.Kind.REWRITE, "programme", "program"), ch.toString());
        assertTrue(has(ch, Change.Kind.REWRITE, "Ostmark", "the Ostmark Federation"), ch.toString());
        assertTrue(has(ch, Change.Kind.CUT, "though Veldran health officials have expressed doubt", null), ch.toString());
        assertTrue(has(ch, Change.Kind.CUT, "(This story was generated from a syndicated feed and has not been edited.)", null),
                ch.toString());
        assertTrue(has(ch, Change.Kind.ADD, null, "READ MORE: Veldra and Ostmark trade accusations over fishing rights"),
                ch.toString());
        assertTrue(has(ch, Change.Kind.ADD, null, "PORT ALDEN"), ch.toString());
        // offsets point at the texts they quote
        for (Change x : ch) {
            if (x.from() != null) assertEquals(x.from(), original.substring(x.canonicalStart(), x.canonicalEnd()));
            if (x.to() != null) assertEquals(x.to(), edited.substring(x.start(), x.end()));
        }
    }

    @Test
    void aliasesAloneDoNotHideAMatchAndAreReportedAsRewrites() {
        String a = "North Korea and South Korea held talks in Panmunjom on Monday about the reunion of families separated "
                + "by the war, officials said. The talks were the first in two years. Red Cross officials from both sides "
                + "attended and agreed to meet again next month to set dates for the reunions.";
        String b = "The DPRK and the ROK held talks in Panmunjom on Monday about the reunion of families separated "
                + "by the war, officials said. The talks were the first in two years. Red Cross officials from both sides "
                + "attended and agreed to meet again next month to set dates for the reunions.";
        Comparison c = new Deduplicator(DedupOptions.DEFAULT, Aliases.builtIn()).compare(a, b);
        assertTrue(c.memberCoverage() > 0.9 && c.canonicalCoverage() > 0.9, c.toString());
        assertTrue(has(c.changes(), Change.Kind.REWRITE, "North Korea", "The DPRK"), c.changes().toString());
        assertTrue(has(c.changes(), Change.Kind.REWRITE, "South Korea", "the ROK"), c.changes().toString());
        // renaming is an editor's change: an edited (syndicated) copy, not a near one
        assertEquals(Relation.SYNDICATED, c.relation(), c.toString());
    }

    @Test
    void spellingAndPunctuationAloneLeaveANearCopy() {
        String a = "The U.S. envoy said the programme of talks on denuclearisation would resume in Panmunjom on Monday, "
                + "and that Red Cross officials from both sides would attend the first session of the new round.";
        String b = "The US envoy said the program of talks on denuclearization would resume in Panmunjom on Monday, "
                + "and that Red Cross officials from both sides would attend the first session of the new round.";
        Comparison c = new Deduplicator(DedupOptions.DEFAULT, Aliases.builtIn()).compare(a, b);
        assertEquals(Relation.NEAR, c.relation(), c.toString());
        assertTrue(Aligner.spellingVariant("programme", "program") && Aligner.spellingVariant("U.S.", "US"));
        assertTrue(!Aligner.spellingVariant("North Korea", "DPRK") && !Aligner.spellingVariant("Biden", "Trump"));
    }

    @Test
    void differentArticlesOnTheSameTopicAreDistinct() throws IOException {
        Comparison c = dedup.compare(fixture("wire-original.txt"), fixture("same-topic.txt"));
        assertEquals(Relation.DISTINCT, c.relation(), c.toString());
        assertTrue(c.changes().isEmpty());
    }

    @Test
    void aDigestQuotingAStoryWholeIsNoCopyButTheStoryWithAnAddedParagraphIs() throws IOException {
        String story = fixture("wire-original.txt");
        StringBuilder digest = new StringBuilder(fixture("same-topic.txt"));
        for (int i = 0; i < 12; i++) {
            digest.append("\n\nBriefly, item ").append(i).append(": the harbour board of district ").append(i * 13)
                    .append(" met again on its usual day and approved repairs to pier number ").append(i + 4)
                    .append(", a new tariff for barges and ").append(i * 3 + 2).append(" more berths for the winter fleet.");
        }
        digest.append("\n\n").append(story);
        Comparison quoted = dedup.compare(story, digest.toString());
        assertEquals(Relation.DISTINCT, quoted.relation(), quoted.toString());
        Comparison added = dedup.compare(story, story + "\n\n" + fixture("same-topic.txt"));
        assertEquals(Relation.SYNDICATED, added.relation(), added.toString());
    }

    @Test
    void identicalTextsAreExactAndWhitespaceDoesNotMatter() throws IOException {
        String a = fixture("wire-original.txt");
        assertEquals(Relation.EXACT, dedup.compare(a, a.replace("\n\n", "\n \n")).relation());
    }

    @Test
    void aTypoFixIsNearARewordingIsAnEdit() throws IOException {
        String a = fixture("wire-original.txt");
        Comparison c = dedup.compare(a, a.replace("working-level talks", "working level talks").replace("Thursday", "Thursday "));
        assertEquals(Relation.NEAR, c.relation(), "a dropped hyphen is a trivial difference");
        assertTrue(c.changes().isEmpty(), c.changes().toString());
        // a rewording, however short, is an editor's change: an edited copy
        Comparison d = dedup.compare(a, a.replace("fell apart", "collapsed"));
        assertEquals(Relation.SYNDICATED, d.relation(), d.toString());
        assertTrue(has(d.changes(), Change.Kind.REWRITE, "fell apart", "collapsed"), d.changes().toString());
    }

    private static boolean has(List<Change> changes, Change.Kind kind, String from, String to) {
        return changes.stream().anyMatch(c -> c.kind() == kind
                && (from == null || from.equals(c.from())) && (to == null || to.equals(c.to())));
    }
}
