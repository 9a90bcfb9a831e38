package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import java.util.HashMap;
import java.util.Map;

/**
 * Sentence case for the headline in title case that opens a text ("Lindsay Lohan Checks Into
 * Betty Ford After Fleeing Other Rehab Facility" read as "Lindsay Lohan checks into Betty Ford
 * after fleeing other rehab facility"). In title case every word is capitalised, so capitals no
 * longer tell names from verbs and nouns, and a tagger trained on sentences runs names on into the
 * words around them ("Lindsay Lohan Checks", "Hansbrough Sets Scoring Record"). The text is
 * truecased word by word and the headline tagged again in that form.
 *
 * <p>Each capitalised word of a headline after its first is decided by the first of these that
 * applies:
 * <ol>
 *   <li>the rest of the article prints it capitalised in mid-sentence and never in lower case: it
 *       stays; in lower case more often than capitalised: it is lowered;</li>
 *   <li>a function word is lowered, unless a listed name opens with it ("New York");</li>
 *   <li>a head of organisations or facilities ("Center", "Club") is lowered only where the word
 *       before it was and it is a common word (one the tagger's training data prints in lower
 *       case) no list knows;</li>
 *   <li>after a known given name (and its initials), a known family name or a word that is no
 *       common word stays ("Julie Mollins", "Karin J. Schmitz");</li>
 *   <li>a word that is no common word and that a list knows as a country, place or organisation
 *       stays ("Best in Memphis");</li>
 *   <li>where the rest of the text runs to 40 words or more, the word is lowered: a name in a
 *       headline is named again in its article;</li>
 *   <li>in a shorter text, a word is lowered where no list knows it and it is common, a function
 *       word, or inflected as verbs and plurals are ({@link NewsRules#headlineWord}: "Checks",
 *       "Charged").</li>
 * </ol>
 * A known given name before a family name always stays (the article may name "Maurice Cheeks" as
 * "Cheeks" alone). Words in capitals ("DUI", "NFL"), initials and the headline's first word, which
 * a sentence capitalises too, stay as printed. Lowering never changes a text's length or its
 * tokens' bounds. {@link EntityRecognizer} reads English text so, not German, which capitalises
 * its nouns.
 *
 * <p>Stateless; thread-safe.
 */
final class HeadlineCase {
    /** Most sentences a headline and its subheads at the top of a text may hold. */
    private static final int MAX_HEADLINE_SENTENCES = 3;
    /** Fewest words of the text after its headline for a headline word it never prints capitalised to be lowered. */
    private static final int LONG_BODY_WORDS = 40;
    /** Gazetteer kinds of names a headline may hold that its article need not repeat. */
    private static final int LISTED = Gazetteer.Kind.COUNTRY.bit() | Gazetteer.Kind.CAPITAL.bit() | Gazetteer.Kind.PLACE.bit()
            | Gazetteer.Kind.ORG.bit() | Gazetteer.Kind.TOWN.bit();

    private HeadlineCase() {
    }

    /**
     * The text with the title-case headlines of {@code t} in sentence case, or null when it has no
     * such headline or lowering would change no word. {@code headline[s]} is set for each sentence
     * {@code s} read as a headline.
     */
    static String truecase(TextAnalysis t, NerFeatures.Doc d, boolean[] headline) {
        int sentences = t.sentenceCount();
        boolean any = false;
        // the headline opens the text: its leading lines in title case (elsewhere such lines are as
        // often records, signatures and lists: "Torrejon Air Base, Spain, 1 October 1957")
        for (int s = 0; s < Math.min(sentences, MAX_HEADLINE_SENTENCES) && NewsRules.headline(t, d, s); s++) {
            headline[s] = true;
            any = true;
        }
        if (!any) return null;
        // how the rest of the article prints each word: [lower case, capitalised in mid-sentence]
        Map<Long, int[]> body = new HashMap<>();
        int bodyWords = 0;
        for (int s = 0; s < sentences; s++) {
            if (headline[s]) continue;
            for (int k = t.sentenceStart(s); k < t.sentenceEnd(s); k++) {
                if (!t.is(k, TextAnalysis.WORD) || t.is(k, TextAnalysis.ALL_CAPS)) continue;
                bodyWords++;
                boolean capital = t.is(k, TextAnalysis.CAPITALIZED);
                if (capital && NerFeatures.sentenceInitial(t, k)) continue;
                body.computeIfAbsent(t.hash(k), h -> new int[2])[capital ? 1 : 0]++;
            }
        }
        boolean longBody = bodyWords >= LONG_BODY_WORDS;
        char[] out = null;
        String text = t.text();
        for (int s = 0; s < sentences; s++) {
            if (!headline[s]) continue;
            boolean keptBefore = true, givenBefore = false;
            for (int k = t.sentenceStart(s); k < t.sentenceEnd(s); k++) {
                // words in capitals, numbers, initials and the headline's first word stay as printed
                boolean asPrinted = !t.is(k, TextAnalysis.WORD) || !t.is(k, TextAnalysis.CAPITALIZED) || t.is(k, TextAnalysis.ALL_CAPS)
                        || t.is(k, TextAnalysis.DIGIT) || NerFeatures.sentenceInitial(t, k) || NewsRules.initial(t, k);
                boolean lower = !asPrinted && lower(t, d, k, body.get(t.hash(k)), keptBefore, givenBefore, longBody)
                        && !givenBeforeName(t, d, k, body);
                if (lower) {
                    if (out == null) out = text.toCharArray();
                    for (int c = t.start(k); c < t.end(k); c++) out[c] = Character.toLowerCase(out[c]);
                }
                keptBefore = asPrinted ? t.is(k, TextAnalysis.WORD) && t.is(k, TextAnalysis.CAPITALIZED) : !lower;
                // a middle initial carries the given name on ("Karin J. Schmitz")
                givenBefore = keptBefore && ((d.gaz[k] & Gazetteer.Kind.GIVEN.bit()) != 0 || givenBefore && NewsRules.initial(t, k));
            }
        }
        return out == null ? null : new String(out);
    }

    /**
     * Whether {@code k} is a known given name before a family name: a capitalised word the article
     * prints capitalised, or a word that is no common word and either a known family name or after a
     * given name that is no common word either ("Sixers Hire Maurice Cheeks": the article may name him
     * "Cheeks" alone; "Written by: Julie Mollins", but not "Sox Will Nab Teixeira").
     */
    private static boolean givenBeforeName(TextAnalysis t, NerFeatures.Doc d, int k, Map<Long, int[]> body) {
        if ((d.gaz[k] & Gazetteer.Kind.GIVEN.bit()) == 0 || k + 1 >= t.tokenCount() || t.sentenceOf(k + 1) != t.sentenceOf(k)) return false;
        int n = k + 1;
        while (n + 1 < t.sentenceEnd(t.sentenceOf(k)) && NewsRules.initial(t, n)) n++; // "Karin J. Schmitz"
        if (!t.is(n, TextAnalysis.WORD) || !t.is(n, TextAnalysis.CAPITALIZED)) return false;
        int[] seen = body.get(t.hash(n));
        if (seen != null && seen[1] > seen[0]) return true;
        // a known family name, or, after a given name that is no common word ("Will"), any word that is none
        return !d.common.contains(t.hash(n)) && ((d.gaz[n] & Gazetteer.Kind.SURNAME.bit()) != 0 || !d.common.contains(t.hash(k)));
    }

    private static boolean lower(TextAnalysis t, NerFeatures.Doc d, int k, int[] seen, boolean keptBefore, boolean givenBefore,
            boolean longBody) {
        if (seen != null) {
            if (seen[1] > 0 && seen[0] == 0) return false;
            if (seen[0] > seen[1]) return true;
            if (seen[1] > 0) return false;
        }
        // a function word, unless a listed name opens with it ("New York")
        if ((d.cue[k] & NerFeatures.C_FUNCTION) != 0) return (d.gaz[k] & 0xFF) == 0;
        if ((d.cue[k] & (NerFeatures.C_ORG_STRONG | NerFeatures.C_ORG_WEAK)) != 0 || NewsCues.FACILITY_H.contains(t.hash(k))) {
            return !keptBefore && d.common.contains(t.hash(k)) && d.gaz[k] == 0;
        }
        // after a known given name a family name may look inflected ("Julie Mollins", "Maurice Cheeks")
        if (givenBefore && (!d.common.contains(t.hash(k)) || (d.gaz[k] & Gazetteer.Kind.SURNAME.bit()) != 0)) return false;
        // a listed country, place or organisation that is no common word ("Best in Memphis")
        int kinds = d.gaz[k] | d.gaz[k] >>> 8;
        if ((kinds & LISTED) != 0 && !d.common.contains(t.hash(k))) return false;
        // a name in the headline is named again in an article's text
        if (longBody) return true;
        return d.gaz[k] == 0 && NewsRules.headlineWord(t, d, k);
    }
}
