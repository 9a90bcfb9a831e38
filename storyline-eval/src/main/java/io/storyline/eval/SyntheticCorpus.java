package io.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A reproducible stream of news-like articles for scale benchmarks, made from real page texts:
 * each original article is a draw of sentences from the pool with a quarter of its words swapped
 * for other words of the pool (so originals are distinct texts, sharing the odd sentence the way
 * real articles share boilerplate), and a share of the articles are syndicated copies of earlier
 * originals made by {@link CopyGenerator}. Article {@code i} is a pure function of {@code i}, so
 * texts need not be kept: they are made again when needed.
 */
public final class SyntheticCorpus {
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÄÖÜ\"“])");

    private final String[][] sentences;
    private final String[] vocabulary;
    private final double copyRate;
    private final CopyGenerator copier = new CopyGenerator(CopyGenerator.Rates.EXAMPLES);

    /**
     * @param texts    real article texts to draw sentences and words from
     * @param copyRate share of articles that are syndicated copies of an earlier original
     */
    public SyntheticCorpus(List<String> texts, double copyRate) {
        List<String> s = new ArrayList<>();
        List<String> v = new ArrayList<>();
        for (String t : texts) {
            for (String x : SENTENCE.split(t)) {
                String y = x.strip();
                if (y.length() > 40 && y.length() < 600) s.add(y);
            }
            for (String w : t.split("\\s+")) if (w.length() > 3 && w.chars().allMatch(Character::isLetter)) v.add(w);
        }
        if (s.isEmpty() || v.isEmpty()) throw new IllegalArgumentException("no sentences to draw from");
        this.sentences = s.stream().map(x -> x.split(" ")).toArray(String[][]::new);
        this.vocabulary = v.toArray(String[]::new);
        this.copyRate = copyRate;
    }

    /** Whether article {@code i} is a copy, and of which earlier article (-1 when it is an original). */
    public int copyOf(int i) {
        if (i == 0) return -1;
        Random r = new Random(i * 0x9E3779B97F4A7C15L);
        if (r.nextDouble() >= copyRate) return -1;
        int j = r.nextInt(i);
        while (copyOf(j) >= 0) j = copyOf(j); // copies are made of originals
        return j;
    }

    public String text(int i) {
        int of = copyOf(i);
        if (of >= 0) return copier.copy(original(of), null, i);
        return original(i);
    }

    private String original(int i) {
        Random r = new Random(i * 0x632BE59BD9B4E019L + 17);
        int n = 6 + r.nextInt(20);
        StringBuilder sb = new StringBuilder(4096);
        for (int k = 0; k < n; k++) {
            String[] words = sentences[r.nextInt(sentences.length)];
            if (k > 0) sb.append(k % 3 == 0 ? "\n\n" : " ");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) sb.append(' ');
                sb.append(r.nextInt(4) == 0 ? vocabulary[r.nextInt(vocabulary.length)] : words[w]);
            }
        }
        return sb.toString();
    }
}
