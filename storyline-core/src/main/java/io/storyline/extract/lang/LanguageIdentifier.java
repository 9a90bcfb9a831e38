package io.storyline.extract.lang;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Identifies the language of a text. Stateless and thread-safe; no model is loaded.
 *
 * <p>First the writing system: a text mostly in Hangul is Korean, in Han with kana Japanese,
 * in Han alone Chinese; Arabic script is Arabic, Persian or Urdu by their own letters; Cyrillic
 * is Russian, Ukrainian, Bulgarian or Serbian likewise; Greek, Hebrew, Thai, Devanagari and
 * others name their language. Latin script is told apart by function words ({@link StopWords})
 * and letters only some languages use. Only the first {@value #SAMPLE_CHARS} chars are read.
 */
public final class LanguageIdentifier {
    /** Chars of the text looked at. */
    static final int SAMPLE_CHARS = 4000;
    /** Fewest letters for an answer. */
    private static final int MIN_LETTERS = 20;
    /** Fewest function-word hits for a Latin-script answer. */
    private static final int MIN_HITS = 3;
    /** Most bonus one distinctive letter may add. */
    private static final int MAX_LETTER_BONUS = 6;
    /** Share of kana among CJK letters above which a Han text is Japanese. */
    private static final double KANA_SHARE = 0.05;

    /** Scripts that name one language. */
    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGE = new EnumMap<>(Map.ofEntries(
            Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.DEVANAGARI, "hi"),
            Map.entry(UnicodeScript.BENGALI, "bn"),
            Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"),
            Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"),
            Map.entry(UnicodeScript.KANNADA, "kn"),
            Map.entry(UnicodeScript.MALAYALAM, "ml"),
            Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"),
            Map.entry(UnicodeScript.KHMER, "km"),
            Map.entry(UnicodeScript.LAO, "lo"),
            Map.entry(UnicodeScript.MYANMAR, "my"),
            Map.entry(UnicodeScript.SINHALA, "si"),
            Map.entry(UnicodeScript.ETHIOPIC, "am"),
            Map.entry(UnicodeScript.HANGUL, "ko")));

    private LanguageIdentifier() {
    }

    /** Fewest letters of a text for {@link #checked} to overrule a declared language. */
    static final int CHECK_MIN_LETTERS = 400;
    /** Fewest function-word hits, and the least lead over the given language (as a ratio), for the same. */
    static final int CHECK_MIN_HITS = 15;
    static final double CHECK_LEAD = 2.0;
    /** Most letters per function-word hit of the text's language for the same: prose has one every 10 to 30. */
    static final int CHECK_LETTERS_PER_HIT = 50;

    /**
     * The language a page gives (declared, or read from a sample of it), checked against its main
     * text: where the text is long and plainly in another language (a German blog whose template
     * says {@code lang="en-US"}), the text's language; else the given one (which may be null).
     */
    public static String checked(String declared, String text) {
        if (text == null) return declared;
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) if (Character.isLetter(sample.charAt(i))) letters++;
        if (letters < CHECK_MIN_LETTERS) return declared;
        String found = identify(sample);
        if (found == null || found.equals(declared)) return declared;
        if (!mostlyLatin(sample)) return found;
        return latinLead(sample, declared, letters) ? found : declared;
    }

    /** Whether Latin letters are at least half of the text's letters. */
    private static boolean mostlyLatin(String s) {
        int latin = 0, other = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            if (UnicodeScript.of(cp) == UnicodeScript.LATIN) latin++;
            else other++;
        }
        return latin >= other;
    }

    /**
     * Whether the best Latin-script language has many hits, dense among the text's letters, and leads
     * the given language clearly (or the runner-up, where the given language is none of {@link
     * StopWords#LANGUAGES}).
     */
    private static boolean latinLead(String s, String given, int letters) {
        int[] score = latinScores(s);
        Ranking r = rank(score);
        int n = StopWords.LANGUAGES.size();
        int g = given == null ? -1 : StopWords.LANGUAGES.indexOf(given);
        int rival = g >= 0 ? score[g] + score[n + g] : r.second();
        // prose, not a table of names and numbers: function words are dense in it
        return r.hits() >= CHECK_MIN_HITS && r.hits() * CHECK_LETTERS_PER_HIT >= letters && r.score() >= CHECK_LEAD * rival;
    }

    /**
     * The languages of {@link #latinScores} ranked: the best one's index (-1 when none scores), its
     * score (hits and letter bonus), its function-word hits, and the runner-up's score.
     */
    private record Ranking(int best, int score, int hits, int second) {
    }

    private static Ranking rank(int[] scores) {
        int n = StopWords.LANGUAGES.size();
        int best = -1, bestScore = 0, second = 0, bestHits = 0;
        for (int k = 0; k < n; k++) {
            int score = scores[k] + scores[n + k];
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = k;
                bestHits = scores[k];
            } else if (score > second) {
                second = score;
            }
        }
        return new Ranking(best, bestScore, bestHits, second);
    }

    /** The ISO 639-1 code of the text's language, or null when it cannot tell. */
    public static String identify(String text) {
        if (text == null || text.isEmpty()) return null;
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
        }
        if (letters < MIN_LETTERS) return null;
        int han = scripts.getOrDefault(UnicodeScript.HAN, 0);
        int kana = scripts.getOrDefault(UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(UnicodeScript.KATAKANA, 0);
        int hangul = scripts.getOrDefault(UnicodeScript.HANGUL, 0);
        UnicodeScript top = null;
        int topCount = 0;
        for (Map.Entry<UnicodeScript, Integer> e : scripts.entrySet()) {
            int c = e.getValue();
            // Han and kana count together: Japanese mixes them
            if (e.getKey() == UnicodeScript.HAN || e.getKey() == UnicodeScript.HIRAGANA || e.getKey() == UnicodeScript.KATAKANA) {
                c = han + kana;
            }
            if (c > topCount) {
                topCount = c;
                top = e.getKey();
            }
        }
        if (top == UnicodeScript.HIRAGANA || top == UnicodeScript.KATAKANA || top == UnicodeScript.HAN) {
            if (hangul > (han + kana) / 2) return "ko";
            return kana > KANA_SHARE * (han + kana) ? "ja" : "zh";
        }
        if (top == UnicodeScript.ARABIC) return arabic(sample);
        if (top == UnicodeScript.CYRILLIC) return cyrillic(sample);
        if (top == UnicodeScript.LATIN) return latin(sample);
        return SCRIPT_LANGUAGE.get(top);
    }

    /** Persian and Urdu use letters Arabic does not. */
    private static String arabic(String s) {
        int persian = 0, urdu = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی' -> persian++;
                case 'ے', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ھ' -> urdu++;
                default -> {
                }
            }
        }
        if (urdu >= 3 && urdu * 2 >= persian) return "ur";
        return persian >= 5 ? "fa" : "ar";
    }

    /** Ukrainian, Serbian and Bulgarian by their own letters, else Russian. */
    private static String cyrillic(String s) {
        int uk = 0, sr = 0, ru = 0, hardSign = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (Character.toLowerCase(s.charAt(i))) {
                case 'і', 'ї', 'є', 'ґ' -> uk++;
                case 'ђ', 'ћ', 'џ', 'љ', 'њ', 'ј' -> sr++;
                case 'ы', 'э', 'ё' -> ru++;
                case 'ъ' -> hardSign++;
                default -> {
                }
            }
        }
        if (uk >= 3 && uk > ru) return "uk";
        if (sr >= 3 && sr > ru) return "sr";
        if (ru == 0 && hardSign >= 3) return "bg";
        return "ru";
    }

    private static String latin(String s) {
        Ranking r = rank(latinScores(s));
        if (r.best() < 0 || r.hits() < MIN_HITS || r.score() == r.second()) return null;
        return StopWords.LANGUAGES.get(r.best());
    }

    /** Function-word hits per language of {@link StopWords#LANGUAGES}, then the letter bonus of each. */
    private static int[] latinScores(String s) {
        List<String> langs = StopWords.LANGUAGES;
        int bonus = langs.size(); // the letter bonus of language k is at bonus + k
        int[] scores = new int[2 * langs.size()];
        String lower = s.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                List<String> byLetter = StopWords.LANGUAGES_BY_LETTER.get(lower.charAt(i));
                if (byLetter != null) {
                    for (String l : byLetter) {
                        int k = bonus + langs.indexOf(l);
                        if (scores[k] < MAX_LETTER_BONUS) scores[k]++;
                    }
                }
                i++;
            }
            if (i == start) break;
            List<String> byWord = StopWords.LANGUAGES_BY_WORD.get(lower.substring(start, i));
            if (byWord != null) for (String l : byWord) scores[langs.indexOf(l)]++;
        }
        return scores;
    }
}
