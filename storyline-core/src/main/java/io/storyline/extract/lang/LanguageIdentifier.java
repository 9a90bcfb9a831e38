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
        List<String> langs = StopWords.LANGUAGES;
        int[] hits = new int[langs.size()];
        int[] bonus = new int[langs.size()];
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
                        int k = langs.indexOf(l);
                        if (bonus[k] < MAX_LETTER_BONUS) bonus[k]++;
                    }
                }
                i++;
            }
            if (i == start) break;
            List<String> byWord = StopWords.LANGUAGES_BY_WORD.get(lower.substring(start, i));
            if (byWord != null) for (String l : byWord) hits[langs.indexOf(l)]++;
        }
        int best = -1, bestScore = 0, second = 0, bestHits = 0;
        for (int k = 0; k < langs.size(); k++) {
            int score = hits[k] + bonus[k];
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = k;
                bestHits = hits[k];
            } else if (score > second) {
                second = score;
            }
        }
        if (best < 0 || bestHits < MIN_HITS || bestScore == second) return null;
        return langs.get(best);
    }
}
