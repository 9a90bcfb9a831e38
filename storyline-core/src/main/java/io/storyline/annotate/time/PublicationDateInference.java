package io.storyline.annotate.time;

import io.storyline.annotate.time.Recognizer.Match;
import io.storyline.annotate.time.Resolver.Interval;
import io.storyline.annotate.time.Resolver.Resolved;
import io.storyline.model.DateValue;
import io.storyline.model.Precision;
import io.storyline.model.Timex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Infers the publication date of an article that prints none, from what its text says, the way a
 * careful reader does. Every candidate day of the years in play is scored against clues:
 * <ul>
 *   <li><b>pairs</b>: a relative expression and a dated one that name the same kind of event
 *       ("their planned summit next week" and "their second meeting ... Feb. 27 and 28") must fall
 *       together, which pins the week;</li>
 *   <li><b>known events</b>: a relative expression beside an event known, dated, from elsewhere in
 *       the corpus ("their first summit in Singapore, June 12 last year", with the first summit
 *       dated 2018) must land on that date, which pins the year;</li>
 *   <li><b>weekdays</b>: a weekday in a past-tense report ("experts said Tuesday") is most likely
 *       the day of publication, or the day before it;</li>
 *   <li><b>bounds</b>: a dated event told in the past lies before publication, one in the future
 *       after it.</li>
 * </ul>
 * The best-scoring days give a day or an interval, with {@code inferred = true} and the clues
 * spelled out as evidence. Without any clue that places a year, there is no answer (null).
 * Stateless and thread-safe.
 */
public final class PublicationDateInference {
    /**
     * A dated event known from elsewhere in the corpus: its head noun, the words that single it out
     * and its date.
     *
     * @param noun      the event noun, lower case ("summit")
     * @param modifiers lower-case words that single it out ("first", "singapore"); at least one
     * @param date      ISO 8601 day, month, year or interval
     * @param source    where it is known from (an article id), for the evidence
     */
    public record KnownEvent(String noun, Set<String> modifiers, String date, String source) {
        public KnownEvent {
            Objects.requireNonNull(noun, "noun");
            Objects.requireNonNull(date, "date");
            modifiers = Set.copyOf(modifiers);
            if (modifiers.isEmpty()) throw new IllegalArgumentException("a known event needs a modifier");
        }

        /**
         * The event a dated time expression of another article dates ("their first summit in
         * 2018"): the nearest event noun of its sentence with the ordinals and names beside it, or
         * null when the sentence names no event that way or the timex has no value.
         */
        public static KnownEvent near(String text, Timex timex, String source) {
            if (text == null || timex == null || timex.value() == null || timex.value().startsWith("P")) return null;
            Tokens t = Tokens.of(text);
            Sentences s = Sentences.of(t);
            int k = tokenAt(t, timex.start());
            if (k < 0) return null;
            int noun = eventNoun(t, s, k, tokenAt(t, timex.end() - 1) + 1);
            if (noun < 0) return null;
            Set<String> mods = PublicationDateInference.modifiers(t, s, noun);
            if (mods.isEmpty()) return null;
            String date = timex.value().contains("T") ? timex.value().substring(0, 10) : timex.value();
            return new KnownEvent(t.str(noun).toLowerCase(Locale.ROOT), mods, date, source);
        }
    }

    /** Event nouns by kind: nouns of one kind may name the same event ("summit", "meeting"). */
    private static final Map<String, String> EVENT_NOUNS = eventNouns();
    /** Weights of the clues. */
    private static final double PAIR = 10, KNOWN = 10, BOUND_DAY = 2, BOUND_COARSE = 0.5, FIRST_WEEKDAY = 1,
            OTHER_WEEKDAY = 0.3;
    /** How many tokens from its event noun a time expression may stand. */
    private static final int NOUN_BEFORE = 8, NOUN_AFTER = 5, KNOWN_REACH = 20;
    /** How far (tokens) from an event noun the words that single it out may stand. */
    private static final int MODIFIER_REACH = 5;
    /** At most this many clues of each kind are weighed (the cost is clues times candidate days). */
    private static final int MAX_CLUES_OF_A_KIND = 12;
    /** At most this many years are searched. */
    private static final int MAX_YEARS = 9;
    /** Widest answer given as days, then as months. */
    private static final int MAX_DAYS = 31, MAX_MONTHS_SPAN = 400;

    private final TimexOptions options;

    public PublicationDateInference(TimexOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public static PublicationDateInference standard() {
        return new PublicationDateInference(TimexOptions.defaults());
    }

    /** Infers from the text alone. */
    public DateValue infer(String text) {
        return infer(text, List.of());
    }

    /**
     * @param text  the article text
     * @param known dated events known from elsewhere in the corpus (may be empty)
     * @return the inferred date with {@code inferred = true} and its evidence, or null
     */
    public DateValue infer(String text, List<KnownEvent> known) {
        if (text == null || text.isEmpty()) return null;
        Scan scan = Scan.of(text, options);
        List<Clue> clues = clues(scan, known == null ? List.of() : known);
        if (clues.stream().noneMatch(c -> c.weight >= BOUND_COARSE)) return null;
        TreeSet<Integer> years = candidateYears(scan, known == null ? List.of() : known);
        if (years.isEmpty()) return null;
        // score every candidate day
        double best = 0;
        List<LocalDate> bestDays = new ArrayList<>();
        for (int y : years) {
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                double score = 0;
                for (Clue c : clues) if (c.holds(scan, d)) score += c.weight;
                if (score > best + 1e-9) {
                    best = score;
                    bestDays.clear();
                }
                if (score > 0 && Math.abs(score - best) < 1e-9) bestDays.add(d);
            }
        }
        if (best < BOUND_DAY || bestDays.isEmpty()) return null;
        LocalDate first = bestDays.get(0), last = bestDays.get(bestDays.size() - 1);
        long span = last.toEpochDay() - first.toEpochDay();
        Interval answer;
        boolean wholeYears = first.getDayOfYear() <= 7 && last.getMonthValue() == 12 && last.getDayOfMonth() >= 25;
        if (span == 0) answer = Interval.day(first);
        else if (span < MAX_DAYS) answer = Interval.days(first, last);
        else if (wholeYears) answer = Interval.years(first.getYear(), last.getYear());
        else if (span < MAX_MONTHS_SPAN) answer = Interval.months(YearMonth.from(first), YearMonth.from(last));
        else return null;
        return new DateValue(answer.iso(), answer.precision() == Precision.WEEK ? Precision.DAY : answer.precision(), true,
                evidence(scan, clues, first, answer));
    }

    // ---------------------------------------------------------------- clues

    private enum Kind {
        PAIR, KNOWN, WEEKDAY, BOUND
    }

    /** One piece of evidence and the days it allows. */
    private static final class Clue {
        final Kind kind;
        final double weight;
        final int match, other;
        final Interval known;
        final String description;

        Clue(Kind kind, double weight, int match, int other, Interval known, String description) {
            this.kind = kind;
            this.weight = weight;
            this.match = match;
            this.other = other;
            this.known = known;
            this.description = description;
        }

        boolean holds(Scan scan, LocalDate d) {
            switch (kind) {
                case PAIR -> {
                    Interval a = scan.resolveAlone(match, d).interval(), b = scan.resolveAlone(other, d).interval();
                    return a != null && b != null && overlap(a, b);
                }
                case KNOWN -> {
                    Interval a = scan.resolveAlone(match, d).interval();
                    return a != null && overlap(a, known);
                }
                case WEEKDAY -> {
                    int w = ((Spec.Weekday) scan.matches.get(match).spec()).day();
                    return d.getDayOfWeek().getValue() == w;
                }
                case BOUND -> {
                    return other > 0 ? !d.isBefore(known.first()) : !d.isAfter(known.last());
                }
                default -> {
                    return false;
                }
            }
        }
    }

    private static boolean overlap(Interval a, Interval b) {
        return !a.last().isBefore(b.first()) && !b.last().isBefore(a.first());
    }

    private List<Clue> clues(Scan scan, List<KnownEvent> known) {
        List<Clue> clues = new ArrayList<>();
        List<Match> ms = scan.matches;
        int n = Math.min(ms.size(), 200);
        boolean[] relative = new boolean[n];
        int[] noun = new int[n];
        LocalDate probeA = LocalDate.of(2001, 3, 14), probeB = LocalDate.of(2002, 9, 3);
        for (int k = 0; k < n; k++) {
            Resolved a = scan.resolveAlone(k, probeA), b = scan.resolveAlone(k, probeB);
            relative[k] = a.interval() != null && b.interval() != null && !a.interval().iso().equals(b.interval().iso());
            noun[k] = eventNoun(scan.tokens, scan.sentences, ms.get(k).from(), ms.get(k).to());
        }
        boolean firstWeekday = true;
        int weekdayClues = 0, boundClues = 0, pairClues = 0;
        for (int k = 0; k < n; k++) {
            Match m = ms.get(k);
            // weekdays of past reports
            if (m.spec() instanceof Spec.Weekday w && w.mod() == null && scan.tense[k] != Lexicon.Cue.FUTURE
                    && weekdayClues++ < MAX_CLUES_OF_A_KIND) {
                double weight = firstWeekday ? FIRST_WEEKDAY : OTHER_WEEKDAY;
                clues.add(new Clue(Kind.WEEKDAY, weight, k, -1, null, "\"" + context(scan, m) + "\": a "
                        + java.time.DayOfWeek.of(w.day()).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                        + (firstWeekday ? ", the day the report speaks of first" : "")));
                firstWeekday = false;
            }
            // dated events before or after publication
            if (!relative[k] && (scan.tense[k] == Lexicon.Cue.PAST || scan.tense[k] == Lexicon.Cue.FUTURE)
                    && m.spec() instanceof Spec.Cal c && c.year() != null
                    && boundClues++ < MAX_CLUES_OF_A_KIND) {
                Interval i = Resolver.absolute(c.year(), c.month(), c.day());
                if (i != null) {
                    boolean past = scan.tense[k] == Lexicon.Cue.PAST;
                    clues.add(new Clue(Kind.BOUND, c.day() > 0 ? BOUND_DAY : BOUND_COARSE, k, past ? 1 : 0, i,
                            "\"" + scan.text(m) + "\" is told in the " + (past ? "past: published after it" : "future: published before it")));
                }
            }
            if (!relative[k]) continue;
            // a relative expression and a dated one naming the same kind of event
            if (noun[k] >= 0 && !(m.spec() instanceof Spec.Cal) && !(m.spec() instanceof Spec.Range)) {
                for (int j = 0; j < n; j++) {
                    if (j == k || noun[j] < 0 || !datedDay(ms.get(j).spec())) continue;
                    if (!sameKind(scan.tokens, noun[k], noun[j]) || opposite(scan.tense[k], scan.tense[j])) continue;
                    if (pairClues++ >= MAX_CLUES_OF_A_KIND) break;
                    // a pair that can never hold adds nothing to any day, so every candidate partner is kept
                    clues.add(new Clue(Kind.PAIR, PAIR, k, j, null, "\"" + scan.text(m) + "\" ("
                            + scan.tokens.str(noun[k]) + ") and \"" + scan.text(ms.get(j)) + "\" ("
                            + scan.tokens.str(noun[j]) + ") name the same event"));
                }
            }
        }
        // relative expressions beside events known from the corpus
        List<int[]> nouns = new ArrayList<>(); // token, kind index
        List<String> kinds = new ArrayList<>(new java.util.TreeSet<>(EVENT_NOUNS.values()));
        for (int pos = 0; pos < scan.tokens.size && !known.isEmpty(); pos++) {
            if (!scan.tokens.isWord(pos) || scan.tokens.end[pos] - scan.tokens.start[pos] > 16) continue;
            String kind = kind(scan.tokens.str(pos));
            if (kind != null) nouns.add(new int[] {pos, kinds.indexOf(kind)});
        }
        int knownClues = 0;
        for (KnownEvent e : known) {
            Interval date = parseIso(e.date());
            String kind = kind(e.noun());
            if (date == null || kind == null) continue;
            for (int[] at : nouns) {
                if (knownClues >= MAX_CLUES_OF_A_KIND) break;
                int pos = at[0];
                if (at[1] != kinds.indexOf(kind)) continue;
                if (!hasModifier(scan.tokens, scan.sentences, pos, e.modifiers())) continue;
                if (otherOrdinal(scan.tokens, scan.sentences, pos, e.modifiers())) continue;
                int k = nearestRelative(scan, relative, pos);
                if (k < 0) continue;
                knownClues++;
                clues.add(new Clue(Kind.KNOWN, KNOWN, k, -1, date, "\"" + scan.text(ms.get(k)) + "\" dates the "
                        + String.join(" ", e.modifiers().stream().sorted().toList()) + " " + e.noun() + ", known"
                        + (e.source() == null ? "" : " from " + e.source()) + " as " + e.date()));
            }
        }
        return clues;
    }

    /** A date to the day whose place depends on nothing but its year ("Feb. 27", not "June 12 last year"). */
    private static boolean datedDay(Spec spec) {
        return spec instanceof Spec.Cal c && c.day() > 0 && c.month() > 0 && c.yearShift() == null && c.mod() == null
                || spec instanceof Spec.Range r && datedDay(r.from());
    }

    private static boolean opposite(Lexicon.Cue a, Lexicon.Cue b) {
        return a == Lexicon.Cue.PAST && b == Lexicon.Cue.FUTURE || a == Lexicon.Cue.FUTURE && b == Lexicon.Cue.PAST;
    }

    /**
     * The relative expression that dates the event a noun names: the first after it in its sentence
     * ("their first summit in Singapore, June 12 last year"), else the nearest before it; -1 when
     * none is within reach.
     */
    private static int nearestRelative(Scan scan, boolean[] relative, int pos) {
        int sentence = scan.sentences.of[pos], before = -1, beforeDistance = NOUN_BEFORE + 1;
        for (int k = 0; k < relative.length; k++) {
            Match m = scan.matches.get(k);
            if (!relative[k] || scan.sentences.of[m.from()] != sentence) continue;
            if (afterReporting(scan.tokens, m.from())) continue; // "experts said Tuesday" dates the report
            if (m.from() > pos) {
                if (m.from() - pos <= KNOWN_REACH) return k;
            } else if (pos - m.to() < beforeDistance) {
                before = k;
                beforeDistance = pos - m.to();
            }
        }
        return before;
    }

    private static TreeSet<Integer> candidateYears(Scan scan, List<KnownEvent> known) {
        TreeSet<Integer> seeds = new TreeSet<>();
        for (Match m : scan.matches) {
            if (m.spec() instanceof Spec.Cal c && c.year() != null) seeds.add(c.year());
            if (m.spec() instanceof Spec.Range r && r.to() instanceof Spec.Cal c2 && c2.year() != null) seeds.add(c2.year());
        }
        for (KnownEvent e : known) {
            Interval i = parseIso(e.date());
            if (i != null) {
                seeds.add(i.first().getYear());
                seeds.add(i.last().getYear());
            }
        }
        // the latest years first: articles mostly look back
        TreeSet<Integer> years = new TreeSet<>();
        for (int y : seeds.descendingSet()) {
            for (int d = 1; d >= -1; d--) if (years.size() < MAX_YEARS && y + d >= 1000 && y + d <= 2199) years.add(y + d);
        }
        return years;
    }

    private String evidence(Scan scan, List<Clue> clues, LocalDate day, Interval answer) {
        Set<String> parts = new LinkedHashSet<>();
        for (Clue c : clues) {
            if (c.weight < BOUND_COARSE || !c.holds(scan, day)) continue;
            if (c.kind == Kind.PAIR || c.kind == Kind.KNOWN) {
                LocalDate from = day, to = day;
                for (int n = 0; n < MAX_MONTHS_SPAN && c.holds(scan, from.minusDays(1)); n++) from = from.minusDays(1);
                for (int n = 0; n < MAX_MONTHS_SPAN && c.holds(scan, to.plusDays(1)); n++) to = to.plusDays(1);
                parts.add(c.description + " (published " + from + ".." + to + ")");
            } else {
                parts.add(c.description);
            }
        }
        return "no date printed; inferred " + answer.iso() + " from the text: " + String.join("; ", parts);
    }

    // ---------------------------------------------------------------- event nouns

    private static Map<String, String> eventNouns() {
        String[][] groups = {
                {"gathering", "summit", "summits", "meeting", "meetings", "talks", "negotiations", "conference", "forum",
                        "session", "congress", "convention", "assembly", "gathering"},
                {"visit", "visit", "trip", "tour", "state visit"},
                {"vote", "election", "elections", "vote", "referendum", "ballot", "polls", "primary", "runoff"},
                {"court", "hearing", "trial", "verdict", "ruling", "sentencing"},
                {"ceremony", "ceremony", "inauguration", "opening", "launch", "parade", "festival", "celebration"},
                {"contest", "final", "match", "game", "race", "tournament", "championship"},
                {"protest", "strike", "protest", "protests", "rally", "march", "demonstration"},
        };
        Map<String, String> m = new java.util.HashMap<>();
        for (String[] g : groups) for (int i = 1; i < g.length; i++) m.put(g[i], g[0]);
        return Map.copyOf(m);
    }

    private static String kind(String word) {
        return EVENT_NOUNS.get(word.toLowerCase(Locale.ROOT));
    }

    private static boolean sameKind(Tokens t, int a, int b) {
        String ka = kind(t.str(a)), kb = kind(t.str(b));
        return ka != null && ka.equals(kb);
    }

    /** Verbs of reporting: a time right after one dates the report, not the event ("officials said Thursday"). */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "announced", "reported", "added",
            "stated", "according", "warned", "noted", "confirmed", "claimed", "wrote", "explained");

    private static boolean afterReporting(Tokens t, int from) {
        int i = from - 1;
        if (i >= 0 && (t.is(i, "on") || t.is(i, "last") || t.is(i, "this"))) i--;
        return i >= 0 && t.isWord(i) && REPORTING.contains(t.str(i).toLowerCase(Locale.ROOT));
    }

    /**
     * The event noun nearest to tokens {@code [from, to)} in their sentence: before (not across a
     * verb of reporting), else after; -1 when none.
     */
    static int eventNoun(Tokens t, Sentences s, int from, int to) {
        int sentence = s.of[from];
        for (int i = from - 1; i >= Math.max(s.start(sentence), from - NOUN_BEFORE); i--) {
            if (t.isWord(i) && REPORTING.contains(t.str(i).toLowerCase(Locale.ROOT))) {
                if (i == from - 1) return -1;
                break;
            }
            if (t.isWord(i) && !t.cap(i) && kind(t.str(i)) != null) return i;
        }
        for (int i = to; i < Math.min(s.end(sentence), to + NOUN_AFTER); i++) {
            if (t.isWord(i) && !t.cap(i) && kind(t.str(i)) != null) return i;
        }
        return -1;
    }

    /** Ordinals and names just before an event noun, and the place after "in": "first summit in Singapore". */
    private static Set<String> modifiers(Tokens t, Sentences s, int noun) {
        Set<String> out = new LinkedHashSet<>();
        int sentence = s.of[noun];
        for (int i = noun - 1; i >= Math.max(s.start(sentence), noun - 3); i--) {
            if (!t.isWord(i)) continue;
            Lexicon.Word w = t.word(i);
            if (w != null && w.ordinal() > 0 || t.cap(i) && w == null) out.add(t.str(i).toLowerCase(Locale.ROOT));
        }
        if (t.is(noun + 1, "in") && t.isWord(noun + 2) && t.cap(noun + 2) && t.word(noun + 2) == null) {
            out.add(t.str(noun + 2).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean hasModifier(Tokens t, Sentences s, int noun, Set<String> modifiers) {
        int sentence = s.of[noun];
        for (int i = Math.max(s.start(sentence), noun - MODIFIER_REACH); i <= Math.min(s.end(sentence) - 1, noun + MODIFIER_REACH); i++) {
            if (i != noun && t.isWord(i) && modifiers.contains(t.str(i).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** "second round" cannot be the "first summit" however much else they share. */
    private static boolean otherOrdinal(Tokens t, Sentences s, int noun, Set<String> known) {
        Set<String> knownOrdinals = new java.util.HashSet<>(), here = new java.util.HashSet<>();
        for (String m : known) {
            Lexicon.Word w = Lexicon.lookup(m, 0, m.length());
            if (w != null && w.ordinal() > 0) knownOrdinals.add(m);
        }
        int sentence = s.of[noun];
        for (int i = Math.max(s.start(sentence), noun - 3); i < noun; i++) {
            Lexicon.Word w = t.isWord(i) ? t.word(i) : null;
            if (w != null && w.ordinal() > 0) here.add(t.str(i).toLowerCase(Locale.ROOT));
        }
        return !knownOrdinals.isEmpty() && !here.isEmpty() && java.util.Collections.disjoint(knownOrdinals, here);
    }

    private static int tokenAt(Tokens t, int offset) {
        int lo = 0, hi = t.size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t.end[mid] <= offset) lo = mid + 1;
            else if (t.start[mid] > offset) hi = mid - 1;
            else return mid;
        }
        return lo < t.size ? lo : -1;
    }

    /** A few words before an expression and the expression: "experts said Tuesday". */
    private static String context(Scan scan, Match m) {
        int from = m.from();
        int sentenceStart = scan.sentences.start(scan.sentences.of[from]);
        for (int n = 0; n < 2 && from > sentenceStart && scan.tokens.isWord(from - 1); n++) from--;
        return scan.tokens.text.substring(scan.tokens.start[from], scan.end(m));
    }

    /** An ISO day, month, year or interval of them as an interval, or null. */
    static Interval parseIso(String iso) {
        if (iso == null) return null;
        int slash = iso.indexOf('/');
        if (slash > 0) {
            Interval a = parseIso(iso.substring(0, slash)), b = parseIso(iso.substring(slash + 1));
            return a == null || b == null ? null : Interval.span(a, b);
        }
        try {
            if (iso.length() >= 10) return Interval.day(LocalDate.parse(iso.substring(0, 10)));
            if (iso.length() == 7) return Interval.month(YearMonth.parse(iso));
            if (iso.length() == 4) return Interval.year(Integer.parseInt(iso));
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
