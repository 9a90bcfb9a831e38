package io.storyline.annotate.text;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Splits a text into tokens and sentences in one pass over its chars, by rule (no model): fast
 * (tens of millions of chars per second) and predictable.
 *
 * <p>Tokens follow news-text conventions close to the Penn Treebank's: punctuation stands alone;
 * hyphenated words ("In-young", "inter-Korean"), numbers ("2,000", "3.5", "15:35", "03-02-2021"),
 * acronyms with dots ("U.S.", "a.m."), initials ("J.", the "N." of "N.Korea") and known
 * abbreviations ("Mr.", "Feb.", "Inc.") stay whole; clitics are split off ("Seoul" + "'s",
 * "do" + "n't"); web and e-mail addresses are one token.
 *
 * <p>Sentences end after {@code . ! ? …} (and any closing quotes or brackets) when the next token
 * does not start in lower case, at line breaks unless the next line starts in lower case, at blank
 * lines (which also start a paragraph), and after {@link TextOptions#maxSentenceTokens()} tokens.
 *
 * <p>Final and thread-safe; never throws on any text.
 */
public final class TextAnalyzer {
    /**
     * Abbreviations that keep their period (lower case, without it): titles, months, company
     * forms, and a few common ones. "No." only before a number.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            // titles and ranks
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
            "adm", "cmdr", "rev", "hon", "pres", "amb", "supt", "insp", "cpl", "pvt", "messrs", "mme", "mlle",
            "const", "cst", "det", "ofc",
            "jr", "sr", "st", "mt", "ft",
            // months
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // companies and the like
            "inc", "corp", "ltd", "co", "bros", "plc", "dept", "univ", "assn", "intl",
            // common
            "vs", "etc", "approx", "est", "vol", "fig", "al", "nos", "ave", "blvd", "rd");

    /** Abbreviations after which a sentence may still end (when the next token is capitalised). */
    private static final Set<String> MAY_END_SENTENCE = Set.of("etc", "inc", "corp", "ltd", "co", "plc", "jr", "sr");

    private final TextOptions options;

    public TextAnalyzer(TextOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The analyzer with {@link TextOptions#DEFAULTS}. */
    public static TextAnalyzer standard() {
        return new TextAnalyzer(TextOptions.DEFAULTS);
    }

    public TextOptions options() {
        return options;
    }

    /** Tokens and sentences of {@code text}. */
    public TextAnalysis analyze(String text) {
        Objects.requireNonNull(text, "text");
        return new Scan(text, options).run();
    }

    /** The state of one pass. */
    private static final class Scan {
        final String text;
        final int n;
        final TextOptions options;
        int[] starts, ends, flags;
        long[] hashes;
        int count;
        int[] sentenceStarts = new int[64];
        int[] paragraphs = new int[64];
        int sentences;
        int paragraph;
        /** The sentence so far ended with terminal punctuation (closers may still follow). */
        boolean pendingEnd;
        /** The last token is an abbreviation after which a sentence may end. */
        boolean pendingAbbrev;

        Scan(String text, TextOptions options) {
            this.text = text;
            this.n = text.length();
            this.options = options;
            int guess = Math.min(options.maxTokens(), Math.max(16, n / 5 + 16));
            starts = new int[guess];
            ends = new int[guess];
            flags = new int[guess];
            hashes = new long[guess];
        }

        TextAnalysis run() {
            int i = 0;
            int newlines = 0;
            boolean space = true;
            while (i < n && count < options.maxTokens()) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    if (c == '\n') newlines++;
                    else if (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) newlines++;
                    else if (c == '\u2028' || c == '\u2029') newlines += 2;
                    space = true;
                    i++;
                    continue;
                }
                int end;
                int extra = 0;
                if (isWordChar(c)) {
                    if ((c == 'n' || c == 'N') && !space && i > 0 && Character.isLetter(text.charAt(i - 1))
                            && negativeClitic(i)) {
                        end = i + 3;
                        extra = TextAnalysis.CLITIC;
                    } else {
                        end = scanWord(i);
                    }
                } else {
                    end = scanPunct(i, space);
                    if (isApostrophe(c) && !space && end > i + 1) extra = TextAnalysis.CLITIC;
                }
                if (end <= i) end = i + 1;
                if (Character.isHighSurrogate(text.charAt(end - 1)) && end < n && Character.isLowSurrogate(text.charAt(end))) end++;
                add(i, end, extra, space, newlines);
                i = end;
                newlines = 0;
                space = false;
            }
            if (sentences == 0 || sentenceStarts[sentences - 1] == count) {
                // no tokens at all, or an empty trailing sentence: drop it
                if (sentences > 0 && sentenceStarts[sentences - 1] == count) sentences--;
            }
            return new TextAnalysis(text, starts, ends, flags, hashes, count, sentenceStarts, paragraphs, sentences);
        }

        private void add(int start, int end, int extra, boolean space, int newlines) {
            if (count == starts.length) {
                int cap = (int) Math.min((long) options.maxTokens(), Math.max(16L, count * 2L));
                starts = Arrays.copyOf(starts, cap);
                ends = Arrays.copyOf(ends, cap);
                flags = Arrays.copyOf(flags, cap);
                hashes = Arrays.copyOf(hashes, cap);
            }
            int f = shape(start, end) | extra;
            if (space) f |= TextAnalysis.SPACE_BEFORE;
            if (newlines > 0) f |= TextAnalysis.NEWLINE_BEFORE;
            boolean closer = !space && newlines == 0 && isCloser(start, end, f);
            boolean lowerStart = (f & TextAnalysis.WORD) != 0 && Character.isLowerCase(text.charAt(start));
            boolean newSentence;
            boolean newParagraph = false;
            if (sentences == 0) {
                newSentence = true;
            } else if (newlines >= 2) {
                newSentence = true;
                newParagraph = true;
            } else if (newlines == 1) {
                newSentence = !lowerStart || pendingEnd;
            } else if (pendingEnd) {
                newSentence = !closer && !lowerStart && (f & TextAnalysis.CLITIC) == 0;
            } else if (pendingAbbrev) {
                newSentence = (f & TextAnalysis.CAPITALIZED) != 0 && (f & TextAnalysis.SPACE_BEFORE) != 0;
            } else {
                newSentence = false;
            }
            if (!newSentence && count - sentenceStarts[sentences - 1] >= options.maxSentenceTokens()) newSentence = true;
            if (newSentence) {
                if (newParagraph) paragraph++;
                if (sentences == sentenceStarts.length) {
                    sentenceStarts = Arrays.copyOf(sentenceStarts, sentences * 2);
                    paragraphs = Arrays.copyOf(paragraphs, sentences * 2);
                }
                sentenceStarts[sentences] = count;
                paragraphs[sentences] = paragraph;
                sentences++;
                pendingEnd = false;
            }
            if ((f & TextAnalysis.TERMINAL) != 0) pendingEnd = true;
            else if (!(pendingEnd && closer)) pendingEnd = false;
            pendingAbbrev = (f & TextAnalysis.PERIOD) != 0 && (f & TextAnalysis.WORD) != 0 && mayEndSentence(start, end);
            starts[count] = start;
            ends[count] = end;
            flags[count] = f;
            hashes[count] = TextAnalysis.hash(text, start, end);
            count++;
        }

        private boolean mayEndSentence(int start, int end) {
            int len = end - start - 1;
            if (len < 2 || len > 4) return false;
            String w = text.substring(start, end - 1).toLowerCase(java.util.Locale.ROOT);
            return MAY_END_SENTENCE.contains(w);
        }

        private boolean isCloser(int start, int end, int f) {
            if (end - start != 1) return (f & TextAnalysis.QUOTE) != 0;
            char c = text.charAt(start);
            return c == ')' || c == ']' || c == '}' || (f & TextAnalysis.QUOTE) != 0;
        }

        /** Flags from the chars of {@code text[start, end)}. */
        private int shape(int start, int end) {
            int letters = 0, upper = 0, lower = 0, digits = 0, upperAfterFirst = 0;
            boolean hyphen = false, period = false;
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                        if (letters > 1) upperAfterFirst++;
                    } else if (Character.isLowerCase(c)) {
                        lower++;
                    }
                } else if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                    digits++;
                } else if (isHyphen(c)) {
                    if (k > start && k + 1 < end) hyphen = true;
                } else if (c == '.') {
                    period = true;
                } else if (Character.isHighSurrogate(c) && k + 1 < end && Character.isLetter(text.codePointAt(k))) {
                    letters++;
                    k++;
                }
            }
            int f = 0;
            char first = text.charAt(start);
            if (letters > 0) {
                f |= TextAnalysis.WORD;
                if (Character.isUpperCase(first)) f |= TextAnalysis.CAPITALIZED;
                if (letters >= 2 && lower == 0 && upper == letters) f |= TextAnalysis.ALL_CAPS;
                if (lower > 0 && upperAfterFirst > 0) f |= TextAnalysis.MIXED_CASE;
            }
            if (digits > 0) {
                f |= TextAnalysis.DIGIT;
                if (letters == 0 && Character.isDigit(first)) f |= TextAnalysis.NUMBER;
            }
            if (letters == 0 && digits == 0) {
                f |= TextAnalysis.PUNCT;
                if (isQuoteToken(start, end)) f |= TextAnalysis.QUOTE;
                if (isTerminal(start, end)) f |= TextAnalysis.TERMINAL;
            }
            if (hyphen) f |= TextAnalysis.HYPHEN;
            if (period) f |= TextAnalysis.PERIOD;
            if (letters > 0 && end - start > 4 && looksLikeUrl(start, end)) f |= TextAnalysis.URL;
            return f;
        }

        private boolean looksLikeUrl(int start, int end) {
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                if (c == '@' || c == '/' && k + 1 < end && text.charAt(k + 1) == '/') return true;
            }
            return text.startsWith("www.", start);
        }

        private boolean isQuoteToken(int start, int end) {
            char c = text.charAt(start);
            if (end - start == 2) return (c == '`' || c == '\'') && text.charAt(start + 1) == c;
            return end - start == 1 && isQuoteChar(c);
        }

        private boolean isTerminal(int start, int end) {
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                if (c != '.' && c != '!' && c != '?' && c != '…' && c != '。' && c != '！' && c != '？') return false;
            }
            return true;
        }

        /** {@code n't} at {@code i}, followed by a non-letter. */
        private boolean negativeClitic(int i) {
            return i + 2 < n && isApostrophe(text.charAt(i + 1)) && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T')
                    && (i + 3 >= n || !Character.isLetter(text.charAt(i + 3)));
        }

        /** The length of a clitic's letters after an apostrophe at {@code j} ('s 're 've 'll 'd 'm), or 0. */
        private int cliticAfter(int j) {
            int k = j + 1;
            while (k < n && k - j <= 3 && Character.isLetter(text.charAt(k))) k++;
            if (k < n && Character.isLetter(text.charAt(k))) return 0;
            int len = k - j - 1;
            if (len == 1) {
                char a = Character.toLowerCase(text.charAt(j + 1));
                return a == 's' || a == 'd' || a == 'm' ? 1 : 0;
            }
            if (len == 2) {
                String s = text.substring(j + 1, k).toLowerCase(java.util.Locale.ROOT);
                return s.equals("re") || s.equals("ve") || s.equals("ll") ? 2 : 0;
            }
            return 0;
        }

        private int scanWord(int i) {
            if (text.regionMatches(true, i, "www.", 0, 4) && i + 4 < n && isWordChar(text.charAt(i + 4))) return scanAddress(i);
            int j = i;
            int segStart = i;
            while (j < n) {
                char c = text.charAt(j);
                if (isWordChar(c)) {
                    j++;
                    continue;
                }
                if (isHyphen(c) && j > i && j + 1 < n && isWordChar(text.charAt(j + 1))) {
                    j++;
                    segStart = j;
                    continue;
                }
                if (c == '.') {
                    if (j > i && isDigitChar(text.charAt(j - 1)) && j + 1 < n && isDigitChar(text.charAt(j + 1))) {
                        j++;
                        continue;
                    }
                    boolean oneLetter = j - segStart == 1 && Character.isLetter(text.charAt(j - 1));
                    if (oneLetter && j + 2 < n && Character.isLetter(text.charAt(j + 1)) && text.charAt(j + 2) == '.') {
                        j++; // U.S., e.g., a.m.: continue into the next letter
                        segStart = j;
                        continue;
                    }
                    if (oneLetter && segStart > i && text.charAt(segStart - 1) == '.') return j + 1; // the last dot of U.S.
                    if (j - i == 1 && Character.isUpperCase(text.charAt(i))) return j + 1; // an initial
                    if (abbreviation(i, j)) return j + 1;
                    return j;
                }
                if (c == ',' && j > i && isDigitChar(text.charAt(j - 1)) && threeDigits(j + 1)) {
                    j++;
                    continue;
                }
                if ((c == ':' || c == '/') && j > i && isDigitChar(text.charAt(j - 1)) && j + 1 < n
                        && isDigitChar(text.charAt(j + 1))) {
                    j++;
                    continue;
                }
                if (isApostrophe(c) && j > i && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                    if (j - i == 1 && Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(j + 1))) {
                        j++; // O'Brien, D'Souza
                        continue;
                    }
                    if (text.charAt(j - 1) == 'n' || text.charAt(j - 1) == 'N') {
                        if (j - 1 > i && negativeClitic(j - 1)) return j - 1;
                    }
                    if (cliticAfter(j) > 0) return j;
                    j++; // d'Ivoire, rock'n'roll
                    continue;
                }
                if (c == '&' && j > i && Character.isUpperCase(text.charAt(j - 1)) && j + 1 < n
                        && Character.isUpperCase(text.charAt(j + 1))) {
                    j++;
                    continue;
                }
                if (c == '@' && j > i && j + 1 < n && isWordChar(text.charAt(j + 1))) return scanAddress(j);
                if (c == ':' && text.startsWith("//", j + 1) && j - i <= 5) return scanAddress(j);
                break;
            }
            return j;
        }

        /** An address runs to the next space; trailing punctuation is left out. */
        private int scanAddress(int j) {
            while (j < n && !isSpace(text.charAt(j)) && !isQuoteChar(text.charAt(j)) && text.charAt(j) != '<'
                    && text.charAt(j) != '>') j++;
            while (j > 0) {
                char c = text.charAt(j - 1);
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == ']') j--;
                else break;
            }
            return j;
        }

        private boolean threeDigits(int k) {
            return k + 2 < n && isDigitChar(text.charAt(k)) && isDigitChar(text.charAt(k + 1))
                    && isDigitChar(text.charAt(k + 2)) && (k + 3 >= n || !isDigitChar(text.charAt(k + 3)));
        }

        private boolean abbreviation(int i, int j) {
            int len = j - i;
            if (len < 2 || len > 6) return false;
            String w = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("no")) {
                int k = j + 1;
                while (k < n && text.charAt(k) == ' ') k++;
                return k < n && isDigitChar(text.charAt(k));
            }
            return ABBREVIATIONS.contains(w);
        }

        private int scanPunct(int i, boolean space) {
            char c = text.charAt(i);
            if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                int j = i + 3;
                while (j < n && text.charAt(j) == '.') j++;
                return j;
            }
            if ((c == '!' || c == '?')) {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '!' || text.charAt(j) == '?')) j++;
                return j;
            }
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int j = i + 2;
                while (j < n && text.charAt(j) == '-') j++;
                return j;
            }
            if ((c == '`' || c == '\'') && i + 1 < n && text.charAt(i + 1) == c) return i + 2;
            if (isApostrophe(c) && !space && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                int len = cliticAfter(i);
                if (len > 0) return i + 1 + len;
            }
            return i + 1;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2028' || c == '\u2029'
                || c == '\u200B' || c == '\uFEFF' || (c > 0x7F && Character.isWhitespace(c)) || c == '\f' || c == '\u000B'
                || c == '\u3000' || c == '\u202F' || c == '\u2009' || c == '\u200A' || c == '\u2007';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    static boolean isDigitChar(char c) {
        return c >= '0' && c <= '9' || c > 0x7F && Character.isDigit(c);
    }

    /** Whether {@code c} joins the parts of a hyphenated word: hyphen-minus, hyphen or non-breaking hyphen. */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '„' || c == '‟'
                || c == '«' || c == '»' || c == '‹' || c == '›' || c == '「' || c == '」' || c == '『' || c == '』';
    }
}
