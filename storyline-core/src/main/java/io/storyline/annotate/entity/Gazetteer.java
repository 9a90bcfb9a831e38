package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists of names, matched against a {@link TextAnalysis} by token hashes: countries with their
 * other names, demonyms and capitals; other places; organisations with their abbreviations;
 * given names and family names. The lists are named data in this package's resources
 * ({@code countries.tsv}, {@code places.txt}, {@code organizations.txt}, {@code given-names.txt},
 * {@code surnames.txt}). The model's features also read some 35,000 towns and regions of the world
 * from libphonenumber's geocoder data ({@link Kind#TOWN}).
 *
 * <p>A variant printed all in capitals ("US", "DPRK") matches only tokens printed in capitals;
 * other variants match when their first token is capitalised. Immutable and thread-safe.
 */
public final class Gazetteer {
    /** What a list entry names. */
    public enum Kind {
        COUNTRY, DEMONYM, CAPITAL, PLACE, ORG, GIVEN, SURNAME,
        /**
         * A town or region of libphonenumber's geocoder data ({@link GeocoderPlaces}): read by the
         * model's features, and by {@link #longest} only when asked for by kind.
         */
        TOWN;

        /** Bit of this kind in {@link #kinds}. */
        int bit() {
            return 1 << ordinal();
        }
    }

    /**
     * One listed name: its words' hashes, kind, whether it is an abbreviation in capitals, its entry,
     * and, when it is listed with a first word that opens with no capital ("eBay", "al-Shabab",
     * "3M", "the States"), that word as printed (null otherwise).
     */
    record Variant(long[] tokens, Kind kind, boolean capitals, int entry, String printed) {
    }

    /**
     * A match in a text: tokens {@code [start, end)}, the kind, and the entry (its canonical name
     * through {@link #canonical(int)}).
     */
    public record Match(int start, int end, Kind kind, int entry) {
    }

    /**
     * Names of one word by their word, and longer names by their first two words ({@link #pair}):
     * frequent first words ("the", "new", "national") then look among a few names, not hundreds.
     */
    private final Map<Long, List<Variant>> singles, pairs;
    private final List<String> canonical;
    /** For each entry, its country's entry (capitals and demonyms point to their country), or -1. */
    private final int[] country;

    private Gazetteer(Map<Long, List<Variant>> singles, Map<Long, List<Variant>> pairs, List<String> canonical,
            int[] country) {
        this.singles = singles;
        this.pairs = pairs;
        this.canonical = canonical;
        this.country = country;
    }

    /** The canonical name of an entry ("North Korea" for "DPRK"). */
    public String canonical(int entry) {
        return canonical.get(entry);
    }

    /** The country entry an entry belongs to (itself for a country; the country of a capital or demonym), or -1. */
    public int countryOf(int entry) {
        return country[entry];
    }

    /**
     * The longest match starting at token {@code i} of kind {@code only}, or, when it is null, of any
     * kind but {@link Kind#TOWN}; null when none.
     */
    public Match longest(TextAnalysis t, int i, int limit, Kind only) {
        return longest(t, i, limit, only, false);
    }

    /**
     * As {@link #longest(TextAnalysis, int, int, Kind)}, with {@code anyCase} also where the words
     * are printed in lower case ("mexico" in informal text; the NER features never read these).
     */
    public Match longest(TextAnalysis t, int i, int limit, Kind only, boolean anyCase) {
        if (i >= limit) return null;
        Match best = null;
        for (int round = 0; round < 2; round++) {
            List<Variant> vs = candidates(t, i, limit, round);
            if (vs == null) continue;
            for (Variant v : vs) {
                if (only != null ? v.kind != only : v.kind == Kind.TOWN) continue;
                int len = v.tokens.length;
                if (i + len > limit) continue;
                if (best != null && best.end - best.start >= len) continue;
                if (anyCase ? !sameWords(t, i, v) : !matches(t, i, v)) continue;
                best = new Match(i, i + len, v.kind, v.entry);
            }
        }
        return best;
    }

    /** Round 0: the names of one word at token {@code i}; round 1: the longer names whose first two words are there. */
    private List<Variant> candidates(TextAnalysis t, int i, int limit, int round) {
        if (round == 0) return singles.get(t.hash(i));
        return i + 1 < limit ? pairs.get(pair(t.hash(i), t.hash(i + 1))) : null;
    }

    /** The key of a name's first two words. */
    private static long pair(long first, long second) {
        return first * 0x9E3779B97F4A7C15L + second;
    }

    /** Every kind whose names match at token {@code i} (longest per kind), as {@link Match}es. */
    public List<Match> all(TextAnalysis t, int i, int limit) {
        if (i >= limit) return List.of();
        List<Match> out = null;
        for (int round = 0; round < 2; round++) {
            List<Variant> vs = candidates(t, i, limit, round);
            if (vs == null) continue;
            for (Variant v : vs) {
                int len = v.tokens.length;
                if (i + len > limit || !matches(t, i, v)) continue;
                if (out == null) out = new ArrayList<>(2);
                boolean replaced = false;
                for (int k = 0; k < out.size(); k++) {
                    Match m = out.get(k);
                    if (m.kind == v.kind) {
                        if (m.end - m.start < len) out.set(k, new Match(i, i + len, v.kind, v.entry));
                        replaced = true;
                    }
                }
                if (!replaced) out.add(new Match(i, i + len, v.kind, v.entry));
            }
        }
        return out == null ? List.of() : out;
    }

    /** The variant's words at token {@code i}, in any case. */
    private static boolean sameWords(TextAnalysis t, int i, Variant v) {
        for (int k = 0; k < v.tokens.length; k++) if (t.hash(i + k) != v.tokens[k]) return false;
        return true;
    }

    /** A token with no lower-case letter ("B3", "G7"), which the analyser does not flag as all capitals. */
    private static boolean noLowerCase(TextAnalysis t, int i) {
        String text = t.text();
        for (int c = t.start(i); c < t.end(i); c++) if (Character.isLowerCase(text.charAt(c))) return false;
        return true;
    }

    /**
     * The variant's words at token {@code i}, printed as the variant asks (in capitals, or
     * capitalised first, or, for a name listed with no capital first, its first word as listed).
     */
    private static boolean matches(TextAnalysis t, int i, Variant v) {
        if (!sameWords(t, i, v)) return false;
        if (v.printed != null) return v.printed.equals(t.token(i));
        long[] toks = v.tokens;
        if (v.capitals) {
            for (int k = 0; k < toks.length; k++) {
                int f = t.flags(i + k);
                if ((f & TextAnalysis.WORD) == 0 || (f & TextAnalysis.ALL_CAPS) != 0 || noLowerCase(t, i + k)) continue;
                boolean initial = (f & TextAnalysis.CAPITALIZED) != 0 && (t.length(i + k) == 1
                        || t.length(i + k) == 2 && (f & TextAnalysis.PERIOD) != 0);
                if (!initial) return false;
            }
            return true;
        }
        return (t.flags(i) & TextAnalysis.CAPITALIZED) != 0 || (t.flags(i) & TextAnalysis.WORD) == 0;
    }

    /** Loads the lists bundled with Storyline. */
    public static Gazetteer bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Gazetteer BUNDLED = load();
    }

    private static Gazetteer load() {
        Builder b = new Builder();
        try {
            for (String line : lines("countries.tsv")) {
                String[] cols = line.split("\t", -1);
                String name = cols[0].trim();
                int e = b.entry(name, -2);
                b.add(name, Kind.COUNTRY, e);
                if (cols.length > 1) for (String v : split(cols[1])) b.add(v, Kind.COUNTRY, e);
                if (cols.length > 2) for (String v : split(cols[2])) b.add(v, Kind.DEMONYM, b.entry(v, e));
                if (cols.length > 3) for (String v : split(cols[3])) b.add(v, Kind.CAPITAL, b.entry(v, e));
            }
            for (String line : lines("places.txt")) b.add(line.trim(), Kind.PLACE, b.entry(line.trim(), -1));
            for (String line : lines("organizations.txt")) {
                List<String> names = split(line);
                if (names.isEmpty()) continue;
                int e = b.entry(names.get(0), -1);
                for (String v : names) b.add(v, Kind.ORG, e);
            }
            for (String line : lines("given-names.txt")) {
                for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) b.add(w, Kind.GIVEN, b.entry(w, -1));
            }
            for (String line : lines("surnames.txt")) {
                for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) b.add(w, Kind.SURNAME, b.entry(w, -1));
            }
            b.addEach(GeocoderPlaces.load(), Kind.TOWN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer", e);
        }
        return b.build();
    }

    private static List<String> split(String col) {
        List<String> out = new ArrayList<>();
        for (String v : col.split("\\|")) {
            v = v.trim();
            if (!v.isEmpty()) out.add(v);
        }
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");

    /** Collects entries and variants. */
    private static final class Builder {
        final Map<Long, List<Variant>> singles = new HashMap<>(), pairs = new HashMap<>();
        final List<String> canonical = new ArrayList<>();
        final List<Integer> country = new ArrayList<>();
        final TextAnalyzer analyzer = TextAnalyzer.standard();

        /** A new entry; {@code countryEntry} -2 means the entry is itself a country. */
        int entry(String name, int countryEntry) {
            int e = canonical.size();
            canonical.add(name);
            country.add(countryEntry == -2 ? e : countryEntry);
            return e;
        }

        void add(String variant, Kind kind, int entry) {
            TextAnalysis t = analyzer.analyze(variant);
            add(variant, t, 0, t.tokenCount(), kind, entry);
        }

        /**
         * Adds each name as an entry of its own, the names analysed together (one analysis of
         * them joined by line breaks, as tens of thousands of analyses take long).
         */
        void addEach(List<String> names, Kind kind) {
            StringBuilder all = new StringBuilder();
            int[] at = new int[names.size() + 1];
            for (int k = 0; k < names.size(); k++) {
                at[k] = all.length();
                all.append(names.get(k)).append('\n');
            }
            at[names.size()] = all.length();
            TextAnalysis t = analyzer.analyze(all.toString());
            int i = 0;
            for (int k = 0; k < names.size(); k++) {
                while (i < t.tokenCount() && t.start(i) < at[k]) i++;
                int j = i;
                while (j < t.tokenCount() && t.start(j) < at[k + 1]) j++;
                add(names.get(k), t, i, j, kind, entry(names.get(k), -1));
                i = j;
            }
        }

        private void add(String variant, TextAnalysis t, int from, int to, Kind kind, int entry) {
            if (to <= from) return;
            long[] toks = new long[to - from];
            for (int i = 0; i < toks.length; i++) toks[i] = t.hash(from + i);
            String letters = NOT_LETTER.matcher(variant).replaceAll("");
            boolean capitals = letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
            Map<Long, List<Variant>> index = toks.length == 1 ? singles : pairs;
            long key = toks.length == 1 ? toks[0] : pair(toks[0], toks[1]);
            String first = t.token(from);
            String printed = Character.isUpperCase(first.codePointAt(0)) || !t.is(from, TextAnalysis.WORD) ? null : first;
            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Variant(toks, kind, capitals, entry, printed));
        }

        Gazetteer build() {
            int[] c = new int[country.size()];
            for (int i = 0; i < c.length; i++) c[i] = country.get(i);
            return new Gazetteer(frozen(singles), frozen(pairs), List.copyOf(canonical), c);
        }

        private static Map<Long, List<Variant>> frozen(Map<Long, List<Variant>> index) {
            Map<Long, List<Variant>> out = new HashMap<>();
            index.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return Map.copyOf(out);
        }
    }
}
