package io.storyline.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Name variants that must coincide when two texts are compared: country names and their official
 * forms, abbreviations and short forms. Each variant maps to one canonical token, so that
 * "the Democratic People's Republic of Korea", "DPRK", "N.Korea" and "North Korea" all count as
 * the same word. All-capital variants (US, ROK) only match when printed in capitals, so that "us"
 * stays a pronoun.
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
        {"united states", "united states", "united states of america", "us", "u.s.", "u.s.a.", "usa", "u.s"},
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
        {"north atlantic treaty organization", "north atlantic treaty organization", "nato"},
        {"secretary of state", "secretary of state", "secretary-of-state"},
    };

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

    /** One variant as a token sequence. */
    record Entry(String[] tokens, boolean caseSensitive, String canonical) {
    }

    private final Map<String, List<Entry>> byFirst;
    private final Map<String, String> spellings;

    private Aliases(Map<String, List<Entry>> byFirst, Map<String, String> spellings) {
        this.byFirst = byFirst;
        this.spellings = spellings;
    }

    /** Variants that are also ordinary words or too short to trust: they match only in capitals. */
    private static final java.util.Set<String> CAPITALS_ONLY = java.util.Set.of("us", "un", "roc", "nk", "frg", "eu");

    private static final Aliases BUILT_IN_ALIASES = build(List.of(BUILT_IN));

    /** The built-in table. */
    public static Aliases builtIn() {
        return BUILT_IN_ALIASES;
    }

    /** This table plus more groups, each {@code {canonical, variant, variant, …}}. */
    public Aliases with(List<String[]> groups) {
        List<String[]> all = new ArrayList<>(List.of(BUILT_IN));
        all.addAll(groups);
        return build(all);
    }

    private static Aliases build(List<String[]> groups) {
        Map<String, List<Entry>> byFirst = new HashMap<>();
        for (String[] g : groups) {
            String canonical = "⟨" + g[0] + "⟩";
            for (int i = 1; i < g.length; i++) {
                String v = g[i].toLowerCase(Locale.ROOT);
                String[] toks = Tokenizer.words(v);
                if (toks.length == 0) continue;
                byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>())
                        .add(new Entry(toks, CAPITALS_ONLY.contains(v), canonical));
            }
        }
        for (List<Entry> l : byFirst.values()) l.sort(Comparator.comparingInt((Entry e) -> -e.tokens().length));
        Map<String, String> sp = new HashMap<>();
        for (String[] s : SPELLINGS) sp.put(s[0], s[1]);
        return new Aliases(byFirst, sp);
    }

    List<Entry> startingWith(String lowerToken) {
        return byFirst.getOrDefault(lowerToken, List.of());
    }

    /** The American spelling of a British word, a regularised -ise/-isation form, or the word itself. */
    String spelling(String lower) {
        String s = spellings.get(lower);
        if (s != null) return s;
        int n = lower.length();
        if (n > 7 && lower.endsWith("isation")) return lower.substring(0, n - 7) + "ization";
        if (n > 8 && lower.endsWith("isations")) return lower.substring(0, n - 8) + "izations";
        if (n > 6 && (lower.endsWith("ised") || lower.endsWith("ises"))) return lower.substring(0, n - 3) + "z" + lower.substring(n - 2);
        if (n > 7 && lower.endsWith("ising")) return lower.substring(0, n - 5) + "izing";
        return lower;
    }
}
