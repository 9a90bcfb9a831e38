package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names inside hyphenated words, which the tokenizer keeps whole ("Beijing-based", "the
 * Trump-Kim summit", "North Korea-U.S. talks", "Hezbollah-backed"): a capitalised part (or run of
 * parts: "al-Qaeda-linked") is a name when the gazetteer knows it as a country, capital, place or
 * organisation (with the capitalised words before the hyphenated one where together they make
 * the name: "North" + "Korea"). Towns from the geocoder, many of them English words too, count
 * only before a word that makes a place of them ("Gwangju-based", "Ohio-born"; not "Oven-baked",
 * "Baden-Baden" or the syllables of "Wai-ching"). A word
 * with a number ("Dnipro-1") or a lower-case part between capitalised ones ("Stratford-on-Avon")
 * is one name. Persons count where every capitalised part is a word of the full name of a person
 * the article names ("Trump-Kim", not "Faber-Castell"). A seat of government is the institution it
 * houses ("Kremlin-linked", "White House-backed"), save before a word of place ("Kremlin-based").
 * A part after an Arabic article ("az-Zaman") belongs to a name of its own. Hyphenated words that
 * are themselves part of a name are left alone, and so are those of capitalised parts only before
 * another capitalised word ("the Trans-Pacific Partnership"). Immutable; thread-safe.
 */
final class CompoundNames {
    /** A name inside a hyphenated word: chars {@code [start, end)} of the text. */
    record Part(int start, int end, String type) {
    }

    /** Most capitalised words before a hyphenated word that may open its first part's name ("Hong" + "Kong"). */
    private static final int MAX_BEFORE = 2;
    /** Most parts of a hyphenated word read for names; longer chains ("A-B-C-D-E-F-G…") are no compounds of names. */
    private static final int MAX_PARTS = 6;

    /** Words after a hyphen that make the part before it a place ("Gwangju-based", "Ohio-born"). */
    private static final Set<String> PLACE_SUFFIXES = Set.of("based", "born", "area", "native", "raised", "bred",
            "headquartered", "registered", "listed", "bound", "region", "made", "built", "educated");

    /** Forms of the Arabic article that open a name with a hyphen ("al-Qaeda", "az-Zaman", "ash-Sharq"). */
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ag", "ak", "an", "ar", "as", "ash",
            "at", "ath", "az", "ul");

    private final Gazetteer gazetteer;
    private final TextAnalyzer analyzer;

    CompoundNames(Gazetteer gazetteer, TextAnalyzer analyzer) {
        this.gazetteer = gazetteer;
        this.analyzer = analyzer;
    }

    /**
     * What {@link #find} found: the names inside hyphenated words, in text order, and the names
     * of the model and rules they replace (the "Hong" of "Hong Kong-listed").
     */
    record Found(List<Part> parts, Set<NewsRules.Name> replaced) {
    }

    /**
     * The names inside the hyphenated words of {@code t} that are outside {@code names}, in text
     * order. A part may take in capitalised words before its hyphenated word ("North" +
     * "Korea-U.S."); a name among those words is then replaced.
     */
    Found find(TextAnalysis t, List<NewsRules.Name> names) {
        int n = t.tokenCount();
        NewsRules.Name[] nameAt = new NewsRules.Name[n];
        Set<String> personWords = new HashSet<>();
        String text = t.text();
        for (NewsRules.Name m : names) {
            for (int k = m.start(); k < m.end(); k++) nameAt[k] = m;
            // any word of a person's full name may be the one a compound uses ("Kim" of "Kim Jong Un", "Trump")
            if (NewsRules.PERSON.equals(m.type()) && m.end() - m.start() >= 2) {
                for (int k = m.start(); k < m.end(); k++) personWords.add(text.substring(t.start(k), t.end(k)));
            }
        }
        List<Part> out = new ArrayList<>();
        Set<NewsRules.Name> replaced = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (nameAt[i] != null || !t.is(i, TextAnalysis.HYPHEN) || !t.is(i, TextAnalysis.WORD)) continue;
            List<int[]> parts = split(text, t.start(i), t.end(i));
            if (parts.size() < 2 || parts.size() > MAX_PARTS) continue;
            boolean lowerPart = false, digitPart = false, inner = false, placeSuffix = false;
            for (int x = 0; x < parts.size(); x++) {
                int[] p = parts.get(x);
                if (Character.isDigit(text.charAt(p[0]))) digitPart = true;
                if (!Character.isLowerCase(text.charAt(p[0]))) continue;
                lowerPart = true;
                placeSuffix |= PLACE_SUFFIXES.contains(text.substring(p[0], p[1]));
                // a lower-case part between capitalised ones joins one name ("Stratford-on-Avon")
                if (x > 0 && x + 1 < parts.size() && Character.isUpperCase(text.charAt(parts.get(x + 1)[0]))
                        && !ARABIC_ARTICLES.contains(text.substring(p[0], p[1]))) inner = true;
            }
            // "Dnipro-1", "F-16": a name with a number is one name; "Berwick-upon-Tweed" is one place
            if (digitPart || inner) continue;
            // "the Trans-Pacific Partnership": a word of capitalised parts before another capitalised word
            // is part of a longer name, even one no list and no model reads
            if (!lowerPart && i + 1 < n && t.is(i + 1, TextAnalysis.CAPITALIZED) && t.is(i + 1, TextAnalysis.WORD)
                    && t.sentenceOf(i + 1) == t.sentenceOf(i)) continue;
            List<Part> mine = new ArrayList<>();
            int k = 0;
            while (k < parts.size()) {
                if (k > 0 && ARABIC_ARTICLES.contains(text.substring(parts.get(k - 1)[0], parts.get(k - 1)[1]))) {
                    k++;
                    continue;
                }
                // the longest run of parts from k that is a name, short of the whole word
                Part found = null;
                int last = k;
                for (int j = parts.size() - 1; j >= k && found == null; j--) {
                    if (k == 0 && j == parts.size() - 1) continue;
                    int ps = parts.get(k)[0], pe = parts.get(j)[1];
                    if (!hasUpper(text, ps, pe)) continue;
                    // the capitalised words before the hyphenated word may open the first part's name
                    if (k == 0) {
                        int first = t.sentenceStart(t.sentenceOf(i));
                        for (int b = Math.min(MAX_BEFORE, i - first); b >= 1 && found == null; b--) {
                            if (!before(t, nameAt, i - b, i)) continue;
                            found = known(text, t.start(i - b), pe, placeSuffix, null);
                            if (found != null) for (int x = i - b; x < i; x++) if (nameAt[x] != null) replaced.add(nameAt[x]);
                        }
                    }
                    // a lone part must be capitalised; a run may open with a lower-case one ("al-Qaeda")
                    if (found == null && (Character.isUpperCase(text.charAt(ps)) || j > k)) {
                        found = known(text, ps, pe, placeSuffix, lowerPart ? null : personWords);
                    }
                    if (found != null) last = j;
                }
                if (found != null) mine.add(found);
                k = last + 1;
            }
            // persons only where every capitalised part is one ("Trump-Kim", not "Faber-Castell")
            int capitalised = 0;
            for (int[] p : parts) if (Character.isUpperCase(text.charAt(p[0]))) capitalised++;
            if (mine.size() < capitalised) mine.removeIf(p -> p.type().equals(NewsRules.PERSON));
            out.addAll(mine);
        }
        return new Found(out, replaced);
    }

    /** Whether tokens {@code [s, e)} are capitalised and hold no name that goes on outside them. */
    private static boolean before(TextAnalysis t, NewsRules.Name[] nameAt, int s, int e) {
        for (int j = s; j < e; j++) {
            if (!t.is(j, TextAnalysis.CAPITALIZED)) return false;
            NewsRules.Name m = nameAt[j];
            if (m != null && (m.start() < s || m.end() > e)) return false;
        }
        return true;
    }

    private static boolean hasUpper(String text, int s, int e) {
        for (int k = s; k < e; k++) if (Character.isUpperCase(text.charAt(k))) return true;
        return false;
    }

    /** The parts of {@code text[s, e)} between hyphens, as char ranges (more than {@link #MAX_PARTS}: stops there). */
    private static List<int[]> split(String text, int s, int e) {
        List<int[]> out = new ArrayList<>();
        int from = s;
        for (int k = s; k <= e && out.size() <= MAX_PARTS; k++) {
            if (k == e || TextAnalyzer.isHyphen(text.charAt(k))) {
                if (k > from) out.add(new int[] {from, k});
                from = k + 1;
            }
        }
        return out;
    }

    /**
     * The name {@code text[s, e)} when the gazetteer knows it as a whole (a town only with
     * {@code placeSuffix}), or when it is one of {@code personWords} (null: none), else null.
     */
    private Part known(String text, int s, int e, boolean placeSuffix, Set<String> personWords) {
        String words = text.substring(s, e);
        TextAnalysis pt = analyzer.analyze(words);
        int m = pt.tokenCount();
        if (m == 0) return null;
        String type = null;
        int rank = Integer.MAX_VALUE;
        for (Gazetteer.Match g : gazetteer.all(pt, 0, m)) {
            if (g.start() != 0 || g.end() != m) continue;
            int r;
            String ty;
            switch (g.kind()) {
                case COUNTRY -> { r = 0; ty = NewsRules.COUNTRY; }
                case CAPITAL -> { r = 1; ty = NewsRules.LOC; }
                case PLACE -> { r = 2; ty = NewsRules.LOC; }
                case ORG -> { r = 3; ty = NewsRules.ORG; }
                case TOWN -> { r = placeSuffix ? 4 : Integer.MAX_VALUE; ty = NewsRules.LOC; }
                default -> { r = Integer.MAX_VALUE; ty = null; }
            }
            if (r < rank) {
                rank = r;
                type = ty;
            }
        }
        if (type == null && m == 1 && personWords != null && personWords.contains(words)) type = NewsRules.PERSON;
        // "Kremlin-linked", "White House-backed": a seat of government is the institution it houses, save where a
        // word of place follows ("Kremlin-based")
        if (NewsRules.LOC.equals(type) && !placeSuffix && NewsRules.SEATS_OF_GOVERNMENT.contains(words.toLowerCase(Locale.ROOT))) {
            type = NewsRules.ORG;
        }
        return type == null ? null : new Part(s, e, type);
    }
}
