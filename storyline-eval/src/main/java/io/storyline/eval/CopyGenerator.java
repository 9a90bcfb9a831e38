package io.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a syndicated copy of an article text at the edit rates seen in real reprints (the two
 * copies of one Reuters story in {@code ../shared/examples}): names rewritten to other variants
 * ("North Korea" → "DPRK", "U.S." → "US"), British spellings made American, a few words
 * changed, sentences and clauses cut, a dateline prefixed, a paragraph moved, and a pull
 * quote, READ MORE links and other clutter added. Deterministic for a seed.
 */
public final class CopyGenerator {
    /** Name variants a copy editor swaps, as {@code {variant, variant, …}} of one name. */
    private static final String[][] VARIANTS = {
        {"North Korea", "DPRK", "the DPRK", "N.Korea", "the Democratic People's Republic of Korea"},
        {"South Korea", "ROK", "the ROK", "S.Korea", "the Republic of Korea"},
        {"United States", "US", "U.S.", "the US"},
        {"U.S.", "US", "United States"},
        {"United Nations", "UN", "U.N."},
        {"European Union", "EU"},
        {"Britain", "UK", "the United Kingdom"},
        {"Russia", "the Russian Federation"},
        {"China", "the People's Republic of China", "PRC"},
    };

    private static final Pattern[] VARIANT_PATTERNS = java.util.Arrays.stream(VARIANTS)
            .map(v -> Pattern.compile("\\b" + Pattern.quote(v[0]) + "(?![\\w])")).toArray(Pattern[]::new);

    /** British → American spellings a copy desk changes. */
    private static final String[][] SPELLINGS = {
        {"programme", "program"}, {"centre", "center"}, {"defence", "defense"}, {"labour", "labor"},
        {"favour", "favor"}, {"isation", "ization"}, {"ised", "ized"}, {"ising", "izing"},
    };

    /** Rates per sentence (cut, clause cut) and per word (other word). */
    public record Rates(double cutSentence, double cutClause, double changeWord, double nameRewrite) {
        /** About what the example reprint shows: 1 sentence in 15 cut, a clause in 1 in 15, names rewritten. */
        public static final Rates EXAMPLES = new Rates(0.07, 0.07, 0.01, 0.8);
    }

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[\"“A-ZÄÖÜ0-9])");
    private static final String[] CITIES = {"SEOUL", "WASHINGTON", "BERLIN", "PARIS", "TOKYO", "LONDON", "GENEVA"};
    private static final String[] CLUTTER = {"Share this article", "Follow us on Twitter", "Subscribe to our newsletter",
        "Advertisement", "Click here to read more", "Comments (0)"};

    private final Rates rates;

    public CopyGenerator(Rates rates) {
        this.rates = rates;
    }

    /**
     * @param text       the article body (paragraphs separated by blank lines)
     * @param otherTitle a headline of another article, for READ MORE links
     * @param seed       makes the copy reproducible
     */
    public String copy(String text, String otherTitle, long seed) {
        Random r = new Random(seed);
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
            if (p.isBlank()) continue;
            List<String> sents = new ArrayList<>(List.of(SENTENCE.split(p.strip())));
            all.addAll(sents);
            paragraphs.add(sents);
        }
        List<String> vocab = new ArrayList<>();
        for (String w : text.split("\\s+")) if (w.length() > 3 && w.chars().allMatch(Character::isLetter)) vocab.add(w);
        List<String> out = new ArrayList<>();
        for (List<String> para : paragraphs) {
            StringBuilder sb = new StringBuilder();
            for (String s : para) {
                if (r.nextDouble() < rates.cutSentence() && para.size() > 1) continue;
                String e = s;
                if (r.nextDouble() < rates.cutClause()) e = cutClause(e, r);
                e = rewrite(e, vocab, r);
                if (sb.length() > 0) sb.append(' ');
                sb.append(e);
            }
            if (sb.length() > 0) out.add(sb.toString());
        }
        if (out.isEmpty()) out.add(rewrite(text.strip(), vocab, r));
        if (r.nextBoolean()) out.set(0, CITIES[r.nextInt(CITIES.length)] + " - " + out.get(0));
        if (out.size() > 3 && r.nextDouble() < 0.3) {
            String moved = out.remove(1 + r.nextInt(out.size() - 2));
            out.add(1 + r.nextInt(out.size() - 1), moved);
        }
        if (!all.isEmpty() && r.nextDouble() < 0.5) {
            String quote = all.get(r.nextInt(all.size()));
            out.add(Math.min(out.size(), 1 + r.nextInt(2)), quote);
        }
        if (otherTitle != null && !otherTitle.isBlank()) {
            out.add(Math.min(out.size(), 2 + r.nextInt(3)), "READ MORE: " + otherTitle);
            if (r.nextBoolean()) out.add("ALSO READ: " + otherTitle);
        }
        if (r.nextDouble() < 0.3) out.add(0, CLUTTER[r.nextInt(CLUTTER.length)]);
        if (r.nextDouble() < 0.3) out.add(CLUTTER[r.nextInt(CLUTTER.length)]);
        return String.join("\n\n", out);
    }

    /** Drops a comma-delimited clause from inside a sentence, when it has one. */
    private static String cutClause(String s, Random r) {
        List<int[]> spans = new ArrayList<>();
        int prev = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                if (prev >= 0 && i - prev > 8) spans.add(new int[] {prev, i});
                prev = i;
            }
        }
        if (spans.isEmpty()) return s;
        int[] c = spans.get(r.nextInt(spans.size()));
        return s.substring(0, c[0]) + s.substring(c[1]);
    }

    private String rewrite(String s, List<String> vocab, Random r) {
        String e = s;
        for (int vi = 0; vi < VARIANTS.length; vi++) {
            String[] v = VARIANTS[vi];
            if (!e.contains(v[0])) continue;
            Matcher m = VARIANT_PATTERNS[vi].matcher(e);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String rep = r.nextDouble() < rates.nameRewrite() ? v[1 + r.nextInt(v.length - 1)] : v[0];
                m.appendReplacement(sb, Matcher.quoteReplacement(rep));
            }
            m.appendTail(sb);
            e = sb.toString();
        }
        for (String[] sp : SPELLINGS) e = e.replace(sp[0], sp[1]);
        if (rates.changeWord() > 0 && !vocab.isEmpty()) {
            // an editor's other word: stood in for by another word of the same article
            String[] words = e.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() > 3 && r.nextDouble() < rates.changeWord()) words[i] = vocab.get(r.nextInt(vocab.size()));
            }
            e = String.join(" ", words);
        }
        return e;
    }
}
