package io.storyline.annotate.entity;

import io.storyline.annotate.text.TextAnalysis;
import io.storyline.annotate.text.TextAnalyzer;
import io.storyline.model.Entity;
import io.storyline.model.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the mentions of one article to entities, within the article and against the corpus
 * held by an {@link EntityIndex}, which it extends.
 *
 * <p>Within an article: full names group by their key (case, accents, hyphens and middle initials
 * aside: "Kim Jong Un" = "Kim Jong-un"); a name standing alone ("Lee", "Kim", "Biden") goes to the
 * person of that family name named in full most recently before it (or, with none before, next
 * after it); when several fit, a person named beside the same others in earlier sentences wins
 * ("Trump and Kim" is the Kim named with Trump, not the expert quoted last); a short form close in
 * spelling to exactly one family name of the article goes to it ("Beigun" for "Biegun"); a known
 * given name standing alone goes to the one person of the article named in full with it ("Kimani" for
 * Kimani Gray; not where two share it, nor after a royal's style: "Prince Charles").
 * Countries resolve through the gazetteer to one entity whatever they are called (North Korea,
 * N.Korea, DPRK, NK, "the North", Pyongyang as its government). Organisations group by their
 * content words (Unification Ministry = Ministry of Unification) and by acronym (KINU).
 *
 * <p>Across articles: the same key is the same entity. A person's full name spelled within one
 * or two letters of a known person's (by family name) is that person only when the contexts agree
 * (shared role words or shared companions). A name standing alone with no full name in its article
 * goes to a known person of that family name only when exactly one of them shares companions with
 * the article; otherwise it stays an entity of its own.
 *
 * <p>Roles: a TITLE mention right before a person ("North Korean leader Kim Jong Un") or in
 * apposition after it ("Lee In-young, South Korea's unification minister, said") becomes a role of
 * that person, dated with the article's publication day.
 *
 * <p>Final and thread-safe (the index is not: one writer at a time).
 */
public final class EntityResolver {
    /**
     * Thresholds.
     *
     * @param maxEdits     most letter edits between a misspelt name and its entity (1 or 2)
     * @param longName     keys at least this long may differ by {@code maxEdits}; shorter ones by 1
     */
    public record Options(int maxEdits, int longName) {
        public static final Options DEFAULTS = new Options(2, 12);

        public Options {
            if (maxEdits < 0 || maxEdits > 3) throw new IllegalArgumentException("maxEdits must be 0..3");
            if (longName < 1) throw new IllegalArgumentException("longName must be positive");
        }
    }

    /** The entity of each mention of one article (TITLE mentions are roles, not entities, and are left out). */
    public record Resolution(String article, List<Mention> mentions, List<String> entities) {
        public Resolution {
            mentions = List.copyOf(mentions);
            entities = List.copyOf(entities);
            if (mentions.size() != entities.size()) throw new IllegalArgumentException("one entity per mention");
        }
    }

    private final Gazetteer gazetteer;
    private final TextAnalyzer analyzer;
    private final Options options;

    public EntityResolver(Gazetteer gazetteer, TextAnalyzer analyzer, Options options) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The resolver with the bundled gazetteer and default options. */
    public static EntityResolver standard() {
        return new EntityResolver(Gazetteer.bundled(), TextAnalyzer.standard(), Options.DEFAULTS);
    }

    /** An index rebuilt from persisted entities (see {@link EntityIndex#restore}). */
    public EntityIndex restore(List<Entity> entities) {
        return EntityIndex.restore(entities);
    }

    /** A group of mentions of one article that name one entity. */
    /** Styles before a given name that names a royal, a pope, a saint or a storm by it alone. */
    private static final Set<Long> ROYAL_STYLES = NewsCues.hashes(Set.of("prince", "princess", "king", "queen", "pope",
            "emperor", "empress", "duke", "duchess", "saint", "st", "st.", "tsar", "czar", "sultan", "storm", "hurricane",
            "typhoon", "cyclone"));

    private static final class Local {
        final String type;
        String key;
        final List<Integer> mentions = new ArrayList<>();
        final Set<String> keys = new java.util.LinkedHashSet<>();
        final Set<String> families = new java.util.LinkedHashSet<>();
        /** Given names a full name opens with (not where the family name comes first). */
        final Set<String> givens = new java.util.LinkedHashSet<>();
        final Set<Integer> sentences = new HashSet<>();
        final List<String> roles = new ArrayList<>();
        String fixedName;
        boolean full;
        int node = -1;

        Local(String type) {
            this.type = type;
        }
    }

    /**
     * Resolves the mentions of article {@code articleId} (as {@link EntityRecognizer} gave them
     * over {@code t}) and adds them to {@code index}.
     *
     * @param published the article's publication date (ISO; its day dates the roles), or null
     */
    public Resolution add(EntityIndex index, String articleId, String published, TextAnalysis t, List<Mention> mentions) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(t, "t");
        List<Mention> names = new ArrayList<>();
        List<Mention> titles = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.end() > t.text().length()) continue;
            if ("TITLE".equals(m.type())) titles.add(m);
            else names.add(m);
        }
        names.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int n = names.size();
        int[] sentence = new int[n];
        for (int i = 0; i < n; i++) {
            int tok = Math.min(t.tokenAt(names.get(i).start()), Math.max(0, t.tokenCount() - 1));
            sentence[i] = t.tokenCount() == 0 ? 0 : t.sentenceOf(tok);
        }
        List<Local> locals = new ArrayList<>();
        Map<String, Local> byKey = new LinkedHashMap<>();
        Local[] of = new Local[n];

        // countries first, so that "the North" finds its country
        for (int i = 0; i < n; i++) {
            Mention m = names.get(i);
            if (!m.type().equals("COUNTRY")) continue;
            String[] canon = countryOf(m.text());
            if (canon == null) continue;
            of[i] = local(locals, byKey, "COUNTRY", "COUNTRY:" + Names.placeKey(canon[0]), canon[0]);
        }
        for (int i = 0; i < n; i++) {
            Mention m = names.get(i);
            if (of[i] != null || !m.type().equals("COUNTRY")) continue;
            String w = Names.fold(m.text()).trim();
            if (w.equals("north") || w.equals("south")) {
                for (Local l : locals) {
                    if (l.type.equals("COUNTRY") && l.fixedName != null && Names.fold(l.fixedName).startsWith(w + " ")) {
                        of[i] = l;
                        break;
                    }
                }
            }
            if (of[i] == null) of[i] = local(locals, byKey, "COUNTRY", "COUNTRY:" + Names.placeKey(m.text()), null);
        }
        // full names, places and organisations
        for (int i = 0; i < n; i++) {
            if (of[i] != null) continue;
            Mention m = names.get(i);
            switch (m.type()) {
                case "PERSON" -> {
                    List<String> ws = Names.words(m.text());
                    if (ws.size() < 2) continue; // a short form, resolved below
                    Local l = local(locals, byKey, "PERSON", "PERSON:" + Names.personKey(m.text()), null);
                    l.full = true;
                    l.families.addAll(familiesOf(m.text()));
                    String given = Names.letters(ws.get(0));
                    if (ws.get(0).length() > 2 && !ws.get(0).endsWith(".") && !l.families.contains(given)) l.givens.add(given);
                    of[i] = l;
                }
                case "ORG" -> {
                    String canon = knownOrg(m.text());
                    String key = "ORG:" + Names.orgKey(canon != null ? canon : m.text());
                    Local l = byKey.get(key);
                    if (l == null && isAcronym(m.text())) {
                        String letters = Names.letters(m.text());
                        for (Local o : locals) {
                            if (!o.type.equals("ORG")) continue;
                            for (int k : o.mentions) {
                                if (Names.initials(names.get(k).text()).equals(letters)) l = o;
                            }
                        }
                        if (l != null) {
                            l.keys.add(key);
                            byKey.put(key, l);
                        }
                    }
                    if (l == null) l = local(locals, byKey, "ORG", key, canon);
                    of[i] = l;
                }
                default -> {
                    String canon = knownPlace(m.text());
                    of[i] = local(locals, byKey, m.type(), m.type() + ":" + Names.placeKey(canon != null ? canon : m.text()), canon);
                }
            }
        }
        for (int i = 0; i < n; i++) if (of[i] != null) of[i].sentences.add(sentence[i]);

        int fullPersons = 0;
        for (Local l : locals) if (l.type.equals("PERSON") && l.full) fullPersons++;
        // names standing alone: the nearest compatible full name of the article
        Map<Local, List<Integer>> fullAt = new HashMap<>();
        for (int k = 0; k < n; k++) {
            if (of[k] != null && of[k].full && names.get(k).text().trim().indexOf(' ') > 0) {
                fullAt.computeIfAbsent(of[k], x -> new ArrayList<>()).add(k);
            }
        }
        Map<Integer, Set<Local>> inSentence = new HashMap<>();
        for (int i = 0; i < n; i++) if (of[i] != null) inSentence.computeIfAbsent(sentence[i], k -> new HashSet<>()).add(of[i]);
        for (int i = 0; i < n; i++) {
            if (of[i] != null) continue;
            Mention m = names.get(i);
            String family = Names.letters(m.text());
            List<int[]> candidates = new ArrayList<>(); // local index, position of its nearest mention (negative when after)
            for (int li = 0; li < locals.size(); li++) {
                Local l = locals.get(li);
                if (!l.type.equals("PERSON") || !l.full || !l.families.contains(family)) continue;
                candidates.add(new int[] {li, nearest(fullAt.getOrDefault(l, List.of()), i)});
            }
            if (candidates.isEmpty()) {
                // a known given name standing alone: the one person of the article named in full with it ("Kimani"
                // for Kimani Gray); none where two share it ("Ed" beside Ed Stefanski and Ed Snider)
                Local byGiven = null;
                int givenCount = 0;
                for (Local l : locals) {
                    if (l.type.equals("PERSON") && l.full && l.givens.contains(family)) {
                        byGiven = l;
                        givenCount++;
                    }
                }
                int mt = t.tokenAt(m.start());
                // a royal's or a saint's given name is theirs alone ("Prince Charles" is not Charles Walker)
                boolean styled = mt > 0 && mt < t.tokenCount() && ROYAL_STYLES.contains(t.hash(mt - 1));
                if (givenCount == 1 && !styled && mt < t.tokenCount() && gazetteer.longest(t, mt, mt + 1, Gazetteer.Kind.GIVEN) != null) {
                    of[i] = byGiven;
                    of[i].sentences.add(sentence[i]);
                    inSentence.computeIfAbsent(sentence[i], k -> new HashSet<>()).add(of[i]);
                    continue;
                }
                // a misspelt family name of exactly one person of the article; not in a list of hundreds
                // of people, where a name one letter from another is chance ("Howden" beside Richard Holden)
                Local only = null;
                int count = 0;
                for (Local l : locals) {
                    if (!l.type.equals("PERSON") || !l.full) continue;
                    for (String f : l.families) {
                        if (f.length() >= 4 && f.charAt(0) == (family.isEmpty() ? ' ' : family.charAt(0))
                                && Names.distance(f, family, 1) <= 1) {
                            only = l;
                            count++;
                            break;
                        }
                    }
                }
                if (count == 1 && fullPersons <= MISSPELLING_MAX_PERSONS) of[i] = only;
            } else {
                of[i] = locals.get(choose(candidates, locals, inSentence.getOrDefault(sentence[i], Set.of())));
            }
            if (of[i] == null) {
                Local l = local(locals, byKey, "PERSON", "PERSON~" + family, null);
                l.families.add(family);
                of[i] = l;
            }
            of[i].sentences.add(sentence[i]);
            inSentence.computeIfAbsent(sentence[i], k -> new HashSet<>()).add(of[i]);
        }
        for (int i = 0; i < n; i++) of[i].mentions.add(i);

        // roles from titles next to persons
        java.util.TreeMap<Integer, Integer> personAt = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) if (names.get(i).type().equals("PERSON")) personAt.put(names.get(i).start(), i);
        for (Mention title : titles) {
            // the person right after the title, or the one before it whose apposition it is
            Map.Entry<Integer, Integer> after = personAt.ceilingEntry(title.end());
            Map.Entry<Integer, Integer> before = personAt.lowerEntry(title.start());
            for (Map.Entry<Integer, Integer> c : java.util.Arrays.asList(after, before)) {
                if (c == null) continue;
                int i = c.getValue();
                if (adjacent(t.text(), title, names.get(i))) {
                    of[i].roles.add(cleanTitle(title.text()));
                    break;
                }
            }
        }

        // against the corpus: exact keys first; their entities are the companions that vouch for near matches
        Set<Integer> companions = new HashSet<>();
        for (Local l : locals) {
            l.node = exact(index, l);
            if (l.node >= 0) companions.add(l.node);
        }
        for (Local l : locals) if (l.node < 0) l.node = near(index, l, companions);
        for (Local l : locals) {
            if (l.node < 0) {
                l.node = index.create(l.type, l.key);
            }
            EntityIndex.Node node = index.node(l.node);
            if (l.fixedName != null && node.fixedName == null) node.fixedName = l.fixedName;
            for (String k : l.keys) if (!k.contains("~")) index.addKey(l.node, k);
            for (String f : l.families) if (l.full) index.addFamily(l.node, f);
            if (!l.full && l.type.equals("PERSON") && node.families.isEmpty()) {
                for (String f : l.families) index.addFamily(l.node, f);
            }
            for (int i : l.mentions) {
                Mention m = names.get(i);
                node.mentions.add(new Mention(articleId, m.start(), m.end(), m.text(), m.type()));
                node.forms.merge(m.text().trim(), 1, Integer::sum);
                // a given name this person went by alone ("Kimani") is looked up as a family name is, as the
                // index restored from a store reads every one-word form
                if (l.full && l.type.equals("PERSON") && Names.words(m.text()).size() == 1) index.addFamily(l.node, Names.letters(m.text()));
            }
            String day = day(published);
            for (String r : l.roles) {
                boolean known = false;
                for (Entity.Role x : node.roles) {
                    known |= Names.fold(x.title()).equals(Names.fold(r)) && Objects.equals(x.stated(), day);
                }
                if (!known) node.roles.add(new Entity.Role(r, day, articleId));
                node.roleWords.addAll(Names.roleWords(r));
            }
        }
        // context: every entity of the article beside the article's most mentioned ones
        List<Local> salient = new ArrayList<>(locals);
        salient.sort((a, b) -> Integer.compare(b.mentions.size(), a.mentions.size()));
        if (salient.size() > SALIENT) salient = salient.subList(0, SALIENT);
        for (Local a : locals) {
            for (Local b : salient) {
                index.addContext(a.node, b.node);
                index.addContext(b.node, a.node);
            }
        }
        List<String> ids = new ArrayList<>(n);
        List<Mention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Mention m = names.get(i);
            out.add(new Mention(articleId, m.start(), m.end(), m.text(), m.type()));
            ids.add(index.node(of[i].node).id);
        }
        return new Resolution(articleId, out, ids);
    }

    private static Local local(List<Local> locals, Map<String, Local> byKey, String type, String key, String fixedName) {
        Local l = byKey.get(key);
        if (l != null) return l;
        l = new Local(type);
        l.key = key;
        l.keys.add(key);
        l.fixedName = fixedName;
        locals.add(l);
        byKey.put(key, l);
        return l;
    }

    /**
     * Distance in mentions from mention {@code i} to the nearest of a group's full mentions (in
     * ascending order): positive before it, negative (and below every positive) after it.
     */
    private static int nearest(List<Integer> full, int i) {
        int at = java.util.Collections.binarySearch(full, i);
        int insert = at >= 0 ? at : -at - 1;
        if (insert > 0) return i - full.get(insert - 1);
        if (insert < full.size()) return -(full.get(insert) - i) - 100_000;
        return Integer.MIN_VALUE / 2;
    }

    /**
     * The candidate for a short form: the most recent before it, unless another was named beside
     * the same companions as this sentence's and the most recent was not.
     */
    private static int choose(List<int[]> candidates, List<Local> locals, Set<Local> companions) {
        int[] recent = null;
        for (int[] c : candidates) {
            if (c[1] > 0 && (recent == null || c[1] < recent[1] || recent[1] <= 0)) recent = c;
        }
        if (recent == null) {
            for (int[] c : candidates) if (recent == null || c[1] > recent[1]) recent = c;
        }
        if (candidates.size() == 1) return recent[0];
        int bestAffinity = affinity(locals.get(recent[0]), companions);
        int best = recent[0];
        if (bestAffinity > 0) return best;
        for (int[] c : candidates) {
            int a = affinity(locals.get(c[0]), companions);
            if (a > bestAffinity) {
                bestAffinity = a;
                best = c[0];
            }
        }
        return best;
    }

    /** How many of this sentence's other entities were named in a sentence with {@code l}. */
    private static int affinity(Local l, Set<Local> companions) {
        int a = 0;
        for (Local c : companions) {
            if (c == l || c.type.equals("PERSON") && !c.full) continue;
            for (int s : c.sentences) {
                if (l.sentences.contains(s)) {
                    a++;
                    break;
                }
            }
        }
        return a;
    }

    /** Entities of an article remembered as context of each other: all of them beside this many most mentioned. */
    private static final int SALIENT = 24;

    /** The corpus entity holding one of the group's keys, or -1. */
    private static int exact(EntityIndex index, Local l) {
        for (String k : l.keys) {
            if (k.contains("~")) continue;
            int node = index.byKey(k);
            if (node >= 0) return node;
        }
        return -1;
    }

    /** A known person near the group's name whose context agrees, or -1 for a new entity. */
    private int near(EntityIndex index, Local l, Set<Integer> companions) {
        if (!l.type.equals("PERSON")) return -1;
        Set<String> roleWords = new HashSet<>();
        for (String r : l.roles) roleWords.addAll(Names.roleWords(r));
        if (l.full) {
            // a near spelling of a known person's name, when the contexts agree
            String key = l.key.substring("PERSON:".length());
            int max = key.length() >= options.longName() ? options.maxEdits() : Math.min(1, options.maxEdits());
            int found = -1, count = 0;
            for (String family : l.families) {
                if (family.length() < 3) continue;
                for (String near : index.familiesNear(family)) {
                    for (int node : recent(index.byFamily(near))) {
                        EntityIndex.Node cand = index.node(node);
                        if (!cand.type.equals("PERSON") || node == found) continue;
                        boolean close = false;
                        for (String ck : cand.keys) {
                            if (ck.startsWith("PERSON:") && Names.distance(ck.substring(7), key, max) <= max) close = true;
                        }
                        if (!close || !agrees(cand, companions, roleWords)) continue;
                        found = node;
                        count++;
                    }
                }
            }
            return count == 1 ? found : -1;
        }
        // a name standing alone: a known person of that family name, only when the article agrees with exactly one
        int found = -1, count = 0;
        for (String family : l.families) {
            for (int node : recent(index.byFamily(family))) {
                EntityIndex.Node cand = index.node(node);
                if (!cand.type.equals("PERSON") || node == found) continue;
                if (!shares(cand, companions)) continue;
                found = node;
                count++;
            }
        }
        return count == 1 ? found : -1;
    }

    /**
     * People of one family name compared with a new mention, at most: the most recently met. A
     * corpus of years holds thousands of Kims; the one a text means is among those its time
     * speaks of, and the cost of a mention stays the same however large the corpus grows.
     */
    static final int MAX_FAMILY_CANDIDATES = 64;

    /** The last {@link #MAX_FAMILY_CANDIDATES} of a family's bearers (in the order they were met). */
    private static List<Integer> recent(List<Integer> bearers) {
        int n = bearers.size();
        return n <= MAX_FAMILY_CANDIDATES ? bearers : bearers.subList(n - MAX_FAMILY_CANDIDATES, n);
    }

    private static boolean agrees(EntityIndex.Node cand, Set<Integer> companions, Set<String> roleWords) {
        if (shares(cand, companions)) return true;
        for (String w : roleWords) if (cand.roleWords.contains(w)) return true;
        return false;
    }

    private static boolean shares(EntityIndex.Node cand, Set<Integer> companions) {
        for (int c : companions) if (cand.context.contains(c)) return true;
        return false;
    }

    // ---------------------------------------------------------------- names

    /** Canonical country name and entry for a country's name, capital or other name; null when unknown. */
    private String[] countryOf(String text) {
        TextAnalysis t = analyzer.analyze(text.trim());
        if (t.tokenCount() == 0) return null;
        int s = 0;
        if (t.isWord(0, "the") && t.tokenCount() > 1) s = 1;
        Gazetteer.Match m = gazetteer.longest(t, s, t.tokenCount(), null);
        if (m == null || m.end() != t.tokenCount()) return null;
        int c = gazetteer.countryOf(m.entry());
        if (c < 0) return null;
        if (m.kind() != Gazetteer.Kind.COUNTRY && m.kind() != Gazetteer.Kind.CAPITAL) return null;
        return new String[] {gazetteer.canonical(c)};
    }

    private String knownOrg(String text) {
        TextAnalysis t = analyzer.analyze(text.trim());
        if (t.tokenCount() == 0) return null;
        int s = t.isWord(0, "the") && t.tokenCount() > 1 ? 1 : 0;
        Gazetteer.Match m = gazetteer.longest(t, s, t.tokenCount(), Gazetteer.Kind.ORG);
        return m != null && m.start() == s && m.end() == t.tokenCount() ? gazetteer.canonical(m.entry()) : null;
    }

    /**
     * The gazetteer's spelling of a place named whole: a place, a capital (as a city: "SEOUL" in a
     * dateline is Seoul) or a town; null when unknown.
     */
    private String knownPlace(String text) {
        TextAnalysis t = analyzer.analyze(text.trim());
        int n = t.tokenCount();
        if (n == 0) return null;
        for (Gazetteer.Kind kind : PLACE_NAMES) {
            Gazetteer.Match m = gazetteer.longest(t, 0, n, kind);
            if (m != null && m.end() == n) return gazetteer.canonical(m.entry());
        }
        return null;
    }

    /** The kinds of the gazetteer that spell a place's name, in order of trust. */
    private static final List<Gazetteer.Kind> PLACE_NAMES = List.of(Gazetteer.Kind.PLACE, Gazetteer.Kind.CAPITAL, Gazetteer.Kind.TOWN);

    /** Most people named in full in an article for a name one letter from one of theirs to be read as misspelt. */
    static final int MISSPELLING_MAX_PERSONS = 25;

    private static boolean isAcronym(String text) {
        String letters = text.replace(".", "");
        if (letters.length() < 2 || letters.length() > 8) return false;
        for (int i = 0; i < letters.length(); i++) if (!Character.isUpperCase(letters.charAt(i))) return false;
        return true;
    }

    /**
     * The family names a person's full name may be shortened to: the last word, and the first
     * when it is a known family name printed first (East Asian order: "Lee In-young", "Kim Jong Un").
     */
    Set<String> familiesOf(String name) {
        Set<String> out = new java.util.LinkedHashSet<>();
        List<String> ws = Names.words(name);
        if (ws.isEmpty()) return out;
        while (ws.size() > 1 && REGNAL.contains(ws.get(ws.size() - 1))) ws = ws.subList(0, ws.size() - 1);
        out.add(Names.letters(ws.get(ws.size() - 1)));
        if (ws.size() >= 2) {
            TextAnalysis t = analyzer.analyze(name.trim());
            if (t.tokenCount() >= 2 && gazetteer.longest(t, 0, 1, Gazetteer.Kind.SURNAME) != null) {
                boolean hyphenGiven = ws.size() == 2 && ws.get(1).indexOf('-') > 0;
                boolean shortParts = ws.size() == 3 && ws.get(0).length() <= 4 && ws.get(1).length() <= 5
                        && ws.get(2).length() <= 5 && gazetteer.longest(t, 1, 2, Gazetteer.Kind.GIVEN) == null;
                if (hyphenGiven || shortParts) out.add(Names.letters(ws.get(0)));
            }
        }
        return out;
    }

    private static final Set<String> REGNAL = Set.of("i", "ii", "iii", "iv", "v", "vi", "jr", "sr");

    /** The keys a name of this type is found under (for restoring an index). */
    static List<String> keysOf(String type, String name) {
        return switch (type) {
            case "PERSON" -> Names.words(name).size() >= 2 ? List.of("PERSON:" + Names.personKey(name)) : List.of();
            case "ORG" -> List.of("ORG:" + Names.orgKey(name));
            default -> List.of(type + ":" + Names.placeKey(name));
        };
    }

    // ---------------------------------------------------------------- roles

    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*(?:(?:a|an|the)\\s+)?");

    /** A title right before a person (spaces between) or in apposition after it (", " and maybe an article). */
    private static boolean adjacent(String text, Mention title, Mention person) {
        if (title.end() <= person.start()) {
            for (int k = title.end(); k < person.start(); k++) if (!Character.isWhitespace(text.charAt(k))) return false;
            return person.start() - title.end() <= 2;
        }
        if (person.end() <= title.start() && title.start() - person.end() <= 8) {
            return APPOSITION.matcher(text.substring(person.end(), title.start())).matches();
        }
        return false;
    }

    private static String cleanTitle(String title) {
        String s = title.trim().replaceAll("\\s+", " ");
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (String a : new String[] {"a ", "an ", "the "}) if (lower.startsWith(a)) return s.substring(a.length());
        return s;
    }

    /** The day of an ISO date or date-time, or null. */
    static String day(String published) {
        if (published == null || published.length() < 10) return null;
        String d = published.substring(0, 10);
        return d.matches("\\d{4}-\\d{2}-\\d{2}") ? d : null;
    }
}
