package io.storyline.story;

import io.storyline.annotate.entity.Gazetteer;
import io.storyline.annotate.text.TextAnalysis;
import io.storyline.event.DateRange;
import io.storyline.model.Article;
import io.storyline.model.DateValue;
import io.storyline.model.Mention;
import io.storyline.model.Timex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Describes an article for story clustering: the names it mentions (people, organisations,
 * places; countries under one name whatever the variant), its rarer words, the numbers it reports
 * ("23 pirates", "magnitude 6.1"), the months and years it dates things to, and its publication
 * date. Headline words count double. Linear in the text; final and thread-safe.
 */
public final class StoryProfiler {
    /**
     * Weight of one occurrence by kind: names and numbers tell stories apart more than words.
     * Numbers weigh most: a magnitude, a death toll, a contract's sum or a score is what tells two
     * look-alike events apart (two earthquakes, two signings), where names and words are shared
     * (ECB+ train topics, mean story B³ over three arrival orders: 2 → 3 → 4 moved it within noise,
     * +0.002 each; kept for the principle, see docs/evaluation.md).
     */
    private static final float NAME_W = 3f, NAME_PART_W = 1.5f, WORD_W = 1f, NUMBER_W = 4f, MONTH_W = 1.5f,
            YEAR_W = 0.75f;
    /**
     * Headline words count this many times more. 1: a headline names the kind of story ("fire
     * destroys supermarket") more than the one event, so boosting it drew look-alike events
     * together (ECB+ train, mean story B³ over three arrival orders: boost 2 → 1 gave 0.865 → 0.876).
     */
    private static final float TITLE_BOOST = 1f;
    /** Words shorter than this are not features. */
    private static final int MIN_WORD = 4;
    /** Title words and honorifics: not part of a name. */
    private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "prime", "foreign", "chief",
            "leader", "king", "queen", "prince", "general", "gen", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt",
            "col", "sgt", "capt", "spokesman", "spokeswoman", "director", "chairman", "ceo", "coach", "judge", "the",
            "former", "deputy", "vice", "senior", "a", "an", "in", "on", "at", "and", "of", "for", "by", "to", "but",
            "it", "he", "she", "they", "we", "this", "that", "these", "as", "after", "before", "when", "while", "if");
    private static final Set<String> STOP = load();
    /** The stop words in a list, and by their token hash ({@link TextAnalysis#hash(CharSequence)}) their place in it plus one. */
    private static final List<String> STOP_LIST = List.copyOf(STOP);
    private static final LongTable STOP_INDEX = new LongTable();

    static {
        for (int k = 0; k < STOP_LIST.size(); k++) STOP_INDEX.put(TextAnalysis.hash(STOP_LIST.get(k)), k + 1);
    }

    /**
     * Whether the token is a stop word, decided without building its lower-case string: its hash
     * finds the candidate word, and an ASCII token equal to it letter for letter (lower-cased) is
     * one. False when unsure (non-ASCII letters, whose lower case may differ): the caller then
     * checks the string.
     */
    private static boolean stopWord(TextAnalysis t, int i) {
        int at = STOP_INDEX.get(t.hash(i));
        if (at == 0) return false;
        String w = STOP_LIST.get(at - 1);
        String text = t.text();
        int from = t.start(i), n = t.length(i);
        if (n != w.length()) return false;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(from + k);
            if (c >= 128) return false;
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c != w.charAt(k)) return false;
        }
        return true;
    }

    private final Gazetteer gazetteer;

    public StoryProfiler(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public static StoryProfiler standard() {
        return new StoryProfiler(Gazetteer.bundled());
    }

    /**
     * @param article  the article
     * @param t        its text analysis
     * @param mentions its names (may be empty: capitalised runs stand in)
     * @param timexes  its time expressions (may be empty)
     */
    public ArticleProfile profile(Article article, TextAnalysis t, List<Mention> mentions, List<Timex> timexes) {
        Objects.requireNonNull(article, "article");
        // room for the features of a typical article without growing (about one per three tokens)
        Map<String, Feature> f = LinkedHashMap.newLinkedHashMap(t.tokenCount() / 3);
        int titleEnd = titleEnd(article, t);
        boolean[] named = new boolean[t.tokenCount()];
        if (!mentions.isEmpty()) {
            for (Mention m : mentions) {
                if ("TITLE".equals(m.type())) continue;
                int a = t.tokenAt(m.start()), b = a;
                while (b < t.tokenCount() && t.start(b) < m.end()) named[b++] = true;
                name(t, a, b, f, a < titleEnd);
            }
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            int from = t.sentenceStart(s), to = t.sentenceEnd(s);
            for (int i = from; i < to; i++) {
                boolean title = i < titleEnd;
                if (named[i]) continue;
                if (mentions.isEmpty() && capitalised(t, i, from)) {
                    int e = i;
                    while (e < to && capitalised(t, e, from) && !named[e]) e++;
                    if (e > i) {
                        name(t, i, e, f, title);
                        i = e - 1;
                        continue;
                    }
                }
                if (t.is(i, TextAnalysis.DIGIT)) {
                    number(t, i, f, title);
                    continue;
                }
                if (!t.is(i, TextAnalysis.WORD) || t.length(i) < MIN_WORD || t.is(i, TextAnalysis.URL)) continue;
                if (stopWord(t, i)) continue;
                String lower = t.lower(i);
                if (STOP.contains(lower)) continue;
                String w = stem(lower);
                if (w.length() < MIN_WORD || STOP.contains(w)) continue;
                add(f, w, ArticleProfile.WORD, WORD_W * (title ? TITLE_BOOST : 1));
            }
        }
        for (Timex x : timexes) {
            DateRange r = DateRange.parse(x.value());
            if (r == null || x.value().startsWith("P")) continue;
            if (r.days() <= 31) add(f, r.start().toString().substring(0, 7), ArticleProfile.DATE, MONTH_W);
            if (r.days() <= 366) add(f, String.valueOf(r.start().getYear()), ArticleProfile.DATE, YEAR_W);
        }
        DateValue pub = article.published();
        // a date guessed from the text (no date printed, none in the address) is no evidence of when the
        // article appeared: a wrong guess (an obituary dated to the decade it recalls) would keep it out of its story
        DateRange date = pub == null || pub.inferred() ? null : DateRange.parse(pub.value());
        if (date != null && date.days() <= 31) add(f, date.start().toString().substring(0, 7), ArticleProfile.DATE, MONTH_W);
        int n = f.size();
        long[] hashes = new long[n];
        float[] weights = new float[n];
        String[] labels = new String[n];
        byte[] ks = new byte[n];
        int k = 0;
        for (Map.Entry<String, Feature> e : f.entrySet()) {
            Feature x = e.getValue();
            labels[k] = e.getKey();
            hashes[k] = hash(x.kind, e.getKey());
            weights[k] = (float) (x.weight * (1 + Math.log(x.count)));
            ks[k] = x.kind;
            k++;
        }
        return new ArticleProfile(article.id(), article.title(), date, hashes, weights, labels, ks);
    }

    /** The feature hash of a label of a kind. */
    static long hash(byte kind, String label) {
        return TextAnalysis.hash(label) * 31 + kind;
    }

    /** A feature while its article is read: its kind (the first seen), occurrences, and strongest weight. */
    private static final class Feature {
        final byte kind;
        float count;
        float weight;

        Feature(byte kind) {
            this.kind = kind;
        }
    }

    private static void add(Map<String, Feature> f, String label, byte kind, float w) {
        Feature c = f.get(label);
        if (c == null) f.put(label, c = new Feature(kind));
        c.count++;
        c.weight = Math.max(c.weight, w);
    }

    /** End token of the headline when the text opens with it; 0 otherwise. */
    private static int titleEnd(Article a, TextAnalysis t) {
        if (t.sentenceCount() == 0) return 0;
        String title = a.title();
        if (title != null && !title.isBlank()) {
            // the headline is not in the text: its words are added through the first sentence only when it repeats
            return t.text().startsWith(title.strip()) ? t.sentenceEnd(0) : 0;
        }
        return 0;
    }

    private boolean capitalised(TextAnalysis t, int i, int sentenceStart) {
        if (!t.is(i, TextAnalysis.WORD)) return false;
        if (!t.is(i, TextAnalysis.CAPITALIZED) && !t.is(i, TextAnalysis.ALL_CAPS)) return false;
        String l = t.lower(i);
        if (TITLES.contains(l) || STOP.contains(l)) return false;
        if (i == sentenceStart) {
            // a sentence-initial word is a name only when the next word is capitalised too or it is a known name
            return i + 1 < t.tokenCount() && t.is(i + 1, TextAnalysis.CAPITALIZED) || gazetteer.longest(t, i, i + 1, null) != null;
        }
        return true;
    }

    private void name(TextAnalysis t, int a, int b, Map<String, Feature> f, boolean title) {
        float boost = title ? TITLE_BOOST : 1;
        // countries under their canonical name, whatever the variant
        Gazetteer.Match m = gazetteer.longest(t, a, b, null);
        if (m != null && m.start() == a && m.end() == b) {
            int c = switch (m.kind()) {
                case COUNTRY, DEMONYM, CAPITAL -> gazetteer.countryOf(m.entry());
                default -> m.entry();
            };
            if (m.kind() != Gazetteer.Kind.GIVEN && m.kind() != Gazetteer.Kind.SURNAME) {
                add(f, gazetteer.canonical(c >= 0 ? c : m.entry()).toLowerCase(Locale.ROOT), ArticleProfile.NAME,
                        NAME_W * boost);
                return;
            }
        }
        StringBuilder sb = new StringBuilder();
        int last = -1;
        for (int i = a; i < b; i++) {
            if (!t.is(i, TextAnalysis.WORD) && !t.is(i, TextAnalysis.DIGIT)) continue;
            String l = t.lower(i);
            if (TITLES.contains(l)) continue;
            if (l.endsWith("'s")) l = l.substring(0, l.length() - 2);
            if (sb.length() > 0) sb.append(' ');
            sb.append(l.replace(".", ""));
            last = i;
        }
        if (sb.length() < 2) return;
        String full = sb.toString();
        add(f, full, ArticleProfile.NAME, NAME_W * boost);
        int sp = full.lastIndexOf(' ');
        if (sp > 0 && last >= 0) add(f, full.substring(sp + 1), ArticleProfile.NAME, NAME_PART_W * boost);
    }

    private static void number(TextAnalysis t, int i, Map<String, Feature> f, boolean title) {
        String s = t.token(i).replace(",", "");
        int n = s.length();
        boolean digits = n > 0;
        for (int k = 0; k < n && digits; k++) digits = s.charAt(k) >= '0' && s.charAt(k) <= '9';
        // years come through the time expressions
        if (digits && n == 4 && (s.startsWith("19") || s.startsWith("20"))) return;
        // small counts, days and months say little
        if (digits && n <= 2 && Integer.parseInt(s) <= 12) return;
        if (n > 12) return;
        add(f, "#" + s, ArticleProfile.NUMBER, NUMBER_W * (title ? TITLE_BOOST : 1));
    }

    /** A light stemmer: plural and verb endings off, so "pirates" and "pirate", "fired" and "fire" meet. */
    static String stem(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) w = w.substring(0, n - 3) + "y";
        else if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) w = w.substring(0, n - 2);
        else if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.substring(0, n - 1);
        n = w.length();
        boolean cut = false;
        if (n > 5 && w.endsWith("ing")) {
            w = w.substring(0, n - 3);
            cut = true;
        } else if (n > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            w = w.substring(0, n - 2);
            cut = true;
        }
        n = w.length();
        if (cut && n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) w = w.substring(0, n - 1);
        n = w.length();
        if (n > 3 && w.endsWith("e")) w = w.substring(0, n - 1);
        return w;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = StoryProfiler.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) throw new IllegalStateException("missing stopwords.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) {
                    out.add(w);
                    out.add(stem(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
