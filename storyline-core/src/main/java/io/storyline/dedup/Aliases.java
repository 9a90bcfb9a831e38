package io.storyline.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name variants that must coincide when two texts are compared: country names and their official
 * forms, abbreviations and short forms. Each variant maps to one canonical token, so that
 * "the Democratic People's Republic of Korea", "DPRK", "N.Korea" and "North Korea" all count as
 * the same word; British spellings count as American ones. Variants that are also ordinary words
 * ("US", "UN") only match when printed in capitals, so that "us" stays a pronoun.
 *
 * <p>A small built-in table until the annotation stage provides corpus aliases; {@link #with}
 * adds more. Immutable and thread-safe.
 */
public final class Aliases {
    /** Canonical name, then its variants. Keep entries to names with one clear referent. */
    private static final String[][] BUILT_IN = {
        {"north korea", "north korea", "n korea", "n. korea", "dprk", "d.p.r.k.", "nk",
            "democratic people's republic of korea", "democratic peoples republic of korea"},
        {"south korea", "south korea", "s korea", "s. korea", "rok", "r.o.k.", "republic of korea"},
        {"united states", "united states", "united states of america", "us", "u.s.", "u.s.a.", "usa"},
        {"united kingdom", "united kingdom", "uk", "u.k.", "britain", "great britain"},
        {"china", "china", "people's republic of china", "peoples republic of china", "prc", "p.r.c.", "mainland china"},
        {"taiwan", "taiwan", "republic of china", "roc"},
        {"russia", "russia", "russian federation"},
        {"iran", "iran", "islamic republic of iran"},
        {"syria", "syria", "syrian arab republic"},
        {"vietnam", "vietnam", "viet nam"},
        {"myanmar", "myanmar", "burma"},
        {"czechia", "czechia", "czech republic"},
        {"netherlands", "netherlands", "holland"},
        {"united arab emirates", "united arab emirates", "uae", "u.a.e."},
        {"european union", "european union", "eu", "e.u."},
        {"united nations", "united nations", "un", "u.n."},
        {"un security council", "un security council", "u.n. security council", "united nations security council", "unsc"},
        {"ivory coast", "ivory coast", "cote d'ivoire", "côte d'ivoire"},
        {"democratic republic of the congo", "democratic republic of the congo", "drc", "dr congo", "d.r. congo"},
        {"laos", "laos", "lao pdr", "lao people's democratic republic"},
        {"germany", "germany", "federal republic of germany", "frg"},
        {"nato", "nato", "north atlantic treaty organization"},
    };

    /** Variants that are also ordinary words or too short to trust: they match only in capitals. */
    private static final Set<String> CAPITALS_ONLY = Set.of("us", "un", "roc", "nk", "frg", "eu");

    /** Exact word pairs spelled differently in British and American English (British first). */
    private static final String[][] SPELLINGS = {
        {"programme", "program"}, {"programmes", "programs"}, {"centre", "center"}, {"centres", "centers"},
        {"defence", "defense"}, {"offence", "offense"}, {"licence", "license"}, {"labour", "labor"},
        {"favour", "favor"}, {"honour", "honor"}, {"behaviour", "behavior"}, {"neighbour", "neighbor"},
        {"neighbours", "neighbors"}, {"colour", "color"}, {"rumour", "rumor"}, {"harbour", "harbor"},
        {"endeavour", "endeavor"}, {"travelled", "traveled"}, {"travelling", "traveling"},
        {"cancelled", "canceled"}, {"cancelling", "canceling"}, {"judgement", "judgment"},
        {"catalogue", "catalog"}, {"dialogue", "dialog"}, {"grey", "gray"}, {"cheque", "check"},
        {"tonnes", "tons"}, {"metres", "meters"}, {"kilometres", "kilometers"}, {"analyse", "analyze"},
        {"analysed", "analyzed"}, {"paralysed", "paralyzed"}, {"modelling", "modeling"},
    };

    /** Suffixes written -is- in British and -iz- in American English: (British, American). */
    private static final String[][] SUFFIXES = {
        {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"},
    };

    /** Function words left out of shingles (English, German, French, Spanish), so small edits break fewer of them. */
    private static final String[] FUNCTION_WORDS = {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were",
        "be", "been", "by", "with", "as", "that", "this", "it", "its", "from", "has", "have", "had",
        "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "ist", "zu", "im", "mit", "von",
        "le", "la", "les", "de", "du", "et", "un", "une", "en", "est", "el", "los", "las", "y", "que"};

    /** One variant as a sequence of token hashes. */
    record Entry(long[] tokens, boolean caseSensitive, long canonical) {
    }

    /**
     * Everything known of one token, found with one lookup: the variants that start with it, the
     * American spelling it stands for (0 when none), whether it is a function word.
     */
    record Rule(List<Entry> starts, long spelling, boolean function) {
    }

    private static final Aliases BUILT_IN_ALIASES = build(List.of(BUILT_IN));

    private final LongTable<Rule> rules;

    private Aliases(LongTable<Rule> rules) {
        this.rules = rules;
    }

    /** The built-in table. */
    public static Aliases builtIn() {
        return BUILT_IN_ALIASES;
    }

    /** The built-in table plus more groups, each {@code {canonical, variant, variant, …}}. */
    public Aliases with(List<String[]> groups) {
        List<String[]> all = new ArrayList<>(List.of(BUILT_IN));
        all.addAll(groups);
        return build(all);
    }

    private static Aliases build(List<String[]> groups) {
        Map<Long, List<Entry>> byFirst = new HashMap<>();
        for (String[] g : groups) {
            long canonical = Tokenizer.hash("⟨" + g[0] + "⟩");
            for (int i = 1; i < g.length; i++) {
                String v = g[i].toLowerCase(Locale.ROOT);
                long[] toks = Tokenizer.hashes(v);
                if (toks.length == 0) continue;
                byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>())
                        .add(new Entry(toks, CAPITALS_ONLY.contains(v), canonical));
            }
        }
        Map<Long, Long> spellings = new HashMap<>();
        for (String[] s : SPELLINGS) spellings.put(Tokenizer.hash(s[0]), Tokenizer.hash(s[1]));
        java.util.Set<Long> function = new java.util.HashSet<>();
        for (String w : FUNCTION_WORDS) function.add(Tokenizer.hash(w));
        function.add(Tokenizer.POSSESSIVE);
        java.util.Set<Long> tokens = new java.util.HashSet<>(byFirst.keySet());
        tokens.addAll(spellings.keySet());
        tokens.addAll(function);
        LongTable<Rule> table = new LongTable<>(tokens.size());
        for (long t : tokens) {
            List<Entry> l = new ArrayList<>(byFirst.getOrDefault(t, List.of()));
            l.sort(Comparator.comparingInt((Entry x) -> -x.tokens().length));
            table.put(t, new Rule(List.copyOf(l), spellings.getOrDefault(t, 0L), function.contains(t)));
        }
        return new Aliases(table);
    }

    /** What is known of a token, or null for an ordinary word. */
    Rule rule(long token) {
        return rules.get(token);
    }

    /** Whether a (normalised) token is a function word. */
    boolean isFunctionWord(long token) {
        Rule r = rules.get(token);
        return r != null && r.function();
    }

    /**
     * The hash of the American spelling of the word at {@code text[start, end)} with hash
     * {@code token} and rule {@code rule} (may be null), or {@code token} itself.
     */
    long spelling(long token, Rule rule, CharSequence text, int start, int end) {
        if (rule != null && rule.spelling() != 0) return rule.spelling();
        int n = end - start;
        if (n < 7) return token;
        for (String[] suf : SUFFIXES) {
            int k = suf[0].length();
            if (n > k + 2 && endsWith(text, end, suf[0])) {
                long h = Tokenizer.hash(text.subSequence(start, end - k).toString() + suf[1]);
                return h;
            }
        }
        return token;
    }

    private static boolean endsWith(CharSequence text, int end, String suffix) {
        int k = suffix.length();
        for (int i = 0; i < k; i++) {
            if (Character.toLowerCase(text.charAt(end - k + i)) != suffix.charAt(i)) return false;
        }
        return true;
    }
}
