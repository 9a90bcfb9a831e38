package io.storyline.annotate.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words time expressions are made of, as named tables: months, weekdays, number words,
 * ordinals, units, seasons, time zones, the relative and modifying words, and the tense cues that
 * decide the direction of underspecified dates. One entry per lower-case word, merging its roles
 * ("second" is an ordinal; "may" a month that must be capitalised).
 */
final class Lexicon {
    /** Calendar and clock units. */
    enum Unit {
        MINUTE("M", 0), HOUR("H", 0), DAY("D", 1), WEEKEND("D", 2), WEEK("W", 7), FORTNIGHT("W", 14), MONTH("M", 30),
        QUARTER("M", 91), YEAR("Y", 365), DECADE("Y", 3652), CENTURY("Y", 36524);

        /** The ISO 8601 duration designator. */
        final String designator;
        /** Approximate length in days, for ordering. */
        final int days;

        Unit(String designator, int days) {
            this.designator = designator;
            this.days = days;
        }

        boolean clock() {
            return this == MINUTE || this == HOUR;
        }
    }

    /** Words with a grammatical role in time expressions. */
    enum Key {
        YESTERDAY, TODAY, TOMORROW, TONIGHT, LAST, NEXT, THIS, COMING, PAST, PREVIOUS, FOLLOWING, SAME, THAT,
        EARLY, MID, LATE, EARLIER, LATER, END, BEGINNING, START, MIDDLE, HALF, AGO, BEFORE, AFTER, HENCE, FROM,
        NOW, SINCE, BETWEEN, AND, TO, THROUGH, UNTIL, OR, OF, THE, IN, ON, AT, FOR, BY, DURING, WITHIN, OVER,
        EVERY, EACH, A, AM, PM, NOON, MIDNIGHT, MORNING, AFTERNOON, EVENING, NIGHT, OCLOCK, DAY, ANNUALLY,
        OLD, LONG, CHRISTMAS, EVE, NEW, YEARS, HALLOWEEN, FEW, SEVERAL, MANY, FIRST_HALF, TIME
    }

    /** What a word says about the tense of its clause. */
    enum Cue {
        PAST, FUTURE,
        /** A past verb around a date that names an event ("led to the January 6 attack"): a hint, not a direction. */
        NAMED_PAST
    }

    /**
     * A word's roles; zero or null when it has none.
     *
     * @param month       1..12
     * @param strictMonth the month reading needs a capital letter or a date context (May, March, Sat...)
     * @param abbrev      an abbreviation (Feb, Wed), which may carry a full stop
     * @param weekday     1 (Monday) .. 7
     * @param number      value of a number word, or -1
     * @param ordinal     value of an ordinal word ("first" = 1), or 0
     * @param unit        a calendar unit, singular or plural
     * @param plural      the unit is in the plural
     * @param key         a grammatical role
     * @param season      1 spring, 2 summer, 3 autumn, 4 winter
     * @param zone        a time zone's offset in minutes, or null
     * @param cue         a tense cue
     */
    record Word(int month, boolean strictMonth, boolean abbrev, int weekday, int number, int ordinal, Unit unit,
                boolean plural, Key key, int season, Integer zone, Cue cue) {
        static final Word EMPTY = new Word(0, false, false, 0, -1, 0, null, false, null, 0, null, null);

        Word merge(Word o) {
            return new Word(o.month != 0 ? o.month : month, o.strictMonth || strictMonth, o.abbrev || abbrev,
                    o.weekday != 0 ? o.weekday : weekday, o.number >= 0 ? o.number : number,
                    o.ordinal != 0 ? o.ordinal : ordinal, o.unit != null ? o.unit : unit, o.plural || plural,
                    o.key != null ? o.key : key, o.season != 0 ? o.season : season, o.zone != null ? o.zone : zone,
                    o.cue != null ? o.cue : cue);
        }
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
    /** Month abbreviations, with their month; "sept" is common in wire copy. */
    private static final String[][] MONTH_ABBREVIATIONS = {{"jan", "1"}, {"feb", "2"}, {"mar", "3"}, {"apr", "4"},
            {"jun", "6"}, {"jul", "7"}, {"aug", "8"}, {"sep", "9"}, {"sept", "9"}, {"oct", "10"}, {"nov", "11"},
            {"dec", "12"}};
    /** Months whose name is also a common English word: read as months only when capitalised or in a date. */
    private static final String[] STRICT_MONTHS = {"march", "may", "august", "mar", "jan", "jun", "dec", "sep"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday"};
    private static final String[][] WEEKDAY_ABBREVIATIONS = {{"mon", "1"}, {"tue", "2"}, {"tues", "2"},
            {"wed", "3"}, {"thu", "4"}, {"thur", "4"}, {"thurs", "4"}, {"fri", "5"}, {"sat", "6"}, {"sun", "7"}};
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty"};
    private static final String[][] TENS = {{"thirty", "30"}, {"forty", "40"}, {"fifty", "50"}, {"sixty", "60"},
            {"seventy", "70"}, {"eighty", "80"}, {"ninety", "90"}, {"hundred", "100"}, {"dozen", "12"}};
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    private static final String[][] ORDINAL_TENS = {{"thirtieth", "30"}};
    private static final Object[][] UNITS = {{"minute", Unit.MINUTE}, {"hour", Unit.HOUR}, {"day", Unit.DAY},
            {"weekend", Unit.WEEKEND}, {"week", Unit.WEEK}, {"fortnight", Unit.FORTNIGHT}, {"month", Unit.MONTH},
            {"quarter", Unit.QUARTER}, {"year", Unit.YEAR}, {"decade", Unit.DECADE}, {"century", Unit.CENTURY}};
    private static final String[][] SEASONS = {{"spring", "1"}, {"summer", "2"}, {"autumn", "3"}, {"fall", "3"},
            {"winter", "4"}};
    /** Time zones wire copy prints after a time, with their offsets in minutes. */
    private static final Object[][] ZONES = {{"gmt", 0}, {"utc", 0}, {"z", 0}, {"bst", 60}, {"cet", 60},
            {"cest", 120}, {"eet", 120}, {"eest", 180}, {"msk", 180}, {"ist", 330}, {"pkt", 300}, {"ict", 420},
            {"wib", 420}, {"sgt", 480}, {"hkt", 480}, {"pht", 480}, {"awst", 480}, {"kst", 540}, {"jst", 540},
            {"aest", 600}, {"aedt", 660}, {"nzst", 720}, {"nzdt", 780}, {"est", -300}, {"edt", -240},
            {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
            {"et", -300}, {"pt", -480}};
    private static final Object[][] KEYS = {{"yesterday", Key.YESTERDAY}, {"today", Key.TODAY},
            {"tomorrow", Key.TOMORROW}, {"tonight", Key.TONIGHT}, {"last", Key.LAST}, {"next", Key.NEXT},
            {"this", Key.THIS}, {"coming", Key.COMING}, {"past", Key.PAST}, {"previous", Key.PREVIOUS},
            {"preceding", Key.PREVIOUS}, {"following", Key.FOLLOWING}, {"same", Key.SAME}, {"that", Key.THAT},
            {"early", Key.EARLY}, {"mid", Key.MID}, {"late", Key.LATE}, {"earlier", Key.EARLIER},
            {"later", Key.LATER}, {"end", Key.END}, {"beginning", Key.BEGINNING}, {"start", Key.START},
            {"middle", Key.MIDDLE}, {"half", Key.HALF}, {"ago", Key.AGO}, {"before", Key.BEFORE},
            {"after", Key.AFTER}, {"hence", Key.HENCE}, {"from", Key.FROM}, {"now", Key.NOW},
            {"since", Key.SINCE}, {"between", Key.BETWEEN}, {"and", Key.AND}, {"to", Key.TO},
            {"through", Key.THROUGH}, {"until", Key.UNTIL}, {"till", Key.UNTIL}, {"or", Key.OR}, {"of", Key.OF},
            {"the", Key.THE}, {"in", Key.IN}, {"on", Key.ON}, {"at", Key.AT}, {"for", Key.FOR}, {"by", Key.BY},
            {"during", Key.DURING}, {"within", Key.WITHIN}, {"over", Key.OVER}, {"every", Key.EVERY},
            {"each", Key.EACH}, {"a", Key.A}, {"an", Key.A}, {"am", Key.AM}, {"pm", Key.PM}, {"noon", Key.NOON},
            {"midday", Key.NOON}, {"midnight", Key.MIDNIGHT}, {"morning", Key.MORNING},
            {"afternoon", Key.AFTERNOON}, {"evening", Key.EVENING}, {"night", Key.NIGHT}, {"day", Key.DAY},
            {"annually", Key.ANNUALLY}, {"old", Key.OLD}, {"long", Key.LONG}, {"christmas", Key.CHRISTMAS},
            {"eve", Key.EVE}, {"new", Key.NEW}, {"halloween", Key.HALLOWEEN}, {"few", Key.FEW},
            {"several", Key.SEVERAL}, {"many", Key.MANY}, {"time", Key.TIME}};

    /** Auxiliaries and words that put a clause in the future. */
    private static final String[] FUTURE_CUES = {"will", "ll", "shall", "would", "going", "plan", "plans", "planned",
            "planning", "scheduled", "slated", "expected", "expects", "due", "upcoming", "forthcoming", "intends",
            "intend", "could", "might", "may", "aims", "aim", "proposed", "next", "tomorrow", "coming", "hopes", "wants", "anticipated", "prepares", "preparing", "looming", "awaiting", "forecast"};
    /** Verbs of timetables: in the present they announce what is scheduled ("the council meets on Tuesday"). */
    private static final String[] SCHEDULE_CUES = {"meets", "opens", "begins", "starts", "resumes", "ends", "closes",
            "runs", "returns", "arrives", "departs", "visits", "hosts", "faces", "launches", "convenes", "reopens"};
    /** Past-tense forms that do not end in -ed, and other words of the past. */
    private static final String[] PAST_CUES = {"was", "were", "had", "did", "said", "told", "met", "held", "went",
            "came", "took", "gave", "made", "began", "left", "saw", "won", "lost", "sent", "spoke", "wrote",
            "brought", "thought", "found", "got", "became", "fell", "rose", "led", "ran", "paid", "sold", "bought",
            "built", "kept", "felt", "knew", "meant", "struck", "fought", "caught", "taught", "stood", "understood",
            "shot", "chose", "drew", "drove", "flew", "grew", "threw", "broke", "stole", "wore", "woke", "forgot",
            "hid", "ate", "slept", "sat", "sang", "swam", "rang", "drank", "shook", "withdrew", "sought", "spent",
            "lent", "dealt", "fled", "fed", "heard", "laid", "swore", "tore", "upheld", "withheld", "arose", "awoke",
            "ago", "last", "yesterday", "earlier", "previously", "already", "been", "gone", "done", "seen", "taken",
            "given", "begun", "written", "spoken", "chosen", "known", "shown", "won", "wrote", "hit", "quit"};
    /** Words ending in -ed that are not past tenses, or that point forward. */
    private static final String[] NOT_PAST_ED = {"planned", "scheduled", "expected", "proposed", "slated",
            "anticipated", "intended", "need", "needed", "speed", "red", "bed", "seed", "feed", "breed", "shed", "led",
            "united", "bred", "embed", "indeed", "exceed", "proceed", "succeed", "weed", "greed", "heed", "reed",
            "tweed", "naked", "wicked", "sacred", "hundred", "kindred", "related", "based", "limited", "advanced",
            "supposed", "concerned", "interested", "detailed", "experienced", "armed", "qualified", "talented",
            "alleged", "renewed", "renowned", "aged", "beloved", "learned", "blessed", "crooked", "rugged",
            "biased", "balanced", "complicated", "sophisticated", "dedicated", "designated", "elected", "appointed"};

    private static final Map<String, Word> WORDS = new HashMap<>(1024);
    /** The longest word in the table: longer tokens are not looked up. */
    private static final int MAX_LENGTH;

    static {
        for (int m = 0; m < 12; m++) put(MONTHS[m], month(m + 1, false));
        for (String[] a : MONTH_ABBREVIATIONS) put(a[0], month(Integer.parseInt(a[1]), true));
        for (String s : STRICT_MONTHS) put(s, new Word(0, true, false, 0, -1, 0, null, false, null, 0, null, null));
        for (int d = 0; d < 7; d++) put(WEEKDAYS[d], weekday(d + 1, false));
        for (String[] a : WEEKDAY_ABBREVIATIONS) put(a[0], weekday(Integer.parseInt(a[1]), true));
        for (int n = 0; n < NUMBERS.length; n++) put(NUMBERS[n], number(n));
        for (String[] a : TENS) put(a[0], number(Integer.parseInt(a[1])));
        for (int n = 0; n < ORDINALS.length; n++) put(ORDINALS[n], ordinal(n + 1));
        for (String[] a : ORDINAL_TENS) put(a[0], ordinal(Integer.parseInt(a[1])));
        for (Object[] u : UNITS) {
            String s = (String) u[0];
            put(s, unit((Unit) u[1], false));
            put(s.equals("century") ? "centuries" : s + "s", unit((Unit) u[1], true));
        }
        for (String[] a : SEASONS) put(a[0], new Word(0, false, false, 0, -1, 0, null, false, null,
                Integer.parseInt(a[1]), null, null));
        for (Object[] z : ZONES) put((String) z[0], new Word(0, false, false, 0, -1, 0, null, false, null, 0,
                (Integer) z[1], null));
        for (Object[] k : KEYS) put((String) k[0], key((Key) k[1]));
        for (String s : FUTURE_CUES) put(s, cue(Cue.FUTURE));
        for (String s : PAST_CUES) put(s, cue(Cue.PAST));
        for (String s : SCHEDULE_CUES) put(s, cue(Cue.FUTURE));
        for (String s : NOT_PAST_ED) WORDS.putIfAbsent(s, Word.EMPTY);
        int max = 0;
        for (String s : WORDS.keySet()) max = Math.max(max, s.length());
        MAX_LENGTH = max;
    }

    private Lexicon() {
    }

    private static void put(String s, Word w) {
        WORDS.merge(s, w, Word::merge);
    }

    private static Word month(int m, boolean abbrev) {
        return new Word(m, false, abbrev, 0, -1, 0, null, false, null, 0, null, null);
    }

    private static Word weekday(int d, boolean abbrev) {
        return new Word(0, false, abbrev, d, -1, 0, null, false, null, 0, null, null);
    }

    private static Word number(int n) {
        return new Word(0, false, false, 0, n, 0, null, false, null, 0, null, null);
    }

    private static Word ordinal(int n) {
        return new Word(0, false, false, 0, -1, n, null, false, null, 0, null, null);
    }

    private static Word unit(Unit u, boolean plural) {
        return new Word(0, false, false, 0, -1, 0, u, plural, null, 0, null, null);
    }

    private static Word key(Key k) {
        return new Word(0, false, false, 0, -1, 0, null, false, k, 0, null, null);
    }

    private static Word cue(Cue c) {
        return new Word(0, false, false, 0, -1, 0, null, false, null, 0, null, c);
    }

    /** The entry of {@code text[start, end)}, matched without case, or null; allocates nothing. */
    static Word lookup(String text, int start, int end) {
        int len = end - start;
        if (len > MAX_LENGTH) return null;
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + lower(text.charAt(i));
        for (int slot = mix(h) & (TABLE_KEYS.length - 1); TABLE_KEYS[slot] != null; slot = (slot + 1) & (TABLE_KEYS.length - 1)) {
            String k = TABLE_KEYS[slot];
            if (k.length() == len && text.regionMatches(true, start, k, 0, len)) return TABLE_VALUES[slot];
        }
        return null;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /** {@link #WORDS} as an open-addressing table probed by the lower-case hash of a text range. */
    private static final String[] TABLE_KEYS;
    private static final Word[] TABLE_VALUES;

    static {
        int size = Integer.highestOneBit(WORDS.size() * 4);
        TABLE_KEYS = new String[size];
        TABLE_VALUES = new Word[size];
        for (Map.Entry<String, Word> e : WORDS.entrySet()) {
            int slot = mix(e.getKey().hashCode()) & (size - 1);
            while (TABLE_KEYS[slot] != null) slot = (slot + 1) & (size - 1);
            TABLE_KEYS[slot] = e.getKey();
            TABLE_VALUES[slot] = e.getValue();
        }
    }

    /** Words after which an -ed form is still a verb ("announced Monday", "ordered on May 3", "walked off"). */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("on", "in", "at", "to", "from", "for",
            "by", "with", "into", "about", "after", "before", "that", "the", "a", "an", "his", "her", "its", "their",
            "him", "them", "it", "he", "she", "they", "we", "us", "off", "out", "up", "down", "away", "back", "over",
            "this", "last", "as", "and", "but", "or", "since", "until", "during", "again", "earlier", "later", "then",
            "there", "here", "not", "no", "some", "all", "more", "what", "how", "why", "when", "if", "whether", "our",
            "my", "your", "these", "those", "any", "only", "also", "just", "too", "of", "through");

    /** Verbs whose "to" is no plan ("damage appears to be widespread", "seemed to show"): they point nowhere. */
    private static final java.util.Set<String> RAISING = java.util.Set.of("appear", "appears", "appeared", "appearing",
            "seem", "seems", "seemed", "seeming", "proved", "proves", "prove", "happen", "happens", "happened", "tend",
            "tends", "tended", "used", "continue", "continues", "continued");

    /** Words before an infinitive's "to" searched for the past verb that governs it. */
    private static final int INFINITIVE_REACH = 8;

    /**
     * Whether a past verb other than a verb of intention stands just before the "to" at {@code to}
     * ("asked for messages to be handed over", "expanded the zone to cover"). "promised to review"
     * still points forward: the promise is of what is to come.
     */
    private static boolean pastBefore(Tokens t, int to) {
        for (int k = to - 1, words = 0; k >= 0 && words < INFINITIVE_REACH; k--) {
            if (!t.isWord(k)) {
                char c = t.text.charAt(t.start[k]);
                if (c == ',' || c == ';' || c == ':' || c == '.' || c == '"' || c == '\u201c' || c == '\u201d') return false;
                continue; // "(Ulez)", a hyphen
            }
            words++;
            String w = t.str(k).toLowerCase(Locale.ROOT);
            if (INTENT.contains(w)) return pastAuxiliaryBefore(t, k); // "was originally expected to launch on October 15"
            Word lex = t.word(k);
            if (lex != null && lex.cue() == Cue.PAST) return true;
            if (lex == null && w.length() >= 5 && w.endsWith("ed") && (t.flags[k] & Tokens.CAP) == 0) return true;
        }
        return false;
    }

    /** Adverbs that tell a plan was superseded ("was originally expected to launch on October 15"). */
    private static final java.util.Set<String> SUPERSEDED = java.util.Set.of("originally", "initially", "previously",
            "once", "first");

    /**
     * Whether the plan at token {@code k} is one made before and given up: "was", "were" or "had"
     * with an adverb of supersession ("was originally expected to launch on October 15"), "been" or
     * one adverb between at most. Such a plan's date points nowhere. A plain "was slated to" is
     * reported speech of a plan that still stands, and "had been due to start on Aug. 30" may still
     * lie ahead.
     */
    private static boolean pastAuxiliaryBefore(Tokens t, int k) {
        boolean superseded = false;
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (!t.isWord(j)) return false;
            String w = t.str(j).toLowerCase(Locale.ROOT);
            if (w.equals("was") || w.equals("were") || w.equals("had")) return superseded;
            superseded |= SUPERSEDED.contains(w);
            if (!w.equals("been") && !w.endsWith("ly") && !SUPERSEDED.contains(w)) return false;
        }
        return false;
    }

    /** Verbs and adjectives of intention or plan before "to": the infinitive after them lies ahead. */
    private static final java.util.Set<String> INTENT = java.util.Set.of("promised", "pledged", "vowed", "agreed",
            "decided", "planned", "intended", "hoped", "wanted", "aimed", "sought", "threatened", "offered", "expected",
            "scheduled", "slated", "set", "due", "going", "about", "likely", "ready", "prepared", "proposed", "voted",
            "failed", "refused", "declined");

    /** A lower-case word in a single "s" ("ministers", not "discuss" or "focus"): a plural noun, no verb after "to". */
    private static boolean pluralNoun(Tokens t, int i) {
        String w = t.str(i);
        int n = w.length();
        return n > 3 && w.charAt(n - 1) == 's' && w.charAt(n - 2) != 's' && w.charAt(n - 2) != 'u' && w.charAt(n - 2) != 'i';
    }

    private static boolean raising(Tokens t, int i) {
        return i >= 0 && t.isWord(i) && RAISING.contains(t.str(i).toLowerCase(Locale.ROOT));
    }

    /** Pronouns that are subjects: a word in -ed after one is a verb. */
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i", "it",
            "you", "who");

    /**
     * The tense word {@code i} signals: a table entry, else an -ed ending of a word of five letters
     * or more used as a verb (not "covered market", where a noun follows, unless a subject stands
     * before it: "Israel warned people"). A past form after "be" is a passive whose tense is the
     * auxiliary's ("will be played"), so it signals nothing; "set" points forward only as "set to"
     * or "set for"; "could" points forward, "could not" back; "to be" and an infinitive ("to
     * review") forward, unless a past verb that is no verb of intention governs it ({@link
     * #pastBefore}); a scheduling verb in the present ("the council meets on Tuesday") forward.
     */
    /** Possessive determiners: "her last day" is her final one. */
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("her", "his", "their", "its", "my", "our",
            "your");

    static Cue cue(Tokens t, int i) {
        if (!t.isWord(i)) return null;
        Word w = t.word(i);
        if (w != null && w.cue() == null && !t.is(i, "set") && !t.is(i, "to")) return null;
        if (t.is(i, "set")) return t.is(i + 1, "to") || t.is(i + 1, "for") ? Cue.FUTURE : null;
        if (t.is(i, "could") && t.is(i + 1, "not")) return Cue.PAST; // "could not fly on Tuesday": what did not happen
        // "her last day is April 1": a possessive's last is the final one, not a past one
        if (t.is(i, "last") && i > 0 && POSSESSIVES.contains(t.str(i - 1).toLowerCase(Locale.ROOT))) return null;
        if (t.is(i, "be") && t.is(i - 1, "to")) {
            // "the summit, to be held Oct. 14"; but "asked for messages to be handed over in September" points nowhere
            return raising(t, i - 2) || pastBefore(t, i - 1) ? null : Cue.FUTURE;
        }
        // "promised to review the quotas by Oct. 15": an infinitive points forward; "were sent to ministers" is
        // no infinitive (a plural noun), and "expanded the zone to cover London in August" tells of the past
        if (t.is(i, "to") && !raising(t, i - 1) && t.isWord(i + 1) && !t.cap(i + 1) && t.word(i + 1) == null
                && !FUNCTION_WORDS.contains(t.str(i + 1).toLowerCase(Locale.ROOT)) && !pluralNoun(t, i + 1)) {
            return pastBefore(t, i) ? null : Cue.FUTURE;
        }
        Cue c = w != null ? w.cue() : null;
        if (c == null) {
            int s = t.start[i], e = t.end[i];
            if (e - s < 5 || (t.text.charAt(e - 1) | 0x20) != 'd' || (t.text.charAt(e - 2) | 0x20) != 'e'
                    || (t.flags[i] & Tokens.CAP) != 0) {
                return null;
            }
            // an adjective before its noun ("the detailed plan"), unless a subject stands before it ("Israel
            // warned people", "they tested missiles")
            boolean subject = i > 0 && t.isWord(i - 1) && !t.attached(i) && (t.cap(i - 1) && !t.is(i - 2, "the")
                    || SUBJECT_PRONOUNS.contains(t.str(i - 1).toLowerCase(Locale.ROOT)));
            if (!subject && t.isWord(i + 1) && !t.cap(i + 1) && !t.newlineBefore(i + 1)
                    && !FUNCTION_WORDS.contains(t.str(i + 1).toLowerCase(Locale.ROOT))) {
                return null;
            }
            c = Cue.PAST;
        }
        if (c == Cue.PAST && (t.is(i - 1, "be") || t.is(i - 1, "being"))) return null;
        // "was originally expected on October 15": a plan given up points nowhere
        if (c == Cue.FUTURE && INTENT.contains(t.str(i).toLowerCase(Locale.ROOT)) && pastAuxiliaryBefore(t, i)) return null;
        return c;
    }
}
