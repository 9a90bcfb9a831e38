package io.storyline.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A text prepared for comparison: word tokens in a normalised form (lower case, name variants
 * replaced by one canonical token, British spellings by American ones), each with the char
 * range it came from and its sentence. Immutable after construction.
 */
final class Normalized {
    /** Function words left out of shingles (English, German, French, Spanish), so small edits break fewer of them. */
    static final Set<String> STOP = Set.of(
            "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were",
            "be", "been", "by", "with", "as", "that", "this", "it", "its", "'s", "from", "has", "have", "had",
            "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "ist", "zu", "im", "mit", "von",
            "le", "la", "les", "de", "du", "et", "un", "une", "en", "est", "el", "los", "las", "y", "que");

    final String text;
    /** Normalised token forms. */
    final String[] norm;
    /** Whether each token is a function word. */
    final boolean[] stop;
    /** Char range of each token in {@link #text} (an alias spans its whole phrase). */
    final int[] start;
    final int[] end;
    /** Sentence index of each token. */
    final int[] sentence;
    /** Char ranges of the sentences. */
    final List<int[]> sentences;
    /** First token index of each sentence (size = sentences + 1). */
    final int[] sentenceFirstToken;

    private Normalized(String text, String[] norm, boolean[] stop, int[] start, int[] end, int[] sentence,
                       List<int[]> sentences, int[] firstToken) {
        this.text = text;
        this.norm = norm;
        this.stop = stop;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.sentences = sentences;
        this.sentenceFirstToken = firstToken;
    }

    int size() {
        return norm.length;
    }

    /** Distinct content words: how much a text says, repeats not counted. */
    int distinctContentWords() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < norm.length; i++) if (!stop[i]) seen.add(norm[i]);
        return seen.size();
    }

    /** Normalises at most {@code maxTokens} tokens and {@code maxSentences} sentences of the text. */
    static Normalized of(String text, Aliases aliases, int maxTokens, int maxSentences) {
        List<int[]> sents = Sentences.split(text, maxSentences);
        List<String> norm = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        List<Integer> sentOf = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        int used = 0;
        for (int si = 0; si < sents.size() && norm.size() < maxTokens; si++) {
            firsts.add(norm.size());
            used = si + 1;
            int[] s = sents.get(si);
            List<Tokenizer.Token> toks = Tokenizer.tokens(text, s[0], s[1], maxTokens - norm.size());
            for (int i = 0; i < toks.size(); ) {
                Tokenizer.Token t = toks.get(i);
                Aliases.Entry hit = null;
                for (Aliases.Entry e : aliases.startingWith(t.lower())) {
                    if (matches(toks, i, e)) {
                        hit = e;
                        break;
                    }
                }
                if (hit != null) {
                    norm.add(hit.canonical());
                    ranges.add(new int[] {t.start(), toks.get(i + hit.tokens().length - 1).end()});
                    i += hit.tokens().length;
                } else {
                    norm.add(aliases.spelling(t.lower()));
                    ranges.add(new int[] {t.start(), t.end()});
                    i++;
                }
                sentOf.add(si);
            }
        }
        firsts.add(norm.size());
        int[] first = firsts.stream().mapToInt(Integer::intValue).toArray();
        int n = norm.size();
        String[] nn = norm.toArray(String[]::new);
        boolean[] stop = new boolean[n];
        int[] st = new int[n], en = new int[n], so = new int[n];
        for (int i = 0; i < n; i++) {
            stop[i] = STOP.contains(nn[i]);
            st[i] = ranges.get(i)[0];
            en[i] = ranges.get(i)[1];
            so[i] = sentOf.get(i);
        }
        return new Normalized(text, nn, stop, st, en, so, List.copyOf(sents.subList(0, used)), first);
    }

    private static boolean matches(List<Tokenizer.Token> toks, int i, Aliases.Entry e) {
        String[] want = e.tokens();
        if (i + want.length > toks.size()) return false;
        for (int k = 0; k < want.length; k++) {
            Tokenizer.Token t = toks.get(i + k);
            if (!t.lower().equals(want[k])) return false;
            if (e.caseSensitive() && !t.capitals()) return false;
        }
        return true;
    }
}
