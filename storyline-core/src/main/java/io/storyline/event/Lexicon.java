package io.storyline.event;

import io.storyline.annotate.text.TextAnalysis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words event extraction knows: predicates with their event types and how they combine
 * ({@code predicates.tsv}), event nouns and object classes ({@code nouns.tsv}), verb + object
 * refinements ({@code objects.tsv}), irregular verbs ({@code irregular.tsv}), and the function
 * words clause analysis relies on. Every form is keyed by {@link TextAnalysis#hash(CharSequence)}
 * and holds one {@link Entry} (its groups, verb senses and nouns), so a token is looked up once and
 * without allocation. Immutable and thread-safe.
 */
final class Lexicon {
    /** How a verb combines with what follows it (see {@code predicates.tsv}). */
    enum VerbClass { REPORT, FRAME, MODAL, ASPECT, LIGHT, ACT }

    /** The inflection a token shows. */
    enum Form { BASE, THIRD, PAST, PARTICIPLE, PAST_OR_PARTICIPLE, GERUND }

    /**
     * One sense of a verb form.
     *
     * @param lemma     the lemma with its particles ("call for")
     * @param type      the event type
     * @param cls       how it combines
     * @param form      the inflection of the matched form
     * @param particles hashes of the particle words that must follow (empty for a plain verb)
     */
    record Verb(String lemma, String type, VerbClass cls, Form form, long[] particles) {
    }

    /**
     * A noun, possibly of several words (keyed by its first word).
     *
     * @param lemma   the noun as listed ("hunger strike")
     * @param type    its event type, or null for an object-class noun
     * @param classes its classes (event, talks, restriction, …)
     * @param rest    hashes of the words after the first
     * @param plural  whether the matched form is a generated plural
     */
    record Noun(String lemma, String type, List<String> classes, long[] rest, boolean plural) {
        boolean is(String cls) {
            return classes.contains(cls);
        }

        boolean event() {
            return type != null && classes.contains("event");
        }
    }

    /**
     * What the lexicon knows of one word form: its function-word groups (an OR of the {@code G_…}
     * bits), its verb senses and the nouns it starts, in the order the lexicon lists them.
     */
    record Entry(int groups, List<Verb> verbs, List<Noun> nouns) {
        static final Entry NONE = new Entry(0, List.of(), List.of());

        Entry {
            verbs = List.copyOf(verbs);
            nouns = List.copyOf(nouns);
        }
    }

    // --- function-word groups (bits of Entry.groups) ---
    static final int G_DET = 1 << 0;
    static final int G_POSS = 1 << 1;
    static final int G_PREP = 1 << 2;
    static final int G_BE = 1 << 3;
    static final int G_HAVE = 1 << 4;
    static final int G_DO = 1 << 5;
    static final int G_FUTURE = 1 << 6;
    static final int G_POSSIBLE = 1 << 7;
    static final int G_OBLIGATION = 1 << 8;
    static final int G_NEG = 1 << 9;
    static final int G_COORD = 1 << 10;
    static final int G_SUBORD = 1 << 11;
    static final int G_COND = 1 << 12;
    static final int G_REL = 1 << 13;
    static final int G_SUBJ = 1 << 14;
    static final int G_OBJ = 1 << 15;
    static final int G_ADV = 1 << 16;
    static final int G_TIME = 1 << 17;
    static final int G_PLANNED = 1 << 18;
    static final int G_HYPOTHETICAL = 1 << 19;
    static final int G_SPECIFIC = 1 << 20;
    static final int G_MILITARY = 1 << 21;
    static final int G_NOTVERB = 1 << 22;
    /** The groups of function words (the others are semantic classes of content words). */
    static final int G_FUNCTION = G_DET | G_POSS | G_PREP | G_BE | G_HAVE | G_DO | G_FUTURE | G_POSSIBLE | G_OBLIGATION
            | G_NEG | G_COORD | G_SUBORD | G_COND | G_REL | G_SUBJ | G_OBJ;

    // --- function words (lower case) ---
    static final String[] DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
            "her", "our", "my", "your", "some", "any", "all", "each", "every", "both", "several", "many", "few",
            "another", "other", "no", "such", "whose", "last", "next"};
    static final String[] POSSESSIVES = {"its", "their", "his", "her", "our", "my", "your", "'s", "'"};
    static final String[] PREPOSITIONS = {"in", "on", "at", "to", "from", "with", "by", "for", "of", "against", "into",
            "onto", "over", "after", "before", "during", "between", "among", "amongst", "about", "under", "without",
            "despite", "near", "since", "until", "till", "through", "throughout", "across", "following", "amid",
            "amidst", "toward", "towards", "upon", "within", "beyond", "around", "behind", "via", "per", "outside",
            "inside", "off", "along", "alongside", "regarding", "concerning", "including", "like", "unlike", "than",
            "as"};
    static final String[] BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m"};
    static final String[] HAVE = {"has", "have", "had", "having", "'ve", "'d"};
    static final String[] DO = {"do", "does", "did"};
    /** Modals of the future or of commitment: the clause is planned. */
    static final String[] FUTURE_MODALS = {"will", "shall", "'ll", "wo"};
    /** Modals of possibility: the clause is hypothetical. */
    static final String[] POSSIBLE_MODALS = {"may", "might", "could", "can", "would", "'d", "ca"};
    /** Modals of obligation: a demand when reported. */
    static final String[] OBLIGATION_MODALS = {"must", "should", "ought"};
    static final String[] NEGATIONS = {"not", "n't", "never", "no", "neither", "nor"};
    static final String[] COORDINATORS = {"and", "but", "or", "nor", "yet"};
    /** Words that open a subordinate clause. */
    static final String[] SUBORDINATORS = {"because", "although", "though", "while", "whereas", "unless", "if",
            "when", "whenever", "once", "where", "whether", "so"};
    /** Subordinators that make their clause conditional. */
    static final String[] CONDITIONALS = {"if", "unless", "whether"};
    static final String[] RELATIVES = {"who", "which", "whom", "whose", "that"};
    static final String[] SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"};
    static final String[] OBJECT_PRONOUNS = {"him", "her", "it", "them", "us", "me", "you", "itself", "themselves",
            "himself", "herself"};
    /** Adverbs and time words that may sit between a subject and its verb ("Israel today mounted"). */
    static final String[] ADVERBS = {"also", "again", "today", "yesterday", "tonight", "now", "then", "still", "already",
            "just", "finally", "reportedly", "recently", "later", "earlier", "once", "soon", "here", "there", "even",
            "only", "formally", "officially", "jointly", "previously", "currently", "initially", "allegedly",
            "repeatedly", "first", "further", "long", "ever", "too", "likely", "unlikely", "probably", "possibly",
            "not", "n't", "never", "quickly", "immediately", "apparently", "flatly", "bluntly", "routinely",
            "outright", "personally", "publicly", "privately", "separately", "unilaterally", "nearly", "almost"};
    /** Weekdays and other time words that may stand alone as a time ("said Thursday"). */
    static final String[] TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tonight", "tomorrow", "overnight", "morning", "afternoon", "evening", "night",
            "week", "weekend", "month", "year", "earlier", "later", "recently", "ago"};
    /** Adjectives before an event noun that make it planned. */
    static final String[] PLANNED_ADJECTIVES = {"planned", "upcoming", "proposed", "scheduled", "expected",
            "forthcoming", "next", "future", "prospective", "impending", "possible", "potential", "would-be",
            "anticipated", "intended", "coming", "new"};
    /** Adjectives before an event noun that make it hypothetical rather than planned. */
    static final String[] HYPOTHETICAL_ADJECTIVES = {"possible", "potential", "hypothetical", "eventual", "would-be"};
    /** Words before an event noun that single out one occurrence ("the first summit"). */
    static final String[] SPECIFIC_ADJECTIVES = {"first", "second", "third", "fourth", "fifth", "last", "latest",
            "landmark", "historic", "recent", "previous", "earlier", "failed", "planned", "upcoming", "next",
            "inaugural", "two-day", "three-day", "one-day", "deadly", "fatal", "massive", "major", "powerful",
            "strong", "magnitude", "surprise", "emergency", "extraordinary", "annual", "bilateral", "trilateral"};
    /** Heads of phrases that name armed forces: their killing is conventional fighting. */
    static final String[] MILITARY = {"forces", "troops", "army", "soldiers", "military", "aircraft", "jets",
            "warplanes", "planes", "helicopters", "gunships", "tanks", "artillery", "navy", "warships", "marines",
            "drones", "predator", "airforce", "battalion", "brigade", "division", "regiment", "units"};
    /** Words that cannot be the main verb however they look. */
    static final String[] NOT_VERBS = {"need", "needs", "according", "including", "regarding", "concerning",
            "following", "during", "despite", "given", "per", "amid"};

    /** Every form the lexicon knows, by its hash: one look-up per token. */
    private final WordTable<Entry> entries;
    private final Map<String, Map<String, String>> objects;

    private Lexicon(WordTable<Entry> entries, Map<String, Map<String, String>> objects) {
        this.entries = entries;
        this.objects = objects;
    }

    /** The bundled lexicon. */
    static Lexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Lexicon STANDARD = load();
    }

    /** What the lexicon knows of a token ({@link Entry#NONE} when nothing). */
    Entry entry(TextAnalysis t, int token) {
        Entry e = entries.get(t.hash(token));
        return e == null ? Entry.NONE : e;
    }

    /** The type a verb takes with an object of {@code nounClass}, or null. */
    String objectType(String verbLemma, String nounClass) {
        Map<String, String> m = objects.get(verbLemma);
        return m == null ? null : m.get(nounClass);
    }

    /** Whether the verb has any object refinement. */
    boolean refines(String verbLemma) {
        return objects.containsKey(verbLemma);
    }

    // --- loading ---

    private static Lexicon load() {
        Map<String, String[]> irregular = new HashMap<>();
        for (String line : lines("irregular.tsv")) {
            String[] c = line.split("\t");
            irregular.put(c[0], new String[] {c[1], c[2]});
        }
        Senses senses = new Senses();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : lines("predicates.tsv")) {
            String[] c = line.split("\t");
            if (c.length < 3) throw new IllegalStateException("predicates.tsv: bad line " + line);
            VerbClass cls = VerbClass.valueOf(c[2].trim().toUpperCase(Locale.ROOT));
            for (String lemma : c[0].split(",")) {
                lemma = lemma.trim();
                if (lemma.isEmpty() || !seen.add(lemma)) continue;
                String[] parts = lemma.split(" ");
                long[] particles = new long[parts.length - 1];
                for (int k = 1; k < parts.length; k++) particles[k - 1] = TextAnalysis.hash(parts[k]);
                for (Map.Entry<String, Form> f : forms(parts[0], irregular.get(parts[0])).entrySet()) {
                    senses.verb(TextAnalysis.hash(f.getKey()), new Verb(lemma, c[1].trim(), cls, f.getValue(), particles));
                }
            }
        }
        java.util.Set<String> seenNouns = new java.util.HashSet<>();
        for (String line : lines("nouns.tsv")) {
            String[] c = line.split("\t");
            if (c.length < 3) throw new IllegalStateException("nouns.tsv: bad line " + line);
            String type = c[1].trim().equals("-") ? null : c[1].trim();
            List<String> classes = List.of(c[2].trim().split(","));
            for (String lemma : c[0].split(",")) {
                lemma = lemma.trim();
                if (lemma.isEmpty() || !seenNouns.add(lemma)) continue;
                String[] parts = lemma.split(" ");
                String last = parts[parts.length - 1];
                // the plural inflects the last word; key on the first
                for (String variant : new String[] {last, plural(last)}) {
                    boolean plural = !variant.equals(last);
                    if (plural && (last.endsWith("s") || classes.contains("generic"))) continue;
                    long[] rest = new long[parts.length - 1];
                    for (int k = 1; k < parts.length; k++) {
                        rest[k - 1] = TextAnalysis.hash(k == parts.length - 1 ? variant : parts[k]);
                    }
                    String first = parts.length == 1 ? variant : parts[0];
                    senses.noun(TextAnalysis.hash(first), new Noun(lemma, type, classes, rest, plural));
                }
            }
        }
        Map<String, Map<String, String>> objects = new HashMap<>();
        for (String line : lines("objects.tsv")) {
            String[] c = line.split("\t");
            if (c.length < 3) throw new IllegalStateException("objects.tsv: bad line " + line);
            for (String v : c[0].split(",")) {
                objects.computeIfAbsent(v.trim(), k -> new LinkedHashMap<>()).putIfAbsent(c[1].trim(), c[2].trim());
            }
        }
        group(senses, G_DET, DETERMINERS);
        group(senses, G_POSS, POSSESSIVES);
        group(senses, G_PREP, PREPOSITIONS);
        group(senses, G_BE, BE);
        group(senses, G_HAVE, HAVE);
        group(senses, G_DO, DO);
        group(senses, G_FUTURE, FUTURE_MODALS);
        group(senses, G_POSSIBLE, POSSIBLE_MODALS);
        group(senses, G_OBLIGATION, OBLIGATION_MODALS);
        group(senses, G_NEG, NEGATIONS);
        group(senses, G_COORD, COORDINATORS);
        group(senses, G_SUBORD, SUBORDINATORS);
        group(senses, G_COND, CONDITIONALS);
        group(senses, G_REL, RELATIVES);
        group(senses, G_SUBJ, SUBJECT_PRONOUNS);
        group(senses, G_OBJ, OBJECT_PRONOUNS);
        group(senses, G_ADV, ADVERBS);
        group(senses, G_TIME, TIME_WORDS);
        group(senses, G_PLANNED, PLANNED_ADJECTIVES);
        group(senses, G_HYPOTHETICAL, HYPOTHETICAL_ADJECTIVES);
        group(senses, G_SPECIFIC, SPECIFIC_ADJECTIVES);
        group(senses, G_MILITARY, MILITARY);
        group(senses, G_NOTVERB, NOT_VERBS);
        return new Lexicon(senses.entries(), objects);
    }

    private static void group(Senses senses, int bit, String[] list) {
        for (String w : list) senses.group(TextAnalysis.hash(w), bit);
    }

    /** The entries while the lexicon is read: each form's groups, verb senses and nouns, each sense once. */
    private static final class Senses {
        private final Map<Long, Integer> groups = new LinkedHashMap<>();
        private final Map<Long, List<Verb>> verbs = new LinkedHashMap<>();
        private final Map<Long, List<Noun>> nouns = new LinkedHashMap<>();

        void group(long key, int bit) {
            groups.merge(WordTable.folded(key), bit, (a, b) -> a | b);
        }

        void verb(long key, Verb v) {
            once(verbs.computeIfAbsent(WordTable.folded(key), k -> new ArrayList<>(1)), v);
        }

        void noun(long key, Noun n) {
            once(nouns.computeIfAbsent(WordTable.folded(key), k -> new ArrayList<>(1)), n);
        }

        private static <V> void once(List<V> l, V v) {
            if (!l.contains(v)) l.add(v);
        }

        WordTable<Entry> entries() {
            java.util.Set<Long> keys = new java.util.LinkedHashSet<>(groups.keySet());
            keys.addAll(verbs.keySet());
            keys.addAll(nouns.keySet());
            WordTable<Entry> out = new WordTable<>();
            for (long k : keys) {
                out.put(k, new Entry(groups.getOrDefault(k, 0), verbs.getOrDefault(k, List.of()), nouns.getOrDefault(k, List.of())));
            }
            return out;
        }
    }

    /** Every inflected form of a regular or irregular verb, with the inflection it shows. */
    static Map<String, Form> forms(String lemma, String[] irregular) {
        Map<String, Form> out = new LinkedHashMap<>();
        out.put(lemma, Form.BASE);
        out.putIfAbsent(third(lemma), Form.THIRD);
        for (String g : gerunds(lemma)) out.putIfAbsent(g, Form.GERUND);
        if (irregular != null) {
            for (String p : irregular[0].split(",")) out.merge(p, Form.PAST, Lexicon::both);
            for (String p : irregular[1].split(",")) out.merge(p, Form.PARTICIPLE, Lexicon::both);
        } else {
            for (String p : pasts(lemma)) out.putIfAbsent(p, Form.PAST_OR_PARTICIPLE);
        }
        return out;
    }

    private static Form both(Form a, Form b) {
        if (a == b) return a;
        if (a == Form.BASE || b == Form.BASE) return Form.BASE;
        return Form.PAST_OR_PARTICIPLE;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    static String third(String v) {
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh")
                || v.endsWith("o")) return v + "es";
        if (v.length() > 1 && v.endsWith("y") && !vowel(v.charAt(v.length() - 2))) return v.substring(0, v.length() - 1) + "ies";
        return v + "s";
    }

    /** Whether the final consonant may double ("ban" → "banned", "commit" → "committed"). */
    private static boolean doubles(String v) {
        int n = v.length();
        if (n < 3) return false;
        char last = v.charAt(n - 1);
        return !vowel(last) && "wxy".indexOf(last) < 0 && vowel(v.charAt(n - 2)) && !vowel(v.charAt(n - 3));
    }

    static List<String> pasts(String v) {
        List<String> out = new ArrayList<>(2);
        if (v.endsWith("e")) out.add(v + "d");
        else if (v.length() > 1 && v.endsWith("y") && !vowel(v.charAt(v.length() - 2))) out.add(v.substring(0, v.length() - 1) + "ied");
        else out.add(v + "ed");
        if (doubles(v)) out.add(v + v.charAt(v.length() - 1) + "ed");
        if (v.endsWith("c")) out.add(v + "ked");
        return out;
    }

    static List<String> gerunds(String v) {
        List<String> out = new ArrayList<>(2);
        if (v.endsWith("ie")) out.add(v.substring(0, v.length() - 2) + "ying");
        else if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe") && v.length() > 2) {
            out.add(v.substring(0, v.length() - 1) + "ing");
        } else out.add(v + "ing");
        if (doubles(v)) out.add(v + v.charAt(v.length() - 1) + "ing");
        if (v.endsWith("c")) out.add(v + "king");
        return out;
    }

    static String plural(String n) {
        if (n.endsWith("s") || n.endsWith("x") || n.endsWith("z") || n.endsWith("ch") || n.endsWith("sh")) return n + "es";
        if (n.length() > 1 && n.endsWith("y") && !vowel(n.charAt(n.length() - 2))) return n.substring(0, n.length() - 1) + "ies";
        return n + "s";
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
    }

    /** A hash-keyed map with open addressing: no boxing on lookup. Key 0 is read as 1 (0 marks an empty slot). */
    static final class WordTable<V> {
        private long[] keys = new long[1024];
        private Object[] values = new Object[1024];
        private int size;
        /**
         * One bit per 16-bit prefix of the keys held: a word whose bit is clear is not in the table,
         * known from 8 KB that stay in the processor's first cache (most words of a text are in
         * none of the tables, and most lexicon words in only one).
         */
        private final long[] present = new long[1 << 10];

        private static int bit(long key) {
            return (int) (key >>> 48);
        }

        static long folded(long key) {
            return key == 0 ? 1 : key;
        }

        void put(long key, V value) {
            key = folded(key);
            present[bit(key) >>> 6] |= 1L << bit(key);
            if (size * 2 >= keys.length) grow();
            int i = slot(keys, key);
            if (keys[i] == 0) {
                keys[i] = key;
                size++;
            }
            values[i] = value;
        }

        /** The value of {@code key}, or null. */
        @SuppressWarnings("unchecked")
        V get(long key) {
            key = folded(key);
            if ((present[bit(key) >>> 6] & (1L << bit(key))) == 0) return null;
            int i = slot(keys, key);
            return keys[i] == 0 ? null : (V) values[i];
        }

        private static int slot(long[] keys, long key) {
            int mask = keys.length - 1;
            // Fibonacci hashing: the top bits of the key times 2^64/phi (word hashes cluster in their low bits)
            int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(keys.length)));
            while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
            return i;
        }

        private void grow() {
            long[] ok = keys;
            Object[] ov = values;
            keys = new long[ok.length * 2];
            values = new Object[ok.length * 2];
            for (int k = 0; k < ok.length; k++) {
                if (ok[k] == 0) continue;
                int i = slot(keys, ok[k]);
                keys[i] = ok[k];
                values[i] = ov[k];
            }
        }
    }
}
