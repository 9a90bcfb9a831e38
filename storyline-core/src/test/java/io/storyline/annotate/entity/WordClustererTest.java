package io.storyline.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClustererTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private static final String[] CITIES = {"Talmora", "Venrick", "Osterby", "Kallisport"};
    private static final String[] ANIMALS = {"heron", "otter", "badger", "marten"};
    private static final String[] VERBS = {"arrived", "met", "spoke"};

    /** Sentences in which cities and animals appear between different neighbours. */
    private static List<TextAnalysis> corpus(long seed) {
        Random r = new Random(seed);
        List<TextAnalysis> out = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 20; s++) {
                String city = CITIES[r.nextInt(CITIES.length)], animal = ANIMALS[r.nextInt(ANIMALS.length)];
                String verb = VERBS[r.nextInt(VERBS.length)];
                if (r.nextBoolean()) sb.append("The envoy ").append(verb).append(" in ").append(city).append(" on Monday. ");
                else sb.append("A small ").append(animal).append(" swam near the shore. ");
            }
            out.add(ANALYZER.analyze(sb.toString()));
        }
        return out;
    }

    private static int classOf(WordClasses c, String word, int g) {
        TextAnalysis t = ANALYZER.analyze(word);
        return c.classOf(WordClasses.key(t, 0), g);
    }

    @Test
    void wordsBetweenTheSameNeighboursShareAClassAndOthersDoNot() {
        WordClasses c = new WordClusterer(new WordClusterer.Options(new int[] {8}, 2, 20)).cluster(corpus(1), s -> { });
        int city = classOf(c, CITIES[0], 0), animal = classOf(c, ANIMALS[0], 0);
        for (String w : CITIES) assertEquals(city, classOf(c, w, 0), w);
        for (String w : ANIMALS) assertEquals(animal, classOf(c, w, 0), w);
        assertNotEquals(city, animal);
        assertEquals(WordClasses.NONE, classOf(c, "Zanzibar", 0), "a word outside the corpus has no class");
    }

    @Test
    void deterministicAndOneClassPerGranularity() {
        WordClusterer.Options o = new WordClusterer.Options(new int[] {3, 6}, 2, 10);
        WordClasses a = new WordClusterer(o).cluster(corpus(2), s -> { });
        WordClasses b = new WordClusterer(o).cluster(corpus(2), s -> { });
        assertEquals(2, a.granularities());
        assertEquals(a.size(), b.size());
        for (String w : CITIES) {
            for (int g = 0; g < 2; g++) {
                assertEquals(classOf(a, w, g), classOf(b, w, g));
                int k = classOf(a, w, g);
                assertTrue(k >= 0 && k < (g == 0 ? 3 : 6), w + " class " + k);
            }
        }
    }

    @Test
    void aModelKeepsItsClassesThroughSaveAndLoad() throws IOException {
        WordClasses classes = new WordClusterer(new WordClusterer.Options(new int[] {4}, 2, 10)).cluster(corpus(3), s -> { });
        List<NerTrainer.Example> examples = new ArrayList<>();
        for (String city : CITIES) {
            String text = "The envoy arrived in " + city + " on Monday.";
            int at = text.indexOf(city);
            examples.add(new NerTrainer.Example(city, text, List.of(new NerTrainer.Span(at, at + city.length(), "LOC"))));
        }
        NerModel m = new NerTrainer(ANALYZER, Gazetteer.bundled()).train(examples, classes,
                new NerTrainer.Options(3, 1, 0.0, 1), s -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.save(bytes);
        NerModel back = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(classes.size(), back.classes().size());
        for (String w : CITIES) assertEquals(classOf(classes, w, 0), classOf(back.classes(), w, 0), w);
        String text = "The envoy spoke in Venrick on Monday.";
        EntityRecognizer before = new EntityRecognizer(m, Gazetteer.bundled()), after = new EntityRecognizer(back, Gazetteer.bundled());
        TextAnalysis t = ANALYZER.analyze(text);
        assertArrayEquals(before.recognize("a", text, t).toArray(), after.recognize("a", text, t).toArray());
    }
}
