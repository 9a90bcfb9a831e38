package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.model.StoryDecision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    /** An article of fictional features: shared ones (the kind of story) and its own event's. */
    private static ArticleProfile article(String id, List<String> features) {
        int n = features.size();
        long[] f = new long[n];
        float[] w = new float[n];
        String[] l = new String[n];
        byte[] k = new byte[n];
        for (int i = 0; i < n; i++) {
            l[i] = features.get(i);
            k[i] = ArticleProfile.NAME;
            f[i] = StoryProfiler.hash(k[i], l[i]);
            w[i] = 3;
        }
        return new ArticleProfile(id, null, null, f, w, l, k);
    }

    private static List<String> features(String kind, String event, int i) {
        List<String> out = new ArrayList<>(List.of("port vell", "harbour fire", "dock workers"));
        for (int k = 0; k < 5; k++) out.add(event + " " + k);
        out.add(kind + " " + i);
        return out;
    }

    /** Unrelated filler, so that idf tells common from rare. */
    private static void filler(StoryClusterer cl, StoryCorpus c, int n) {
        for (int i = 0; i < n; i++) cl.add(c, article("a-filler" + i, List.of("filler topic " + i, "filler place " + i, "filler person " + i)));
    }

    @Test
    void lookAlikeEventsJoinedByWeakMatchesAreSplitApart() {
        // a join threshold so low that both fires end up in one story: the split check must separate them
        StoryCorpus c = new StoryCorpus(StoryOptions.defaults().withJoin(0.05));
        StoryClusterer cl = StoryClusterer.standard();
        filler(cl, c, 300);
        List<StoryDecision> splits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean a = i % 2 == 0;
            cl.add(c, article("a-" + (a ? "first" : "second") + i, features(a ? "first" : "second", a ? "warehouse alpha" : "ferry beta", i)));
            for (StoryDecision d : c.drainDecisions()) if (d.kind() == StoryDecision.Kind.SPLIT) splits.add(d);
        }
        assertEquals(1, splits.size(), "one split");
        StoryDecision s = splits.get(0);
        assertTrue(s.evidence().get(0).contains("3 of 6"), s.evidence().toString());
        assertEquals(c.storyOf("a-first0"), c.storyOf("a-first2"));
        assertEquals(c.storyOf("a-first0"), c.storyOf("a-first4"));
        assertEquals(c.storyOf("a-second1"), c.storyOf("a-second5"));
        assertNotEquals(c.storyOf("a-first0"), c.storyOf("a-second1"));
        assertEquals(s.story(), c.storyOf("a-second1"), "the group without the founding article is the new story");
        assertEquals(s.other(), c.storyOf("a-first0"), "the founding group keeps the id");
    }

    @Test
    void oneEventsArticlesStayOneStory() {
        StoryCorpus c = StoryCorpus.inMemory();
        StoryClusterer cl = StoryClusterer.standard();
        filler(cl, c, 300);
        for (int i = 0; i < 12; i++) cl.add(c, article("a-fire" + i, features("fire", "warehouse alpha", i)));
        for (StoryDecision d : c.drainDecisions()) assertNotEquals(StoryDecision.Kind.SPLIT, d.kind());
        assertEquals(12, c.articles(c.storyOf("a-fire0")).size());
    }

    @Test
    void aCorpusThatFollowsOneStoryStaysOneStory() {
        // no filler: the story's own words are in every article, as when a user keeps one story's captures
        StoryCorpus c = StoryCorpus.inMemory();
        StoryClusterer cl = StoryClusterer.standard();
        for (int i = 0; i < 150; i++) cl.add(c, article("a-fire" + i, features("fire", "warehouse alpha", i)));
        assertEquals(150, c.articles(c.storyOf("a-fire0")).size(), "every article in the one story");
    }

    @Test
    void membersSurviveWriteAndRead() throws IOException {
        StoryCorpus c = new StoryCorpus(StoryOptions.defaults().withJoin(0.05));
        StoryClusterer cl = StoryClusterer.standard();
        filler(cl, c, 300);
        for (int i = 0; i < 5; i++) {
            boolean a = i % 2 == 0;
            cl.add(c, article("a-" + i, features("x", a ? "warehouse alpha" : "ferry beta", i)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out);
        StoryCorpus back = StoryCorpus.read(new ByteArrayInputStream(out.toByteArray()), c.options());
        // the sixth article reaches the split check on the restored state
        cl.add(back, article("a-5", features("x", "ferry beta", 5)));
        assertNotEquals(back.storyOf("a-0"), back.storyOf("a-1"));
        assertEquals(back.storyOf("a-1"), back.storyOf("a-5"));
    }
}
