package io.storyline.event;

import static io.storyline.event.Lexicon.G_ADV;
import static io.storyline.event.Lexicon.G_BE;
import static io.storyline.event.Lexicon.G_COND;
import static io.storyline.event.Lexicon.G_COORD;
import static io.storyline.event.Lexicon.G_DET;
import static io.storyline.event.Lexicon.G_DO;
import static io.storyline.event.Lexicon.G_FUTURE;
import static io.storyline.event.Lexicon.G_HAVE;
import static io.storyline.event.Lexicon.G_NEG;
import static io.storyline.event.Lexicon.G_NOTVERB;
import static io.storyline.event.Lexicon.G_OBJ;
import static io.storyline.event.Lexicon.G_OBLIGATION;
import static io.storyline.event.Lexicon.G_POSS;
import static io.storyline.event.Lexicon.G_POSSIBLE;
import static io.storyline.event.Lexicon.G_PREP;
import static io.storyline.event.Lexicon.G_REL;
import static io.storyline.event.Lexicon.G_SUBJ;
import static io.storyline.event.Lexicon.G_SUBORD;
import static io.storyline.event.Lexicon.G_TIME;

import io.storyline.annotate.text.TextAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the clauses of one sentence without a full parser: verbs by the lexicon and their
 * context (a determiner before "talks" makes it a noun, a modal before "strike" a verb), verb
 * groups with their auxiliaries and modals, chunks between commas, coordinators and
 * subordinators, then each clause's subject, object, prepositional target, place and passive
 * agent, and the links between a reporting clause and what it reports. Linear in the sentence's
 * tokens; a parser instance is used by one thread at a time (it reuses per-sentence arrays).
 */
final class SentenceParser {
    /** Words before "to" that make the infinitive an intention: "is ready to", "plans to". */
    private static final WordList INTENT = WordList.of("ready", "willing", "prepared", "poised", "set", "due", "going",
            "about", "determined", "keen", "eager", "committed", "scheduled", "expected", "planning", "plans", "plan",
            "planned", "intends", "intend", "intended", "vowed", "pledged", "promised", "agreed", "offered",
            "threatened", "able");
    /** Words before "to" that make the infinitive an obligation: "has to", "need to". */
    private static final WordList MUST = WordList.of("has", "have", "had", "need", "needs", "needed", "ought",
            "obliged", "required", "forced", "compelled");
    /** Words before "to" that make the infinitive merely possible. */
    private static final WordList MAYBE = WordList.of("likely", "unlikely", "able", "hoping", "hope", "hopes", "hoped",
            "want", "wants", "wanted", "seeking", "seeks", "sought", "trying", "tries", "tried", "considering",
            "considers");
    /** Prepositions that introduce a target of the event. */
    private static final WordList TARGET_PREPS = WordList.of("with", "to", "against", "on", "from", "for", "into",
            "toward", "towards", "between", "upon", "at");
    /** Prepositions that introduce the place of the event. */
    private static final WordList PLACE_PREPS = WordList.of("in", "at", "near", "outside", "inside", "off", "across");
    /** Prepositions inside a subject: "Security forces in Guinea", "riots against Israeli policies". */
    private static final WordList SUBJECT_PREPS = WordList.of("of", "in", "against", "for", "from", "on", "with", "at",
            "near");
    /** Words that open a clause when a clause follows: "after the talks ended". */
    private static final WordList TIME_CONJUNCTIONS = WordList.of("after", "before", "since", "until", "as");
    private static final int MAX_CHUNK_GAP = 6;

    private final Lexicon lex;

    // per-sentence state, reused
    private int from, to;
    private TextAnalysis t;
    private boolean[] quoted;
    private boolean[] names;
    private boolean[] times;
    private int[] groups = new int[64];
    /** What the lexicon knows of each token (looked up once per token). */
    private Lexicon.Entry[] entryAt = new Lexicon.Entry[64];
    private Lexicon.Verb[] verbAt = new Lexicon.Verb[64];
    private int[] verbEnd = new int[64];
    private Lexicon.Noun[] nounAt = new Lexicon.Noun[64];
    private int[] nounEnd = new int[64];
    /** The sentence's chunks (token ranges between breaks), {@code chunks} of them. */
    private int[] chunkStart = new int[16], chunkEnd = new int[16];
    private int chunks;

    SentenceParser(Lexicon lex) {
        this.lex = lex;
    }

    /** Per-token marks of the article: inside a quote, a name, a time expression. */
    record Marks(boolean[] quoted, boolean[] names, boolean[] times) {
    }

    /** The clauses of tokens {@code [from, to)} of {@code t}, in text order. */
    List<Clause> parse(TextAnalysis t, int from, int to, Marks marks) {
        this.t = t;
        this.from = from;
        this.to = to;
        this.quoted = marks.quoted();
        this.names = marks.names();
        this.times = marks.times();
        int n = to - from;
        if (groups.length < n) {
            int c = Math.max(n, groups.length * 2);
            groups = new int[c];
            entryAt = new Lexicon.Entry[c];
            verbAt = new Lexicon.Verb[c];
            verbEnd = new int[c];
            nounAt = new Lexicon.Noun[c];
            nounEnd = new int[c];
        }
        for (int i = from; i < to; i++) {
            int j = i - from;
            entryAt[j] = t.is(i, TextAnalysis.WORD) || t.is(i, TextAnalysis.CLITIC) ? lex.entry(t, i) : Lexicon.Entry.NONE;
            groups[j] = entryAt[j].groups();
            verbAt[j] = null;
            verbEnd[j] = i + 1;
            nounAt[j] = null;
            nounEnd[j] = i + 1;
        }
        for (int i = from; i < to; i++) findNoun(i);
        for (int i = from; i < to; i++) decideVerb(i);
        List<Clause> clauses = clauses();
        for (int cx = 0; cx < clauses.size(); cx++) arguments(clauses.get(cx));
        link(clauses);
        return clauses;
    }

    // --- token helpers ---

    int g(int i) {
        return i >= from && i < to ? groups[i - from] : 0;
    }

    boolean word(int i) {
        return i >= from && i < to && t.is(i, TextAnalysis.WORD);
    }

    boolean punct(int i, char c) {
        return i >= from && i < to && t.is(i, TextAnalysis.PUNCT) && t.length(i) == 1 && t.first(i) == c;
    }

    boolean comma(int i) {
        return punct(i, ',');
    }

    /** A clause-internal break: comma, semicolon, colon, dash, bracket. */
    boolean breakAt(int i) {
        if (i < from || i >= to) return true;
        if (!t.is(i, TextAnalysis.PUNCT)) return false;
        char c = t.first(i);
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–'
                || (c == '-' && t.length(i) >= 1 && t.is(i, TextAnalysis.SPACE_BEFORE));
    }

    boolean is(int i, String w) {
        return i >= from && i < to && t.isWord(i, w);
    }

    boolean isAny(int i, WordList ws) {
        return i >= from && i < to && ws.has(t, i);
    }

    /** Capitalised mid-sentence: part of a name. */
    boolean cap(int i) {
        return i > from && i < to && t.is(i, TextAnalysis.CAPITALIZED) && !t.is(i, TextAnalysis.QUOTE)
                && !(i > from && (t.is(i - 1, TextAnalysis.QUOTE) || punct(i - 1, '(') || punct(i - 1, ':')));
    }

    /** Capitalised anywhere (the first word of a sentence counts when it is not a function word). */
    boolean capAny(int i) {
        return i >= from && i < to && (t.is(i, TextAnalysis.CAPITALIZED) || t.is(i, TextAnalysis.ALL_CAPS))
                && (i > from ? true : g(i) == 0);
    }

    boolean isVerb(int i) {
        return i >= from && i < to && verbAt[i - from] != null;
    }

    Lexicon.Verb verb(int i) {
        return verbAt[i - from];
    }

    int verbEndAt(int i) {
        return verbEnd[i - from];
    }

    Lexicon.Noun noun(int i) {
        return i >= from && i < to ? nounAt[i - from] : null;
    }

    int nounEndAt(int i) {
        return nounEnd[i - from];
    }

    /** A demonym-like capitalised adjective ("Palestinian", "Israeli", "French"). */
    boolean demonym(int i) {
        if (!word(i) || !t.is(i, TextAnalysis.CAPITALIZED)) return false;
        String s = t.token(i);
        int n = s.length();
        if (n < 4) return false;
        return s.endsWith("ian") || s.endsWith("ean") || s.endsWith("ese") || s.endsWith("ish") || s.endsWith("an")
                || s.endsWith("ch") || s.endsWith("i") && !s.endsWith("ii") || s.endsWith("ic");
    }

    /** A token that can sit inside a noun phrase. */
    boolean nominal(int i) {
        if (i < from || i >= to) return false;
        if (isVerb(i)) return false;
        int f = t.flags(i);
        if ((f & TextAnalysis.CLITIC) != 0) return t.isWord(i, "'s") || t.isWord(i, "'");
        if ((f & (TextAnalysis.WORD | TextAnalysis.DIGIT)) == 0) {
            // a hyphen, slash, ampersand, apostrophe or dollar sign inside a name or amount
            if (t.length(i) != 1) return false;
            char c = t.first(i);
            return (c == '-' || c == '/' || c == '&' || c == '$' || c == '%' || c == '.' && !t.is(i, TextAnalysis.TERMINAL)
                    || c == '\'') && i + 1 < to && !t.is(i + 1, TextAnalysis.SPACE_BEFORE);
        }
        int gi = g(i);
        if ((gi & (G_PREP | G_BE | G_HAVE | G_DO | G_FUTURE | G_POSSIBLE | G_OBLIGATION | G_SUBORD | G_REL | G_COORD)) != 0) {
            return false;
        }
        if ((gi & G_NEG) != 0 && !t.isWord(i, "no")) return false;
        return true;
    }

    // --- nouns and verbs ---

    private void findNoun(int i) {
        if (!word(i)) return;
        List<Lexicon.Noun> ns = entryAt[i - from].nouns();
        if (ns.isEmpty()) return;
        Lexicon.Noun best = null;
        int bestEnd = -1;
        for (int x = 0; x < ns.size(); x++) {
            Lexicon.Noun nn = ns.get(x);
            int e = i + 1 + nn.rest().length;
            if (e > to) continue;
            boolean ok = true;
            for (int k = 0; k < nn.rest().length && ok; k++) ok = t.hash(i + 1 + k) == nn.rest()[k];
            if (ok && e > bestEnd) {
                best = nn;
                bestEnd = e;
            }
        }
        if (best == null) return;
        // a single capitalised word mid-sentence is a name ("Ford", "Rally"), not an event
        if (best.rest().length == 0 && cap(i) && !t.is(i, TextAnalysis.ALL_CAPS)) return;
        if (names[i] && best.rest().length == 0 && cap(i)) return;
        nounAt[i - from] = best;
        nounEnd[i - from] = bestEnd;
    }

    /** A number that ends a name: "iPhone 4", "Windows 7", "Boeing 747". */
    private boolean nameNumber(int p) {
        if (names[p]) return true;
        int q = p - 1;
        return q >= from && (names[q] || t.is(q, TextAnalysis.MIXED_CASE) || cap(q) && !t.is(q, TextAnalysis.DIGIT));
    }

    private int prevWord(int i) {
        int k = i - 1;
        while (k >= from && (g(k) & G_ADV) != 0 && !(t.isWord(k, "not") || t.isWord(k, "n't"))) k--;
        return k;
    }

    private void decideVerb(int i) {
        if (!word(i) || names[i] || times[i]) return;
        int gi = g(i);
        if ((gi & G_NOTVERB) != 0) return;
        List<Lexicon.Verb> senses = entryAt[i - from].verbs();
        if (senses.isEmpty()) {
            unknownVerb(i, gi);
            return;
        }
        if (cap(i) && !allCapsLine(i)) return;
        boolean base = false, third = false, past = false, gerund = false, participleOnly = true;
        for (int vx = 0; vx < senses.size(); vx++) {
            Lexicon.Verb v = senses.get(vx);
            switch (v.form()) {
                case BASE -> base = true;
                case THIRD -> third = true;
                case PAST, PARTICIPLE, PAST_OR_PARTICIPLE -> past = true;
                case GERUND -> gerund = true;
            }
            if (v.form() != Lexicon.Form.PARTICIPLE) participleOnly = false;
        }
        int p = prevWord(i);
        int gp = g(p);
        // a number before a word reads as a count ("3 killed"), unless it ends a name ("iPhone 4 began")
        boolean det = p >= from && ((gp & (G_DET | G_POSS)) != 0
                || t.is(p, TextAnalysis.DIGIT) && !t.is(p, TextAnalysis.PUNCT) && !nameNumber(p));
        boolean hasNoun = noun(i) != null;
        boolean verb;
        if (gerund) {
            verb = !det && !(hasNoun && p >= from && (t.isWord(p, "of") || demonym(p)));
        } else if (past && !base) {
            verb = !det;
            // "the U.N.-brokered deal", "a planned summit": an adjective before a noun
            if (verb && p >= from && ((gp & G_DET) != 0)) verb = false;
        } else if (third) {
            if (det) verb = false;
            else if (hasNoun) {
                boolean subjectBefore = p >= from && ((gp & G_SUBJ) != 0 || capAny(p) && !demonym(p)
                        || punct(p, ')'));
                int nx = i + 1;
                boolean auxAfter = nx < to && (g(nx) & (G_BE | G_HAVE | G_FUTURE | G_POSSIBLE | G_OBLIGATION)) != 0
                        || isVerb(nx) || nx < to && (g(nx) & G_PREP) != 0 && !t.isWord(nx, "to");
                verb = subjectBefore && !auxAfter && !(p >= from && (gp & G_PREP) != 0);
            } else verb = p < from || (gp & G_PREP) == 0;
        } else {
            // the base form, possibly also a past ("cut", "set", "hit")
            boolean modal = p >= from && ((gp & (G_FUTURE | G_POSSIBLE | G_OBLIGATION | G_DO)) != 0
                    || t.isWord(p, "to") || t.isWord(p, "not") || t.isWord(p, "n't")
                    || (gp & G_SUBJ) != 0 && !t.isWord(p, "it") && !t.isWord(p, "he") && !t.isWord(p, "she"));
            if (modal) verb = true;
            else if (!hasNoun && p >= from && !det && (gp & G_PREP) == 0) {
                // a subject before: "Israeli soldiers routinely beat up", "Russia cut", "they fight"
                verb = pluralNoun(p) || (gp & G_SUBJ) != 0
                        || capAny(p) && !demonym(p) && (t.token(p).endsWith("s") || !modifiedName(p));
            } else verb = false;
        }
        if (!verb) return;
        // pick the sense: a particle verb whose particles follow wins over the plain verb
        Lexicon.Verb best = null;
        int bestEnd = i + 1;
        for (int vx = 0; vx < senses.size(); vx++) {
            Lexicon.Verb v = senses.get(vx);
            if (v.particles().length == 0) {
                if (best == null) best = v;
                continue;
            }
            int e = particles(i, v.particles());
            if (e > 0 && (best == null || best.particles().length < v.particles().length)) {
                best = v;
                bestEnd = e;
            }
        }
        if (best == null) return;
        if (best.particles().length == 0) bestEnd = i + 1;
        verbAt[i - from] = best;
        verbEnd[i - from] = bestEnd;
    }

    /** A lower-case plural noun ("soldiers", "rebels"). */
    private boolean pluralNoun(int p) {
        return t.is(p, TextAnalysis.WORD) && !t.is(p, TextAnalysis.CAPITALIZED) && t.length(p) > 3
                && t.token(p).endsWith("s") && (g(p) & Lexicon.G_FUNCTION) == 0 && !isVerb(p) && !t.token(p).endsWith("ss");
    }

    /** A name inside a noun phrase ("a key U.S. ally"): a determiner or adjective before its capitalised run. */
    private boolean modifiedName(int p) {
        int k = p;
        while (k - 1 >= from && capAny(k - 1)) k--;
        int b = k - 1;
        if (b < from) return false;
        return (g(b) & (G_DET | G_POSS)) != 0 || t.is(b, TextAnalysis.WORD) && g(b) == 0 && !isVerb(b)
                && !t.is(b, TextAnalysis.CAPITALIZED);
    }

    /**
     * A word the lexicon does not know, right after a modal ("must allocate", "will ensure"): a
     * verb of no particular type, so that the clause and its modality are still seen.
     */
    private void unknownVerb(int i, int gi) {
        if (gi != 0 || t.is(i, TextAnalysis.CAPITALIZED) || t.is(i, TextAnalysis.DIGIT) || t.length(i) < 3) return;
        int p = i - 1;
        while (p >= from && (g(p) & G_ADV) != 0) p--;
        if (p < from || (g(p) & (G_FUTURE | G_POSSIBLE | G_OBLIGATION)) == 0) return;
        if (t.isWord(p, "can") && false) return;
        verbAt[i - from] = new Lexicon.Verb(t.lower(i), "OCCUR", Lexicon.VerbClass.ACT, Lexicon.Form.BASE, new long[0]);
        verbEnd[i - from] = i + 1;
    }

    /** Whether the sentence is printed in capitals (a headline): capitalisation says nothing then. */
    private boolean allCapsLine(int i) {
        int caps = 0, words = 0;
        for (int k = from; k < to && words < 8; k++) {
            if (!t.is(k, TextAnalysis.WORD)) continue;
            words++;
            if (t.is(k, TextAnalysis.CAPITALIZED)) caps++;
        }
        return words >= 3 && caps == words;
    }

    /** End of the particles after verb {@code i} (time words may come between), or -1. */
    private int particles(int i, long[] ps) {
        int k = i + 1;
        int skipped = 0;
        for (int p = 0; p < ps.length; p++) {
            while (k < to && t.hash(k) != ps[p] && skipped < 3 && p == 0
                    && ((g(k) & (G_TIME | G_ADV)) != 0 || times[k] || t.isWord(k, "on") && k + 1 < to && times[k + 1])) {
                k++;
                skipped++;
            }
            if (k >= to || t.hash(k) != ps[p]) return -1;
            k++;
        }
        return k;
    }

    // --- verb groups and chunks ---

    /** Start of the verb group of head {@code v}: auxiliaries, modals, negation, adverbs, "to". */
    private int groupStart(int v) {
        int k = v - 1;
        while (k >= from) {
            int gk = g(k);
            if ((gk & (G_BE | G_HAVE | G_DO | G_FUTURE | G_POSSIBLE | G_OBLIGATION | G_NEG)) != 0
                    || (gk & G_ADV) != 0 && !times[k] || t.isWord(k, "to") || t.isWord(k, "ought")) {
                // "'s" after a name is a possessive, not "is"
                if (t.isWord(k, "'s") && k - 1 >= from && !isAuxContext(k)) break;
                if ((gk & G_HAVE) != 0 && t.isWord(k, "'d")) {
                    k--;
                    continue;
                }
                if (t.isWord(k, "to") && k - 1 >= from && !isVerb(k - 1)
                        && (isAny(k - 1, INTENT) || isAny(k - 1, MUST) || isAny(k - 1, MAYBE))) {
                    // "is willing to", "has to", "is likely to": part of the verb group
                    k -= 2;
                    continue;
                }
                k--;
            } else break;
        }
        return k + 1;
    }

    private boolean isAuxContext(int k) {
        // "he's agreed": a pronoun before "'s"
        return (g(k - 1) & G_SUBJ) != 0;
    }

    /** Appends the chunk of tokens {@code [start, end)} to {@link #chunkStart} and {@link #chunkEnd}. */
    private void chunk(int start, int end) {
        if (chunks == chunkStart.length) {
            chunkStart = Arrays.copyOf(chunkStart, chunks * 2);
            chunkEnd = Arrays.copyOf(chunkEnd, chunks * 2);
        }
        chunkStart[chunks] = start;
        chunkEnd[chunks] = end;
        chunks++;
    }

    private List<Clause> clauses() {
        // chunk starts: after , ; : and at coordinators, subordinators, relatives, "according to"
        chunks = 0;
        int start = from;
        boolean verbSinceStart = false;
        for (int i = from; i < to; i++) {
            boolean boundary = false;
            int next = i;
            if (breakAt(i)) {
                boundary = true;
                next = i + 1;
            } else if ((g(i) & (G_SUBORD | G_REL)) != 0 && i > from && !t.isWord(i, "so")) {
                boundary = !t.isWord(i, "that") || thatOpensClause(i);
            } else if ((g(i) & G_COORD) != 0 && verbSinceStart && verbAhead(i + 1)) {
                boundary = true;
            } else if (isAny(i, TIME_CONJUNCTIONS) && i > from && verbAhead(i + 1)
                    && clauseAhead(i + 1)) {
                boundary = true;
            } else if (t.isWord(i, "according") && i + 1 < to && t.isWord(i + 1, "to")) {
                boundary = true;
            } else if (t.is(i, TextAnalysis.QUOTE) && i > from) {
                boundary = true;
                next = i + 1;
            }
            if (boundary) {
                if (i > start) chunk(start, i);
                start = next;
                verbSinceStart = false;
                if (next > i) continue;
            }
            if (isVerb(i)) verbSinceStart = true;
        }
        if (to > start) chunk(start, to);

        List<Clause> out = new ArrayList<>();
        Clause prev = null;
        // the chunks without a verb since the last one with a verb: [pendingFrom, pendingTo) of them
        int pendingFrom = 0, pendingTo = 0;
        for (int x = 0; x < chunks; x++) {
            int chFrom = chunkStart[x], chTo = chunkEnd[x];
            List<Clause> inChunk = new ArrayList<>();
            Clause last = null;
            for (int i = chFrom; i < chTo; i++) {
                if (!isVerb(i)) continue;
                if (last != null && i < last.headEnd) continue;
                Clause c = new Clause();
                c.head = i;
                c.verb = verb(i);
                c.headEnd = Math.min(verbEndAt(i), chTo);
                c.groupStart = Math.max(groupStart(i), chFrom);
                c.from = chFrom;
                c.to = chTo;
                modality(c);
                if (last != null) {
                    if (infinitive(c) && takesComplement(last, c)) {
                        // "urged the EC to support", "threatened to cut"
                        last.complement = c;
                        c.governor = last;
                        c.from = c.groupStart;
                        last.to = c.groupStart;
                    } else {
                        // a second verb in the chunk: the clause starts after the previous object
                        int s = splitPoint(last, c);
                        c.from = s;
                        last.to = s;
                        if ((last.verb.cls() == Lexicon.VerbClass.REPORT || last.verb.cls() == Lexicon.VerbClass.FRAME)
                                && s < c.groupStart) {
                            c.reporter = last.verb.cls() == Lexicon.VerbClass.REPORT ? last : null;
                            if (last.verb.cls() == Lexicon.VerbClass.FRAME) {
                                last.complement = c;
                                c.governor = last;
                            }
                        }
                    }
                }
                inChunk.add(c);
                last = c;
            }
            if (inChunk.isEmpty()) {
                if (pendingFrom == pendingTo) pendingFrom = x;
                pendingTo = x + 1;
                continue;
            }
            Clause first = inChunk.get(0);
            // headless chunks before: the subject region (appositions) or introductory phrases
            if (pendingFrom < pendingTo) {
                boolean subjectless = !hasSubjectTokens(first);
                if (prev == null || subjectless) {
                    first.from = chunkStart[pendingFrom];
                } else {
                    prev.to = Math.max(prev.to, chunkEnd[pendingTo - 1]);
                }
            }
            pendingFrom = pendingTo = 0;
            out.addAll(inChunk);
            prev = inChunk.get(inChunk.size() - 1);
        }
        if (prev != null && pendingFrom < pendingTo) {
            prev.to = Math.max(prev.to, chunkEnd[pendingTo - 1]);
        }
        for (int cx = 0; cx < out.size(); cx++) {
            Clause c = out.get(cx);
            c.quoted = quoted[c.head];
            c.to = Math.max(c.to, c.headEnd);
        }
        return out;
    }

    /** Whether "that" at {@code i} opens a clause (a complementiser or relative) rather than pointing ("that deal"). */
    private boolean thatOpensClause(int i) {
        if (i + 1 >= to) return false;
        int n = i + 1;
        if (isVerb(n) || (g(n) & (G_SUBJ | G_BE | G_HAVE | G_FUTURE | G_POSSIBLE | G_DET)) != 0) return true;
        return capAny(n) || verbAhead(n);
    }

    /** Whether a verb comes within a few tokens, before any break. */
    private boolean verbAhead(int i) {
        for (int k = i; k < to && k < i + MAX_CHUNK_GAP; k++) {
            if (breakAt(k)) return false;
            if (isVerb(k)) return true;
        }
        return false;
    }

    /** Whether tokens from {@code i} look like a clause (a subject before the verb, or a gerund). */
    private boolean clauseAhead(int i) {
        if (i < to && isVerb(i) && verb(i).form() == Lexicon.Form.GERUND) return true;
        for (int k = i; k < to && k < i + MAX_CHUNK_GAP; k++) {
            if (isVerb(k)) return k > i && (verb(k).form() != Lexicon.Form.GERUND);
            if (breakAt(k)) return false;
        }
        return false;
    }

    private boolean infinitive(Clause c) {
        int k = c.head - 1;
        while (k >= c.groupStart && (g(k) & (G_ADV | G_NEG)) != 0) k--;
        return k >= c.groupStart && t.isWord(k, "to")
                || c.verb.form() == Lexicon.Form.GERUND && c.groupStart == c.head;
    }

    /**
     * Whether an infinitive is the complement of the verb before it: frame verbs take one after
     * their object ("urged the EC to support"), modal and aspectual verbs right after them ("plans
     * to impose", "continued to send"); after other verbs it is a purpose clause ("staged a rally
     * to demand").
     */
    private boolean takesComplement(Clause gov, Clause c) {
        Lexicon.VerbClass cls = gov.verb.cls();
        if (cls == Lexicon.VerbClass.FRAME) return onlyNominalBetween(gov.headEnd, c.groupStart);
        if (cls == Lexicon.VerbClass.MODAL || cls == Lexicon.VerbClass.ASPECT) {
            for (int k = gov.headEnd; k < c.groupStart; k++) {
                if ((g(k) & (G_ADV | G_NEG)) == 0 && !times[k]) return false;
            }
            return true;
        }
        return false;
    }

    private boolean onlyNominalBetween(int a, int b) {
        if (b - a > 10) return false;
        for (int k = a; k < b; k++) {
            if (!nominal(k) && !times[k] && (g(k) & (G_ADV | G_PREP)) == 0 && !t.isWord(k, "to")) return false;
        }
        return true;
    }

    /** Where a second clause in a chunk starts: at its subject, found going back from its verb group. */
    private int splitPoint(Clause first, Clause second) {
        int k = second.groupStart;
        int limit = first.headEnd;
        while (k - 1 >= limit && nominal(k - 1) && !t.isWord(k - 1, "that") && !times[k - 1]) k--;
        Lexicon.VerbClass cls = first.verb.cls();
        boolean reports = cls == Lexicon.VerbClass.REPORT || cls == Lexicon.VerbClass.FRAME;
        // "said it will", "said his government could": the words before the verb are its subject;
        // "told reporters the talks…" keeps its object only when a second phrase follows
        if (k <= limit && !reports) return second.groupStart > limit ? second.groupStart : limit;
        return Math.max(k, limit);
    }

    private boolean hasSubjectTokens(Clause c) {
        for (int k = c.from; k < c.groupStart; k++) {
            if (nominal(k) && word(k) && (g(k) & (G_COORD | G_REL | G_SUBORD)) == 0) return true;
        }
        return false;
    }

    // --- modality of a verb group ---

    private void modality(Clause c) {
        c.past = c.verb.form() == Lexicon.Form.PAST || c.verb.form() == Lexicon.Form.PAST_OR_PARTICIPLE;
        boolean be = false, perfect = false;
        for (int k = c.groupStart; k < c.head; k++) {
            int gk = g(k);
            if ((gk & G_NEG) != 0) c.negated = true;
            if ((gk & G_FUTURE) != 0) c.future = true;
            if ((gk & G_POSSIBLE) != 0) {
                if (t.isWord(k, "would") || t.isWord(k, "'d")) c.would = true;
                else c.possible = true;
            }
            if ((gk & G_OBLIGATION) != 0) c.obligation = true;
            if ((gk & G_BE) != 0) be = true;
            if ((gk & G_HAVE) != 0) {
                perfect = true;
                if (t.isWord(k, "had")) c.past = true;
            }
            if (t.isWord(k, "was") || t.isWord(k, "were") || t.isWord(k, "did")) c.past = true;
            if (t.isWord(k, "to")) {
                int b = k - 1;
                while (b >= from && (g(b) & G_ADV) != 0) b--;
                if (isAny(b, MUST)) c.obligation = true;
                else if (isAny(b, MAYBE)) c.possible = true;
                else if (isAny(b, INTENT)) c.intent = true;
                if (b >= from && t.isWord(b, "going")) c.future = true;
            }
        }
        Lexicon.Form f = c.verb.form();
        if (be && (f == Lexicon.Form.PARTICIPLE || f == Lexicon.Form.PAST_OR_PARTICIPLE)) c.passive = true;
        if (perfect && (f == Lexicon.Form.PARTICIPLE || f == Lexicon.Form.PAST_OR_PARTICIPLE)) c.past = true;
        if (f == Lexicon.Form.GERUND && !be) c.participial = true;
        // "will not", "never": negation after the head ("agreed not to")
    }

    // --- arguments ---

    private void arguments(Clause c) {
        subject(c);
        int k0 = c.headEnd;
        // skip time and adverbs after the verb ("said on Tuesday", "met Sunday")
        int k = skipTime(k0, c.to);
        // "launched 10 days of war games": the time phrase was part of the object
        if (k > k0 && k < c.to && t.isWord(k, "of")) k = k0;
        if (k < c.to && (t.isWord(k, "that") || t.isWord(k, "to") && isVerb(k + 1))) return;
        if (c.passive) {
            // "was attacked by militiamen"
            int by = find(k, c.to, "by");
            if (by >= 0) {
                int e = np(by + 1, c.to);
                if (e > by + 1) {
                    c.agentFrom = by + 1;
                    c.agentTo = e;
                }
            }
        }
        if (k < c.to && nominal(k) && !c.passive) {
            int e = np(k, c.to);
            if (e > k) {
                c.objFrom = k;
                c.objTo = e;
                k = e;
            }
        }
        // prepositional phrases: the first target-like and the first place-like
        for (int i = c.headEnd; i < c.to; i++) {
            if ((g(i) & G_PREP) == 0) continue;
            if (c.complement != null && i >= c.complement.from) break;
            int e = np(i + 1, c.to);
            if (e <= i + 1) continue;
            boolean named = false;
            for (int q = i + 1; q < e; q++) if (capAny(q) || names[q]) named = true;
            if (!named) {
                // an unnamed target ("aid to refugees") when nothing better comes
                if (c.ppFrom < 0 && c.anyPpFrom < 0 && isAny(i, TARGET_PREPS) && !times[i + 1] && !t.isWord(i, "by")
                        && !t.isWord(i, "at") && !(t.isWord(i, "to") && isVerb(i + 1))) {
                    c.anyPpFrom = i + 1;
                    c.anyPpTo = e;
                }
                continue;
            }
            if (c.placeFrom < 0 && isAny(i, PLACE_PREPS) && !times[i + 1]) {
                c.placeFrom = i + 1;
                c.placeTo = e;
            } else if (c.ppFrom < 0 && isAny(i, TARGET_PREPS) && !times[i + 1] && !t.isWord(i, "by")) {
                c.ppFrom = i + 1;
                c.ppTo = e;
            }
        }
        // the event noun a light or reporting verb governs ("held talks", "announced a suspension of")
        if (c.objFrom >= 0) {
            for (int q = c.objFrom; q < c.objTo; q++) {
                Lexicon.Noun nn = noun(q);
                if (nn != null && nn.type() != null) {
                    c.objectNoun = q;
                    c.objectNounSense = nn;
                    if (nn.event()) break;
                }
            }
        }
    }

    private int find(int a, int b, String w) {
        for (int i = a; i < b; i++) if (t.isWord(i, w)) return i;
        return -1;
    }

    /** Skips time words, time expressions and adverbs ("on Tuesday", "today", "again"). */
    int skipTime(int k, int end) {
        while (k < end) {
            if (times[k] || (g(k) & (G_TIME | G_ADV)) != 0 && !t.isWord(k, "first") && !t.isWord(k, "last")) {
                k++;
                continue;
            }
            if ((t.isWord(k, "on") || t.isWord(k, "in") || t.isWord(k, "at") || t.isWord(k, "late") || t.isWord(k, "early"))
                    && k + 1 < end && (times[k + 1] || (g(k + 1) & G_TIME) != 0)) {
                k++;
                continue;
            }
            break;
        }
        return k;
    }

    /** End of the noun phrase starting at {@code k} (exclusive), bounded by {@code end}; {@code k} when none. */
    int np(int k, int end) {
        int i = k;
        while (i < end) {
            if (nominal(i) && !t.isWord(i, "that")) {
                i++;
                continue;
            }
            // "of" inside a phrase: "the withdrawal of Serbian forces", "Kingdom of Morocco"
            if (t.isWord(i, "of") && i > k && i + 1 < end && nominal(i + 1)) {
                i++;
                continue;
            }
            // "and" joining names or nouns: "Hungarian and Romanian officials", "Israel and Lebanon"
            if (t.isWord(i, "and") && i > k && i + 1 < end && nominal(i + 1) && !verbAhead2(i + 1, end)) {
                i++;
                continue;
            }
            break;
        }
        // no trailing possessive or punctuation
        while (i > k && (t.is(i - 1, TextAnalysis.PUNCT) || t.isWord(i - 1, "'s"))) i--;
        return i;
    }

    /** Whether a verb closely follows: "and decided", "and the army said" (a clause, not a phrase). */
    private boolean verbAhead2(int i, int end) {
        for (int k = i; k < end && k < i + 4; k++) {
            if (isVerb(k)) return true;
            if (!nominal(k)) return false;
        }
        return false;
    }

    private void subject(Clause c) {
        if (inverted(c)) return;
        // ", saying …" after a clause: the participle's subject is that clause's (linked later)
        if (c.participial && c.groupStart - 1 >= from && comma(c.groupStart - 1)) return;
        int a = c.from, b = c.groupStart;
        // skip openers: coordinators, subordinators, relatives, "according to", quote marks
        while (a < b && ((g(a) & (G_COORD | G_SUBORD)) != 0 || t.is(a, TextAnalysis.QUOTE) || t.is(a, TextAnalysis.PUNCT))) {
            if ((g(a) & G_COND) != 0) c.conditional = true;
            a++;
        }
        if (a < b && (g(a) & G_REL) != 0 && !(t.isWord(a, "that") && !relativeThat(a))) {
            // a relative clause: its subject is the phrase before the pronoun
            int e = a;
            int s = e;
            while (s - 1 >= from && nominal(s - 1)) s--;
            if (s < e) {
                c.antecedentFrom = s;
                c.antecedentTo = e;
            }
            a++;
            if (a >= b) {
                c.subjFrom = c.antecedentFrom;
                c.subjTo = c.antecedentTo;
                return;
            }
        }
        if (a < b && t.isWord(a, "that")) a++;
        // introductory phrases end at a comma: "On September 29, Putin offered", "In a letter…, Iraq said"
        int lastComma = -1;
        for (int k = a; k < b; k++) if (comma(k) || punct(k, ':')) lastComma = k;
        if (lastComma >= 0) {
            boolean intro = (g(a) & (G_PREP | G_SUBORD)) != 0 || times[a] || (g(a) & G_TIME) != 0
                    || isVerb(a) || t.is(a, TextAnalysis.DIGIT);
            // words between the last comma and the verb: that phrase is the subject, whatever comes before
            // ("However, Jobs admitted", "This switch, he said, would"); a comma right before the verb
            // closes an apposition ("Lee, the minister, said"); a list keeps its first names ("A, B and C said")
            boolean tail = lastComma + 1 < b && !list(a, lastComma, b);
            if (intro || tail) a = lastComma + 1;
            else {
                // an apposition: "Lee In-young, South Korea's unification minister, said"
                int firstComma = -1;
                for (int k = a; k < b; k++) if (comma(k)) {
                    firstComma = k;
                    break;
                }
                if (firstComma > a) b = firstComma;
            }
        }
        // skip a leading time phrase without comma ("Last week Pompeo said")
        a = skipLeadingTime(a, b);
        // trailing adverbs and time words between subject and verb ("Israel today mounted", "Iran on Tuesday threatened")
        while (b > a && (times[b - 1] || (g(b - 1) & (G_ADV | G_TIME)) != 0 || t.is(b - 1, TextAnalysis.PUNCT)
                || (g(b - 1) & G_PREP) != 0)) b--;
        // the subject is the last noun phrase before the verb (a date is no part of it: "In 1986 he bought")
        int s = b;
        while (s - 1 >= a && !times[s - 1] && (nominal(s - 1) || t.isWord(s - 1, "of") || t.isWord(s - 1, "and") && s - 2 >= a && nominal(s - 2)
                || isAny(s - 1, SUBJECT_PREPS) && s - 2 >= a && nominal(s - 2) && !times[s])) s--;
        while (s < b && (t.isWord(s, "of") || t.isWord(s, "and") || t.is(s, TextAnalysis.PUNCT))) s++;
        // a determiner right after a noun opens the subject: an introductory phrase without a comma ends
        // there ("Since its launch the store has sold")
        for (int k = b - 1; k > s; k--) {
            if ((g(k) & G_DET) != 0 && t.is(k - 1, TextAnalysis.WORD) && g(k - 1) == 0
                    && !t.is(k - 1, TextAnalysis.CAPITALIZED) && !t.is(k - 1, TextAnalysis.MIXED_CASE)) {
                s = k;
                break;
            }
        }
        if (s < b && quoted[s] && !quoted[c.head]) {
            // the words of a quote before an unquoted verb are what was said: '"We think so," said Jobs'
            invertedSubject(c);
            return;
        }
        if (s < b) {
            c.subjFrom = s;
            c.subjTo = b;
        }
    }

    /**
     * A report verb right after a comma or a closing quote, followed by a noun phrase and no other
     * verb: the speaker follows the verb ('"It is a good day," said a spokesman for the ministry').
     * "Lee, the minister, said the talks failed" is no such case: a verb follows the phrase.
     */
    private boolean inverted(Clause c) {
        if (c.verb.cls() != Lexicon.VerbClass.REPORT || c.groupStart != c.head || c.head - 1 < from || c.participial) return false;
        int p = c.head - 1;
        if (!comma(p) && !t.is(p, TextAnalysis.QUOTE)) return false;
        int k = skipTime(c.headEnd, to), e = np(k, to);
        if (e <= k) return false;
        for (int x = e; x < to; x++) {
            if (isVerb(x) || (g(x) & (G_BE | G_HAVE | G_FUTURE | G_POSSIBLE | G_OBLIGATION)) != 0) return false;
        }
        c.subjFrom = k;
        c.subjTo = e;
        return true;
    }

    /** Whether the phrases from {@code a} to {@code b}, split by commas up to {@code lastComma}, are a list of names joined by "and"/"or". */
    private boolean list(int a, int lastComma, int b) {
        boolean joined = false;
        for (int k = lastComma + 1; k < b; k++) if (t.isWord(k, "and") || t.isWord(k, "or")) joined = true;
        if (!joined) return false;
        for (int k = a; k < lastComma; k++) {
            if (comma(k) || nominal(k) || t.isWord(k, "and") || t.isWord(k, "of")) continue;
            return false;
        }
        return true;
    }

    private boolean relativeThat(int i) {
        // "the plan that will…": that after a noun, followed by a verb group
        return i - 1 >= from && nominal(i - 1) && i + 1 < to
                && (isVerb(i + 1) || (g(i + 1) & (G_BE | G_HAVE | G_FUTURE | G_POSSIBLE | G_OBLIGATION)) != 0);
    }

    private int skipLeadingTime(int a, int b) {
        int k = a;
        while (k < b && (times[k] || (g(k) & G_TIME) != 0)) k++;
        return k > a && k < b ? k : a;
    }

    // --- links: reports and their content, attributions ---

    private void link(List<Clause> clauses) {
        for (int x = 0; x < clauses.size(); x++) {
            Clause c = clauses.get(x);
            if (c.verb.cls() != Lexicon.VerbClass.REPORT) continue;
            boolean last = x == clauses.size() - 1 || allLaterGoverned(clauses, x);
            boolean afterBreak = c.from > from && (breakAt(c.from - 1) || t.is(c.from - 1, TextAnalysis.QUOTE))
                    || c.from == from && quoted[Math.max(from, c.from)] != quoted[c.head];
            if (last && x > 0 && !c.participial && (afterBreak || !c.hasSubject())) {
                // ", a spokesman said on Monday." / "…," Lee told a news conference.
                c.role = Clause.Role.ATTRIBUTION;
                if (!c.hasSubject()) invertedSubject(c);
                for (int y = 0; y < x; y++) {
                    Clause p = clauses.get(y);
                    if (p.reporter == null && p.governor == null && p.verb.cls() != Lexicon.VerbClass.REPORT) p.reporter = c;
                    else if (p.reporter == null && p.governor == null && p.role == Clause.Role.MAIN) p.reporter = c;
                }
                continue;
            }
            // "X said (that) Y …": the next clause is the content
            if (x + 1 < clauses.size()) {
                Clause n = clauses.get(x + 1);
                boolean adjacent = n.reporter == c || n.from <= c.to + 1 && between(c, n);
                if (adjacent && n.governor == null) {
                    n.reporter = c;
                    c.role = Clause.Role.REPORT;
                }
            }
        }
        // "demanded that the US cancel…": a frame verb's that-clause is its complement
        for (int x = 0; x + 1 < clauses.size(); x++) {
            Clause c = clauses.get(x), n = clauses.get(x + 1);
            if (c.verb.cls() != Lexicon.VerbClass.FRAME || c.complement != null || n.governor != null) continue;
            int a = n.from;
            while (a < n.groupStart && t.is(a, TextAnalysis.PUNCT)) a++;
            if (a < n.groupStart && t.isWord(a, "that") && n.hasSubject() && between(c, n)) {
                c.complement = n;
                n.governor = c;
            }
        }
        // "according to X": an attribution chunk without a verb
        for (int i = from; i + 1 < to; i++) {
            if (!t.isWord(i, "according") || !t.isWord(i + 1, "to")) continue;
            int e = np(i + 2, to);
            if (e <= i + 2) continue;
            Clause a = new Clause();
            a.role = Clause.Role.ATTRIBUTION;
            a.from = i;
            a.to = e;
            a.head = i;
            a.headEnd = i + 2;
            a.groupStart = i;
            a.subjFrom = i + 2;
            a.subjTo = e;
            for (int px = 0; px < clauses.size(); px++) {
                Clause p = clauses.get(px);
                if (p.reporter == null && p.governor == null && p.role == Clause.Role.MAIN) p.reporter = a;
            }
            break;
        }
        // quoted clauses are reported by the attribution outside the quote
        Clause outside = null;
        for (int cx = 0; cx < clauses.size(); cx++) {
            Clause c = clauses.get(cx);
            if (!c.quoted && (c.role == Clause.Role.ATTRIBUTION || c.role == Clause.Role.REPORT)) outside = c;
        }
        if (outside != null) {
            for (int cx = 0; cx < clauses.size(); cx++) {
                Clause c = clauses.get(cx);
                if (c.quoted && c.reporter == null && c.governor == null) c.reporter = outside;
            }
        }
        // relative and coordinated clauses without a subject borrow the previous clause's
        Clause prevMain = null;
        for (int cx = 0; cx < clauses.size(); cx++) {
            Clause c = clauses.get(cx);
            if (!c.hasSubject() && c.antecedentFrom < 0 && c.role != Clause.Role.ATTRIBUTION) {
                Clause src = c.governor != null ? c.governor : prevMain;
                if (src != null) c.subjectFrom = src;
            }
            if (c.governor == null && c.role != Clause.Role.ATTRIBUTION) prevMain = c;
        }
    }

    private boolean allLaterGoverned(List<Clause> clauses, int x) {
        for (int y = x + 1; y < clauses.size(); y++) if (clauses.get(y).governor != clauses.get(y - 1)) return false;
        return true;
    }

    private boolean between(Clause c, Clause n) {
        for (int k = c.headEnd; k < n.from; k++) {
            if (t.isWord(k, "that") || nominal(k) || times[k] || (g(k) & (G_ADV | G_TIME | G_PREP)) != 0) continue;
            if (comma(k)) continue;
            return false;
        }
        return true;
    }

    /** ", said a spokesman for the prime minister.": the subject after the verb. */
    private void invertedSubject(Clause c) {
        int k = skipTime(c.headEnd, c.to);
        int e = np(k, c.to);
        if (e > k) {
            c.subjFrom = k;
            c.subjTo = e;
        }
    }
}
