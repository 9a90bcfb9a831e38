package io.storyline.annotate.time;

import io.storyline.annotate.time.Lexicon.Key;
import io.storyline.annotate.time.Lexicon.Unit;
import io.storyline.annotate.time.Lexicon.Word;
import io.storyline.annotate.time.Spec.Cal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds time expressions in tokens: a hand-written grammar tried only at tokens that can start
 * one (a number, a month or weekday name, a relative word), taking the longest form there and
 * moving past it. Each attempt looks at a bounded number of tokens, so a text of any shape is
 * scanned in linear time. One instance per text; not shared.
 */
final class Recognizer {
    /** An expression over tokens {@code [from, to)}; a null spec consumes tokens without tagging them ("25-year-old"). */
    record Match(int from, int to, Spec spec) {
    }

    /** Words that may stand before a bare month or year ("in May", "since 2006"). */
    private static final Set<Key> CALENDAR_PREPOSITIONS = EnumSet.of(Key.IN, Key.SINCE, Key.UNTIL, Key.BY, Key.FROM,
            Key.TO, Key.THROUGH, Key.BETWEEN, Key.DURING, Key.BEFORE, Key.AFTER, Key.OF, Key.EARLY, Key.LATE, Key.MID,
            Key.LAST, Key.NEXT, Key.THIS, Key.PAST, Key.COMING, Key.FOR, Key.OVER, Key.WITHIN);
    /** Words after which "a day", "an hour" reads as a length. */
    private static final Set<Key> LENGTH_PREPOSITIONS = EnumSet.of(Key.FOR, Key.OVER, Key.WITHIN, Key.IN,
            Key.DURING, Key.AFTER, Key.BEFORE);
    /** Words before "the" that make a season a time: "in the spring", "by the autumn". */
    private static final Set<Key> SEASON_PREPOSITIONS = EnumSet.of(Key.IN, Key.BY, Key.UNTIL, Key.DURING, Key.THROUGH,
            Key.SINCE, Key.FOR, Key.OVER);
    /** Words that can start an expression. */
    private static final Set<Key> TRIGGERS = EnumSet.of(Key.YESTERDAY, Key.TODAY, Key.TOMORROW, Key.TONIGHT,
            Key.LAST, Key.NEXT, Key.THIS, Key.COMING, Key.PAST, Key.THE, Key.EARLY, Key.MID, Key.LATE, Key.EARLIER,
            Key.LATER, Key.SINCE, Key.BETWEEN, Key.FROM, Key.EVERY, Key.EACH, Key.A, Key.ANNUALLY, Key.NOON,
            Key.MIDNIGHT, Key.CHRISTMAS, Key.NEW, Key.HALLOWEEN, Key.THAT);
    /** Lowest and highest numbers read as years. */
    private static final int MIN_YEAR = 1000, MAX_YEAR = 2199;

    private final Tokens t;
    /** Whether the text reports a game, whose "first quarter" and "second half" are periods of play (0: not yet known). */
    private int game;

    private Recognizer(Tokens t) {
        this.t = t;
    }

    /** Words of play that business and politics seldom use: two of them make a text the report of a game. */
    private static final java.util.Set<String> PLAY_WORDS = java.util.Set.of("rebounds", "assists", "touchdown",
            "touchdowns", "innings", "halftime", "overtime", "quarterback", "dunk", "layup", "buzzer", "scored",
            "turnovers", "interception", "fumble", "pointer", "pointers", "playoffs", "defensemen", "goalkeeper");

    /** Whether the text reports a game (read once, on the first quarter without a year). */
    private boolean reportsAGame() {
        if (game == 0) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int k = 0; k < t.size && seen.size() < 2; k++) {
                if (t.kind[k] == Tokens.WORD && t.end[k] - t.start[k] >= 4) {
                    String w = t.str(k).toLowerCase(java.util.Locale.ROOT);
                    if (PLAY_WORDS.contains(w)) seen.add(w);
                }
            }
            game = seen.size() >= 2 ? 1 : -1;
        }
        return game > 0;
    }

    /** The expressions in text order, not overlapping. */
    static List<Match> find(Tokens t) {
        Recognizer r = new Recognizer(t);
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            if (!r.trigger(i)) {
                i++;
                continue;
            }
            Match m = r.at(i);
            if (m == null || r.crossesLine(m)) {
                i++;
                continue;
            }
            if (m.spec() != null) out.add(m);
            i = Math.max(m.to(), i + 1);
            Match more = r.listed(m);
            if (more != null) {
                out.add(more);
                i = Math.max(more.to(), i);
            }
        }
        return out;
    }

    private boolean trigger(int i) {
        byte k = t.kind[i];
        if (k == Tokens.NUM) {
            if (i > 0 && t.attached(i) && t.kind[i - 1] == Tokens.WORD) return false; // a code: A320, CO2
            // the inside of a number: 2,500 or 3.14
            return !(i > 1 && t.attached(i) && (t.isPunct(i - 1, ',') || t.isPunct(i - 1, '.')) && t.attached(i - 1)
                    && t.kind[i - 2] == Tokens.NUM);
        }
        if (k == Tokens.PUNCT) {
            char c = t.text.charAt(t.start[i]);
            return (c == '\'' || c == '\u2019') && t.isNum(i + 1) && t.attached(i + 1);
        }
        Word w = t.word[i];
        if (w == null) return t.is(i, "q") && t.isNum(i + 1) && t.attached(i + 1);
        return w.month() > 0 || w.weekday() > 0 || w.season() > 0 || w.number() >= 0 || w.ordinal() > 0
                || (w.key() != null && TRIGGERS.contains(w.key()));
    }

    private boolean crossesLine(Match m) {
        for (int k = m.from() + 1; k < m.to(); k++) if (t.newlineBefore(k)) return true;
        return false;
    }

    private Key key(int i) {
        Word w = t.word(i);
        return w == null ? null : w.key();
    }

    private boolean isKey(int i, Key k) {
        return key(i) == k;
    }

    private Unit unit(int i) {
        Word w = t.word(i);
        return w == null ? null : w.unit();
    }

    private boolean singularUnit(int i) {
        Word w = t.word(i);
        return w != null && w.unit() != null && !w.plural();
    }

    // ---------------------------------------------------------------- dispatch

    private Match at(int i) {
        if (t.kind[i] == Tokens.NUM) return numeric(i);
        if (t.kind[i] == Tokens.PUNCT) return decade(i);
        Word w = t.word[i];
        if (w == null) return quarterCode(i);
        Key k = w.key();
        if (k != null) {
            Match m = switch (k) {
                case BETWEEN -> between(i);
                case FROM -> fromTo(i);
                case SINCE -> since(i);
                case THE -> the(i);
                case LAST, NEXT, THIS, COMING, PAST -> modified(i);
                case EARLY, MID, LATE -> part(i);
                case EARLIER, LATER -> earlierLater(i);
                case YESTERDAY, TODAY, TOMORROW, TONIGHT -> today(i);
                case EVERY, EACH -> every(i);
                case ANNUALLY -> new Match(i, i + 1, new Spec.Recurring("P1Y"));
                case NOON, MIDNIGHT -> new Match(i, i + 1, new Spec.Clock(k == Key.NOON ? 12 : 0, 0, null, null));
                case CHRISTMAS, NEW, HALLOWEEN -> holiday(i);
                case A -> amount(i);
                case THAT -> that(i);
                default -> null;
            };
            if (m != null || w.month() == 0 && w.weekday() == 0 && w.number() < 0) return m;
        }
        if (w.month() > 0) return extend(monthFirst(i, false));
        if (w.weekday() > 0) return weekday(i);
        if (w.number() >= 0) return amount(i);
        if (w.ordinal() > 0) return ordinal(i);
        if (w.season() > 0) return season(i, null, i);
        return null;
    }

    // ---------------------------------------------------------------- numbers

    /** A number said in digits or words ("25", "two", "twenty-five", "a"), or null. */
    private record Num(int value, int end, boolean article) {
    }

    private Num number(int i) {
        if (t.isNum(i) && t.digits(i) <= 3 && t.isPunct(i + 1, ',') && t.attached(i + 1) && t.attached(i + 2)
                && t.digits(i + 2) == 3 && t.isNum(i + 2)) {
            return new Num(t.num[i] * 1000 + t.num[i + 2], i + 3, false); // 2,500
        }
        if (t.isNum(i) && t.digits(i) <= 6) return new Num(t.num[i], i + 1, false);
        Word w = t.word(i);
        if (w == null) return null;
        if (w.key() == Key.A) return new Num(1, i + 1, true);
        if (w.number() < 0) return null;
        int v = w.number();
        if (v >= 20 && v < 100 && t.isDash(i + 1) && t.attached(i + 1) && t.attached(i + 2)) {
            Word u = t.word(i + 2);
            if (u != null && u.number() > 0 && u.number() < 10) return new Num(v + u.number(), i + 3, false);
        }
        return new Num(v, i + 1, false);
    }

    /** A day of the month, 1..31, with an ordinal suffix ("27th") when attached; returns the end or -1. */
    private int day(int i) {
        if (!t.isNum(i) || t.digits(i) > 2 || t.num[i] < 1 || t.num[i] > 31) return -1;
        int e = i + 1;
        if (t.isWord(e) && t.attached(e) && ordinalSuffix(e)) e++;
        // "May 5,000" and "Feb 27.5" are numbers, not days
        if ((t.isPunct(e, ',') || t.isPunct(e, '.')) && t.attached(e) && t.isNum(e + 1) && t.attached(e + 1)) return -1;
        if (t.isPunct(e, ':') && t.attached(e) && t.isNum(e + 1)) return -1;
        return e;
    }

    private boolean ordinalSuffix(int i) {
        return t.is(i, "st") || t.is(i, "nd") || t.is(i, "rd") || t.is(i, "th");
    }

    /** A four-digit year at {@code i}, not part of a longer number; returns its value or -1. */
    private int year4(int i) {
        if (!t.isNum(i) || t.digits(i) != 4 || t.num[i] < MIN_YEAR || t.num[i] > MAX_YEAR) return -1;
        int e = i + 1;
        if ((t.isPunct(e, ',') || t.isPunct(e, '.')) && t.attached(e) && t.isNum(e + 1) && t.attached(e + 1)) return -1;
        // "2014:12" (a verse, a ratio) is no year; "2010: I vent the idea" (a chronology's entry) is one
        if (t.isPunct(e, ':') && t.attached(e) && (t.isNum(e + 1) || t.isWord(e + 1)) && t.attached(e + 1)) return -1;
        if (t.isPunct(e, '%') || (t.isWord(e) && t.attached(e))) return -1;
        if (i > 0 && t.attached(i) && (t.isPunct(i - 1, '$') || t.isPunct(i - 1, '#') || t.isPunct(i - 1, ',')
                || t.isPunct(i - 1, '.') || t.kind[i - 1] == Tokens.WORD)) {
            return -1;
        }
        return t.num[i];
    }

    /** A month word at {@code i} read as a month; {@code dated} when a day or year stands beside it. */
    private int month(int i, boolean dated) {
        Word w = t.word(i);
        if (w == null || w.month() == 0) return 0;
        if ((w.abbrev() || w.strictMonth()) && !t.cap(i)) return 0;
        if (w.abbrev() && !dated) return 0;
        return w.month();
    }

    /** The end of a month word, past the full stop of an abbreviation ("Feb."). */
    private int monthEnd(int i) {
        Word w = t.word(i);
        return w != null && w.abbrev() && t.isPunct(i + 1, '.') && t.attached(i + 1) ? i + 2 : i + 1;
    }

    // ---------------------------------------------------------------- calendar dates

    /** "Feb. 27", "February 27, 2019", "Feb 2019", "May of 2019", or a bare month when {@code bare}. */
    private Match monthFirst(int i, boolean bare) {
        int m0 = t.word(i) == null ? 0 : t.word(i).month();
        if (m0 == 0) return null;
        int j = monthEnd(i);
        int d = day(j);
        if (d > 0 && month(i, true) > 0) {
            int dayValue = t.num[j];
            if (t.isPunct(d, ',') && year4(d + 1) > 0) return new Match(i, d + 2, Cal.of(t.num[d + 1], m0, dayValue));
            if (year4(d) > 0) return new Match(i, d + 1, Cal.of(t.num[d], m0, dayValue));
            return new Match(i, d, Cal.of(null, m0, dayValue));
        }
        int y = t.isPunct(j, ',') ? j + 1 : isKey(j, Key.OF) ? j + 1 : j;
        if (year4(y) > 0 && month(i, true) > 0) return new Match(i, y + 1, Cal.of(t.num[y], m0, 0));
        if (month(i, false) == 0) return null;
        if (!bare && !monthContext(i)) return null;
        return new Match(i, j, Cal.of(null, m0, 0));
    }

    /** A bare month needs a preposition or modifier before it: "in November", "since June", "in July and August". */
    private boolean monthContext(int i) {
        if (i == 0) return false;
        if (i >= 2 && (t.is(i - 1, "and") || t.is(i - 1, "or")) && t.word(i - 2) != null && t.word(i - 2).month() > 0
                && t.cap(i - 2) && t.cap(i)) {
            return true;
        }
        Key k = key(i - 1);
        if (k == Key.THE) return t.cap(i) && t.isWord(i + 1) && !t.cap(i + 1);
        return k != null && CALENDAR_PREPOSITIONS.contains(k);
    }

    /** "27 February", "27th of February 2019". */
    private Match dayFirst(int i) {
        int d = day(i);
        if (d < 0) return null;
        // "19. November 2021", the European way
        if (t.isPunct(d, '.') && t.attached(d) && t.word(d + 1) != null && t.word(d + 1).month() > 0 && t.cap(d + 1)) d++;
        int j = isKey(d, Key.OF) ? d + 1 : d;
        int m = month(j, true);
        if (m == 0) return null;
        int e = monthEnd(j);
        int y = t.isPunct(e, ',') ? e + 1 : e;
        if (year4(y) > 0) return new Match(i, y + 1, Cal.of(t.num[y], m, t.num[i]));
        return new Match(i, e, Cal.of(null, m, t.num[i]));
    }

    /** "2019-02-27", "2019/02/27", "02/27/2019", "27.02.2019", "03-02-2021". */
    private Match numericDate(int i) {
        if (!t.isNum(i) || !t.isNum(i + 2) || !t.isNum(i + 4)) return null;
        for (int k = i + 1; k <= i + 4; k++) if (!t.attached(k)) return null;
        char s1 = t.text.charAt(t.start[i + 1]), s2 = t.text.charAt(t.start[i + 3]);
        if (t.kind[i + 1] != Tokens.PUNCT || s1 != s2 || (s1 != '-' && s1 != '/' && s1 != '.')) return null;
        if (t.isNum(i + 6) && t.attached(i + 5) && t.attached(i + 6)
                && (t.isPunct(i + 5, s1) || t.isPunct(i + 5, '.'))) {
            return null; // a longer chain of numbers: a version, an address, a phone number
        }
        int a = t.num[i], b = t.num[i + 2], c = t.num[i + 4];
        if (t.digits(i) == 4) {
            if (t.digits(i + 2) > 2 || t.digits(i + 4) > 2 || !valid(a, b, c)) return null;
            return new Match(i, i + 5, Cal.of(a, b, c));
        }
        if (t.digits(i) > 2 || t.digits(i + 2) > 2) return null;
        int yd = t.digits(i + 4);
        int y;
        if (yd == 4) y = c;
        else if (yd == 2 && s1 == '/') y = c < 50 ? 2000 + c : 1900 + c;
        else return null;
        if (y < MIN_YEAR || y > MAX_YEAR) return null;
        boolean mdy = valid(y, a, b), dmy = valid(y, b, a);
        if (mdy && dmy && a != b) {
            Cal m = Cal.of(y, a, b), d = Cal.of(y, b, a);
            // slashes are the American order; dashes and dots the European one, and so are most time zones
            boolean dayFirst = s1 != '/' || zoneAfter(i + 5, false);
            return new Match(i, i + 5, dayFirst ? new Spec.Either(d, m) : new Spec.Either(m, d));
        }
        if (mdy) return new Match(i, i + 5, Cal.of(y, a, b));
        if (dmy) return new Match(i, i + 5, Cal.of(y, b, a));
        return null;
    }

    /** A time with a non-American zone follows within a few tokens. */
    private boolean zoneAfter(int i, boolean american) {
        for (int k = i; k < Math.min(t.size, i + 6); k++) {
            Word w = t.word(k);
            if (w != null && w.zone() != null && (t.flags[k] & Tokens.ALLCAPS) != 0) {
                return (w.zone() <= -180) == american;
            }
        }
        return false;
    }

    private static boolean valid(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1) return false;
        return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    /** A year in a context that makes it one ("in 2018", "the 2018 summit", "2018-19"). */
    private Match year(int i, boolean context) {
        int y = year4(i);
        if (y < 0) return null;
        if (!context && !yearContext(i)) return null;
        return new Match(i, i + 1, Cal.of(y, 0, 0));
    }

    private boolean yearContext(int i) {
        if (i == 0) return false;
        Key k = key(i - 1);
        if (k != null && (CALENDAR_PREPOSITIONS.contains(k) || k == Key.THE || k == Key.END)) return true;
        if ((k == Key.AND || k == Key.OR) && i >= 2 && year4(i - 2) > 0) return true;
        if (t.is(i - 1, "year") || t.is(i - 1, "fiscal") || t.is(i - 1, "copyright") || t.isPunct(i - 1, '\u00a9')
                || t.is(i - 1, "s") && t.attached(i - 1)) {
            return true;
        }
        Word w = t.word(i - 1);
        if (w != null && (w.season() > 0 || w.month() > 0)) return true;
        return t.isPunct(i - 1, '(') && t.isPunct(i + 1, ')');
    }

    // ---------------------------------------------------------------- extensions of a calendar date

    /**
     * After a date: a range ("Feb. 27-28", "Feb. 27 and 28", "March 30-April 2", "2018-2020"),
     * a year said relatively ("June 12 last year"), or a time of day ("Feb. 3, 2021, 10:00 a.m.").
     */
    private Match extend(Match m) {
        if (m == null || !(m.spec() instanceof Cal c)) return m;
        int j = m.to();
        // June 12 last year
        if (c.year() == null && c.month() > 0 && c.mod() == null) {
            Key k = key(j);
            if ((k == Key.LAST || k == Key.NEXT || k == Key.THIS) && t.is(j + 1, "year")) {
                return new Match(m.from(), j + 2, new Cal(null, c.month(), c.day(), k == Key.LAST ? -1 : k == Key.NEXT ? 1
                        : 0, null, c.weekday()));
            }
        }
        Match r = rangeAfter(m, c);
        if (r != null) return r;
        if (c.day() > 0) {
            int k = t.isPunct(j, ',') ? j + 1 : j;
            if (isKey(k, Key.AT)) k++;
            Match clock = clock(k);
            if (clock != null && clock.spec() instanceof Spec.Clock cl && cl.day() == null) {
                return new Match(m.from(), clock.to(), new Spec.Clock(cl.hour(), cl.minute(), cl.zone(), c));
            }
        }
        return m;
    }

    private boolean rangeWord(int j, boolean and) {
        if (t.isDash(j)) return true;
        Key k = key(j);
        return k == Key.TO || k == Key.THROUGH || k == Key.UNTIL || and && (k == Key.AND || k == Key.OR);
    }

    private Match rangeAfter(Match m, Cal c) {
        int j = m.to();
        if (c.day() > 0 && c.month() > 0 && rangeWord(j, true)) {
            boolean and = key(j) == Key.AND || key(j) == Key.OR;
            int d = day(j + 1);
            if (d > 0 && month(d, true) == 0) {
                int d2 = t.num[j + 1];
                Integer year = c.year();
                int end = d;
                int y = t.isPunct(d, ',') ? d + 1 : d;
                if (year == null && year4(y) > 0) {
                    year = t.num[y];
                    end = y + 1;
                }
                Cal from = c.withYear(year), to = Cal.of(year, c.month(), d2);
                if (d2 <= c.day()) return m;
                if (and && d2 != c.day() + 1) return m; // a list; listed() adds the second day
                return new Match(m.from(), end, new Spec.Range(from, to));
            }
            if (!and && t.word(j + 1) != null && t.word(j + 1).month() > 0) {
                Match second = monthFirst(j + 1, false);
                if (second != null && second.spec() instanceof Cal c2 && c2.day() > 0) {
                    Cal from = c.year() == null && c2.year() != null ? c.withYear(c2.year()) : c;
                    return new Match(m.from(), second.to(), new Spec.Range(from, c2));
                }
            }
        }
        if (c.day() == 0 && c.month() > 0 && rangeWord(j, false) && t.word(j + 1) != null) {
            Match second = monthFirst(j + 1, true);
            if (second != null && second.spec() instanceof Cal c2 && c2.day() == 0) {
                Cal from = c.year() == null && c2.year() != null ? c.withYear(c2.year()) : c;
                return new Match(m.from(), second.to(), new Spec.Range(from, c2));
            }
        }
        if (c.day() == 0 && c.month() == 0 && c.year() != null && rangeWord(j, false)) {
            int y2 = year4(j + 1);
            boolean tight = t.isDash(j) && t.attached(j) && t.attached(j + 1);
            if (y2 < 0 && tight && t.isNum(j + 1) && t.digits(j + 1) == 2) {
                int shortYear = t.num[j + 1];
                if (shortYear == (c.year() + 1) % 100) y2 = c.year() + 1;
            }
            if (y2 > c.year()) return new Match(m.from(), j + 2, new Spec.Range(c, Cal.of(y2, 0, 0)));
        }
        return null;
    }

    /** The second day of a list, "Feb. 27 and March 1" aside: "March 3 and 10" gives "10" as March 10. */
    private Match listed(Match m) {
        if (!(m.spec() instanceof Cal c) || c.day() == 0 || c.month() == 0) return null;
        int j = m.to();
        if (!(isKey(j, Key.AND) || isKey(j, Key.OR) || t.isPunct(j, ','))) return null;
        int d = day(j + 1);
        if (d < 0 || month(d, true) > 0 || t.num[j + 1] <= c.day()) return null;
        if (t.isNum(d) || unit(d) != null) return null;
        return new Match(j + 1, d, Cal.of(c.year(), c.month(), t.num[j + 1]));
    }

    // ---------------------------------------------------------------- numbers first

    private Match numeric(int i) {
        Match m = numericDate(i);
        if (m != null) return withClock(m);
        m = dayFirst(i);
        if (m != null) return extend(m);
        m = dayRange(i);
        if (m != null) return m;
        m = clock(i);
        if (m != null) return m;
        m = decade(i);
        if (m != null) return m;
        m = century(i);
        if (m != null) return m;
        m = year(i, false);
        if (m != null) return extend(m);
        return amount(i);
    }

    /** "27 and 28 February", "27-28 Feb 2019". */
    private Match dayRange(int i) {
        int d = day(i);
        if (d < 0 || !rangeWord(d, true)) return null;
        Match second = dayFirst(d + 1);
        if (second == null || !(second.spec() instanceof Cal c2) || t.num[i] >= c2.day()) return null;
        return new Match(i, second.to(), new Spec.Range(Cal.of(c2.year(), c2.month(), t.num[i]), c2));
    }

    private Match withClock(Match m) {
        int j = m.to();
        if (t.isPunct(j, ',') || isKey(j, Key.AT)) j++;
        Match clock = clock(j);
        if (clock != null && clock.spec() instanceof Spec.Clock cl && cl.day() == null) {
            return new Match(m.from(), clock.to(), new Spec.Clock(cl.hour(), cl.minute(), cl.zone(), m.spec()));
        }
        return m;
    }

    /** "15:35 IST", "3 p.m.", "10:30am", "0900 GMT". */
    private Match clock(int i) {
        if (!t.isNum(i)) return null;
        // "2014;6:38-72": a volume and page of a citation, not a time
        if (t.attached(i) && t.isPunct(i - 1, ';')) return null;
        int h = t.num[i], minute = 0, e;
        if (t.isPunct(i + 1, ':') && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2) && t.digits(i + 2) == 2) {
            if (t.digits(i) > 2 || h > 24 || t.num[i + 2] > 59) return null;
            minute = t.num[i + 2];
            e = i + 3;
            if (t.isPunct(e, ':') && t.attached(e) && t.isNum(e + 1) && t.digits(e + 1) == 2) e += 2;
            int mer = meridiem(e);
            if (mer != 0) {
                if (h > 12) return null;
                h = mer > 0 ? (h % 12) + 12 : h % 12;
                e = meridiemEnd(e);
            }
        } else if (t.digits(i) <= 2 && h >= 1 && h <= 12 && meridiem(i + 1) != 0) {
            h = meridiem(i + 1) > 0 ? (h % 12) + 12 : h % 12;
            e = meridiemEnd(i + 1);
        } else if (t.digits(i) == 4 && h % 100 < 60 && h / 100 < 24 && zone(i + 1) != null) {
            minute = h % 100;
            h = h / 100;
            e = i + 1;
        } else {
            return null;
        }
        Integer z = zone(e);
        if (z != null) e++;
        // "21:42, February 3, 2021"
        int d = t.isPunct(e, ',') ? e + 1 : e;
        Match date = t.word(d) != null && t.word(d).month() > 0 ? monthFirst(d, false) : t.isNum(d) ? dayFirst(d) : null;
        if (date != null && date.spec() instanceof Cal c && c.day() > 0 && c.year() != null) {
            return new Match(i, date.to(), new Spec.Clock(h, minute, z, c));
        }
        return new Match(i, e, new Spec.Clock(h, minute, z, null));
    }

    /** +1 for p.m., -1 for a.m., 0 for neither, at token {@code i}. */
    private int meridiem(int i) {
        Key k = key(i);
        if (k == Key.PM) return 1;
        if (k == Key.AM && (t.isNum(i - 1) || t.allCaps(i) || t.attached(i))) return -1;
        if ((t.is(i, "p") || t.is(i, "a")) && t.isPunct(i + 1, '.') && t.is(i + 2, "m") && t.attached(i + 1)
                && t.attached(i + 2)) {
            return t.is(i, "p") ? 1 : -1;
        }
        return 0;
    }

    private int meridiemEnd(int i) {
        if (key(i) == Key.PM || key(i) == Key.AM) return i + 1;
        return t.isPunct(i + 3, '.') && t.attached(i + 3) ? i + 4 : i + 3;
    }

    /** A time zone in capitals at {@code i}, as an offset in minutes, or null. */
    private Integer zone(int i) {
        Word w = t.word(i);
        if (w == null || w.zone() == null) return null;
        if (t.end[i] - t.start[i] > 1 && (t.flags[i] & Tokens.ALLCAPS) == 0) return null;
        if (t.end[i] - t.start[i] == 1 && !t.attached(i)) return null;
        return w.zone();
    }

    // ---------------------------------------------------------------- decades, centuries, quarters

    /** Years a plural year spans: "the 1800s" is a century, "the 1990s" and "the 2000s" a decade. */
    private static int span(int year) {
        return year % 100 == 0 && year < 2000 ? 100 : 10;
    }

    /** Words that may follow "the 2000's" read as a decade; a noun after it makes a possessive ("the 2020's best album"). */
    private static final java.util.Set<String> AFTER_DECADE = java.util.Set.of("when", "and", "or", "but", "as", "in",
            "on", "at", "with", "to", "of", "through", "until", "was", "were", "had", "before", "after", "while", "where");

    /** "1990s", "'90s", "the 2000's" (after "the", and not before a noun: "the 2020's best album" is a possessive). */
    private Match decade(int i) {
        if (t.isNum(i) && t.digits(i) == 4 && t.num[i] % 10 == 0 && t.is(i + 1, "s") && t.attached(i + 1)
                && t.num[i] >= MIN_YEAR && t.num[i] <= MAX_YEAR) {
            return new Match(i, i + 2, new Spec.Years(t.num[i], span(t.num[i])));
        }
        if (t.isNum(i) && t.digits(i) == 4 && t.num[i] % 10 == 0 && (t.isPunct(i + 1, '\'') || t.isPunct(i + 1, '\u2019'))
                && t.attached(i + 1) && t.is(i + 2, "s") && t.attached(i + 2) && t.num[i] >= MIN_YEAR && t.num[i] <= MAX_YEAR
                && (t.is(i - 1, "the") || t.is(i - 2, "the") && (t.is(i - 1, "early") || t.is(i - 1, "late") || t.is(i - 1, "mid")))
                && (i + 3 >= t.size || t.kind[i + 3] != Tokens.WORD || AFTER_DECADE.contains(t.str(i + 3).toLowerCase(java.util.Locale.ROOT)))) {
            return new Match(i, i + 3, new Spec.Years(t.num[i], span(t.num[i])));
        }
        if (i < t.size && t.kind[i] == Tokens.PUNCT && t.isNum(i + 1) && t.attached(i + 1) && t.digits(i + 1) == 2
                && t.num[i + 1] % 10 == 0 && t.is(i + 2, "s") && t.attached(i + 2)) {
            int y = t.num[i + 1];
            return new Match(i, i + 3, new Spec.Years(y >= 30 ? 1900 + y : 2000 + y, 10));
        }
        return null;
    }

    /** "20th century". */
    private Match century(int i) {
        if (!t.isNum(i) || t.digits(i) > 2 || !t.isWord(i + 1) || !t.attached(i + 1) || !ordinalSuffix(i + 1)) return null;
        int j = t.isDash(i + 2) && t.attached(i + 2) && t.attached(i + 3) ? i + 3 : i + 2;
        if (unit(j) != Unit.CENTURY || t.word(j).plural()) return null;
        int n = t.num[i];
        if (n < 1 || n > 21) return null;
        return new Match(i, j + 1, new Spec.Years((n - 1) * 100, 100));
    }

    /** "first quarter", "twentieth century", "twenty-first century". */
    private Match ordinal(int i) {
        int n = t.word(i).ordinal(), j = i + 1;
        if (t.isDash(j) && t.attached(j) && t.attached(j + 1) && unit(j + 1) != null) j++;
        if (unit(j) == Unit.QUARTER && n <= 4 && !t.word(j).plural()) {
            Match q = quarter(i, j + 1, n);
            // "late in the first quarter" of a game: a period of play, not of the calendar
            return q != null && q.spec() instanceof Spec.Part p && p.inner() instanceof Spec.CalUnit && reportsAGame() ? null : q;
        }
        if (unit(j) == Unit.CENTURY && !t.word(j).plural() && n <= 21) {
            return new Match(i, j + 1, new Spec.Years((n - 1) * 100, 100));
        }
        return null;
    }

    private Match twentyFirst(int i) {
        Word w = t.word(i);
        if (w == null || w.number() != 20 || !t.isDash(i + 1) || t.word(i + 2) == null) return null;
        int n = 20 + t.word(i + 2).ordinal();
        if (t.word(i + 2).ordinal() == 0 || unit(i + 3) != Unit.CENTURY) return null;
        return new Match(i, i + 4, new Spec.Years((n - 1) * 100, 100));
    }

    /** A quarter whose year follows ("of 2019", "of last year") or is the reference year. */
    private Match quarter(int from, int j, int n) {
        Spec.PartKind kind = Spec.PartKind.values()[Spec.PartKind.Q1.ordinal() + n - 1];
        if (isKey(j, Key.OF)) {
            Match inner = yearish(j + 1);
            if (inner != null) return new Match(from, inner.to(), new Spec.Part(inner.spec(), kind));
        }
        int y = year4(j);
        if (y > 0) return new Match(from, j + 1, new Spec.Part(Cal.of(y, 0, 0), kind));
        return new Match(from, j, new Spec.Part(new Spec.CalUnit(Unit.YEAR, 0, false), kind));
    }

    /** "Q1 2019", "Q3". */
    private Match quarterCode(int i) {
        if (!t.is(i, "q") || !t.cap(i) || !t.isNum(i + 1) || !t.attached(i + 1) || t.num[i + 1] < 1 || t.num[i + 1] > 4
                || t.digits(i + 1) != 1) {
            return null;
        }
        return quarter(i, i + 2, t.num[i + 1]);
    }

    /** A year or a year said relatively: "2019", "last year", "the year", "this year". */
    private Match yearish(int j) {
        Match y = year(j, true);
        if (y != null) return y;
        Key k = key(j);
        if ((k == Key.LAST || k == Key.NEXT || k == Key.THIS || k == Key.THE || k == Key.THAT) && t.is(j + 1, "year")) {
            int off = k == Key.LAST ? -1 : k == Key.NEXT ? 1 : 0;
            return new Match(j, j + 2, new Spec.CalUnit(Unit.YEAR, off, k == Key.THAT));
        }
        return null;
    }

    // ---------------------------------------------------------------- words first

    private Match weekday(int i) {
        Word w = t.word(i);
        int j = i + 1;
        if (w.abbrev()) {
            if (!t.cap(i)) return null;
            if (t.isPunct(j, '.') && t.attached(j)) j++;
        }
        int k = t.isPunct(j, ',') ? j + 1 : j;
        Match date = t.isNum(k) ? dayFirst(k) : t.word(k) != null && t.word(k).month() > 0 ? monthFirst(k, false) : null;
        if (date != null && date.spec() instanceof Cal c && c.day() > 0) {
            Match m = extend(new Match(date.from(), date.to(), new Cal(c.year(), c.month(), c.day(), null, null,
                    w.weekday())));
            return new Match(i, m.to(), m.spec());
        }
        if (w.abbrev()) return null;
        if (t.isWord(j) && t.cap(j) && !t.newlineBefore(j) && t.word(j) == null && i > 0 && t.isWord(i - 1)
                && !CALENDAR_PREPOSITIONS.contains(key(i - 1)) && !isKey(i - 1, Key.ON) && Lexicon.cue(t, i - 1) == null) {
            return null; // a name: "the Sunday Herald", "Friday Mosque"
        }
        return new Match(i, dayPart(j), new Spec.Weekday(w.weekday(), null));
    }

    /** Token {@code i} may stand just before a sentence's first word: a stop, a quote, a bracket. */
    private boolean sentenceOpener(int i) {
        if (t.kind[i] != Tokens.PUNCT) return false;
        char c = t.text.charAt(t.start[i]);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201c' || c == '(' || c == ':' || c == '-'
                || c == '\u2014' || c == '\u2013';
    }

    /** Past a part of the day after a day ("Tuesday night", "yesterday morning"). */
    private int dayPart(int j) {
        Key k = key(j);
        return k == Key.MORNING || k == Key.AFTERNOON || k == Key.EVENING || k == Key.NIGHT ? j + 1 : j;
    }

    private Match today(int i) {
        // "USA Today", "the Today show": a capital inside a sentence makes it a name
        if (t.cap(i) && i > 0 && !t.newlineBefore(i) && !sentenceOpener(i - 1)) return null;
        int off = switch (key(i)) {
            case YESTERDAY -> -1;
            case TOMORROW -> 1;
            default -> 0;
        };
        return new Match(i, key(i) == Key.TONIGHT ? i + 1 : dayPart(i + 1), new Spec.Today(off));
    }

    /** "last week", "next month", "this year", "last June 12", "next Monday", "last night", "past two years". */
    private Match modified(int i) {
        Key mod = key(i);
        int j = i + 1;
        if (mod == Key.THIS && isKey(j, Key.COMING)) {
            mod = Key.COMING;
            j++;
        }
        Word w = t.word(j);
        if (w == null) return null;
        if (w.unit() != null && !w.plural()) {
            if (isKey(j + 1, Key.OF) || w.unit().clock() || w.unit() == Unit.DAY) return null;
            if (mod == Key.PAST) return new Match(i, j + 1, new Spec.Stretch(w.unit(), 1, false));
            int off = mod == Key.LAST ? -1 : mod == Key.NEXT ? 1 : mod == Key.COMING && w.unit() != Unit.WEEKEND ? 1 : 0;
            return new Match(i, j + 1, new Spec.CalUnit(w.unit(), off, false));
        }
        Num n = number(j);
        if (n != null && !n.article() && (mod == Key.PAST || mod == Key.LAST || mod == Key.NEXT || mod == Key.COMING)
                && unit(n.end()) != null && !unit(n.end()).clock()) {
            return new Match(i, n.end() + 1, new Spec.Stretch(unit(n.end()), n.value(), mod == Key.NEXT || mod == Key.COMING));
        }
        if (mod == Key.PAST) return null;
        Key calMod = mod == Key.COMING ? Key.NEXT : mod;
        if (w.month() > 0 && month(j, true) > 0) {
            Match m = monthFirst(j, true);
            if (m != null && m.spec() instanceof Cal c && c.year() == null) {
                return new Match(i, m.to(), new Cal(null, c.month(), c.day(), null, calMod, 0));
            }
            return null;
        }
        if (w.weekday() > 0 && !w.abbrev()) return new Match(i, dayPart(j + 1), new Spec.Weekday(w.weekday(), mod));
        if (w.season() > 0) return season(j, calMod, i);
        if (mod == Key.LAST && w.key() == Key.NIGHT) return new Match(i, j + 1, new Spec.Today(-1));
        if (mod == Key.THIS && (w.key() == Key.MORNING || w.key() == Key.AFTERNOON || w.key() == Key.EVENING)) {
            return new Match(i, j + 1, new Spec.Today(0));
        }
        return null;
    }

    /** "spring 2019", "last summer", "the winter of 2018". */
    private Match season(int j, Key mod, int from) {
        int s = t.word(j).season();
        int k = isKey(j + 1, Key.OF) ? j + 2 : j + 1;
        int y = year4(k);
        if (y > 0) return new Match(from, k + 1, new Spec.Season(s, y, mod));
        if (mod != null) return new Match(from, j + 1, new Spec.Season(s, null, mod));
        if (from == j && j >= 2 && isKey(j - 1, Key.THE) && SEASON_PREPOSITIONS.contains(key(j - 2)) && !isKey(j + 1, Key.OF)) {
            return new Match(j, j + 1, new Spec.Season(s, null, null));
        }
        return null;
    }

    /** "early 2019", "mid-July", "late last year", "early next week", "the early 1990s". */
    private Match part(int i) {
        Key k = key(i);
        Spec.PartKind kind = k == Key.EARLY ? Spec.PartKind.EARLY : k == Key.MID ? Spec.PartKind.MID : Spec.PartKind.LATE;
        int j = i + 1;
        if (t.isDash(j) && t.attached(j)) j++;
        else if (k == Key.MID) return null;
        Match inner = partInner(j);
        if (inner == null) return null;
        if (inner.spec() instanceof Spec.Weekday || inner.spec() instanceof Spec.Today
                || inner.spec() instanceof Cal c && c.day() > 0) {
            return new Match(i, inner.to(), inner.spec());
        }
        return new Match(i, inner.to(), new Spec.Part(inner.spec(), kind));
    }

    /** What a part word can modify. */
    private Match partInner(int j) {
        Word w = t.word(j);
        if (t.isNum(j)) {
            Match d = decade(j);
            if (d != null) return d;
            Match c = century(j);
            if (c != null) return c;
            return year(j, true);
        }
        if (j < t.size && t.kind[j] == Tokens.PUNCT) return decade(j);
        if (w == null) return null;
        if (w.month() > 0) return monthFirst(j, true);
        if (w.weekday() > 0 && !w.abbrev()) return new Match(j, dayPart(j + 1), new Spec.Weekday(w.weekday(), null));
        Key k = w.key();
        if (k == Key.LAST || k == Key.NEXT || k == Key.THIS) {
            Match m = modified(j);
            return m != null && (m.spec() instanceof Spec.CalUnit || m.spec() instanceof Cal
                    || m.spec() instanceof Spec.Weekday || m.spec() instanceof Spec.Season) ? m : null;
        }
        if (k == Key.YESTERDAY || k == Key.TODAY || k == Key.TOMORROW) return today(j);
        if (w.ordinal() > 0) return ordinal(j);
        if (w.number() == 20) return twentyFirst(j);
        return null;
    }

    /** "later this month", "earlier this year", "later today". */
    private Match earlierLater(int i) {
        Key k = key(i);
        int j = i + 1;
        if (isKey(j, Key.THIS) && singularUnit(j + 1) && !unit(j + 1).clock() && unit(j + 1) != Unit.DAY) {
            return new Match(i, j + 2, new Spec.Part(new Spec.CalUnit(unit(j + 1), 0, false),
                    k == Key.LATER ? Spec.PartKind.LATER_THIS : Spec.PartKind.EARLIER_THIS));
        }
        if (isKey(j, Key.TODAY) || isKey(j, Key.TONIGHT)) return new Match(i, j + 1, new Spec.Today(0));
        return null;
    }

    /** "the past 25 years", "the next day", "the following week", "the end of 2018", "the first half of 2020", "the 1990s". */
    private Match the(int i) {
        int j = i + 1;
        Word w = t.word(j);
        if (w == null) {
            if (t.isNum(j)) {
                Match d = decade(j);
                if (d != null) return d;
                return century(j);
            }
            return decade(j);
        }
        Key k = w.key();
        if (k == Key.PAST || k == Key.LAST || k == Key.NEXT || k == Key.COMING || k == Key.PREVIOUS || k == Key.FOLLOWING
                || k == Key.SAME) {
            int u = j + 1;
            if (singularUnit(u) && !unit(u).clock() && !isKey(u + 1, Key.OF)) {
                Unit unit = unit(u);
                return switch (k) {
                    case PAST, LAST -> unit == Unit.DAY ? null : new Match(i, u + 1, new Spec.Stretch(unit, 1, false));
                    case COMING -> new Match(i, u + 1, new Spec.CalUnit(unit, 1, false));
                    case PREVIOUS -> new Match(i, u + 1, new Spec.CalUnit(unit, -1, true));
                    case SAME -> new Match(i, u + 1, new Spec.CalUnit(unit, 0, true));
                    default -> new Match(i, u + 1, new Spec.CalUnit(unit, 1, true));
                };
            }
            if ((k == Key.NEXT || k == Key.FOLLOWING) && (isKey(u, Key.MORNING) || isKey(u, Key.EVENING)
                    || isKey(u, Key.AFTERNOON) || isKey(u, Key.NIGHT))) {
                return new Match(i, u + 1, new Spec.CalUnit(Unit.DAY, 1, true));
            }
            Num n = number(u);
            if (n != null && !n.article() && unit(n.end()) != null && !unit(n.end()).clock()
                    && (k == Key.PAST || k == Key.LAST || k == Key.NEXT || k == Key.COMING)) {
                return new Match(i, n.end() + 1, new Spec.Stretch(unit(n.end()), n.value(), k == Key.NEXT || k == Key.COMING));
            }
            return null;
        }
        if ((w.unit() == Unit.WEEK || w.unit() == Unit.WEEKEND) && !w.plural() && isKey(j + 1, Key.OF)) {
            Match inner = t.isNum(j + 2) ? dayFirst(j + 2) : t.word(j + 2) != null && t.word(j + 2).month() > 0
                    ? monthFirst(j + 2, false) : null;
            if (inner != null && inner.spec() instanceof Cal c && c.day() > 0) {
                return new Match(i, inner.to(), new Spec.UnitOf(w.unit(), c));
            }
            return null;
        }
        if (w.season() > 0) {
            Match m = season(j, null, j);
            return m != null && m.spec() instanceof Spec.Season s && s.year() != null ? m : null;
        }
        if (w.unit() == Unit.DAY && !w.plural()) {
            Key after = key(j + 1);
            if (after == Key.BEFORE && isKey(j + 2, Key.YESTERDAY)) return new Match(i, j + 3, new Spec.Today(-2));
            if (after == Key.AFTER && isKey(j + 2, Key.TOMORROW)) return new Match(i, j + 3, new Spec.Today(2));
            if ((after == Key.BEFORE || after == Key.AFTER) && clauseEnds(j + 2)) {
                return new Match(i, j + 2, new Spec.CalUnit(Unit.DAY, after == Key.BEFORE ? -1 : 1, true));
            }
            return null;
        }
        if (k == Key.END || k == Key.BEGINNING || k == Key.START || k == Key.MIDDLE) {
            if (!isKey(j + 1, Key.OF)) return null;
            Spec.PartKind kind = k == Key.END ? Spec.PartKind.END : k == Key.MIDDLE ? Spec.PartKind.MID : Spec.PartKind.START;
            Match inner = ofWhat(j + 2);
            return inner == null ? null : new Match(i, inner.to(), new Spec.Part(inner.spec(), kind));
        }
        if (w.ordinal() > 0) {
            int n = w.ordinal();
            if (t.is(j + 1, "half") && n <= 2 && isKey(j + 2, Key.OF)) {
                Match inner = ofWhat(j + 3);
                if (inner == null) return null;
                return new Match(i, inner.to(), new Spec.Part(inner.spec(),
                        n == 1 ? Spec.PartKind.FIRST_HALF : Spec.PartKind.SECOND_HALF));
            }
            Match o = ordinal(j);
            if (o != null) return o.spec() instanceof Spec.Years ? o : new Match(i, o.to(), o.spec());
            return null;
        }
        if (k == Key.EARLY || k == Key.MID || k == Key.LATE) {
            Match p = part(j);
            return p != null && p.spec() instanceof Spec.Part part && part.inner() instanceof Spec.Years ? p : null;
        }
        if (w.number() == 20) return twentyFirst(j);
        return null;
    }

    /** After "the end of", "the first half of": a month, a year, "the year", "this month", "next year". */
    private Match ofWhat(int j) {
        Word w = t.word(j);
        if (t.isNum(j)) return year(j, true);
        if (w == null) return null;
        if (w.month() > 0) return monthFirst(j, true);
        Key k = w.key();
        if ((k == Key.THE || k == Key.THIS || k == Key.LAST || k == Key.NEXT || k == Key.THAT) && singularUnit(j + 1)) {
            Unit u = unit(j + 1);
            if (u != Unit.YEAR && u != Unit.MONTH && u != Unit.WEEK && u != Unit.DECADE && u != Unit.CENTURY
                    && u != Unit.QUARTER) {
                return null;
            }
            int off = k == Key.LAST ? -1 : k == Key.NEXT ? 1 : 0;
            return new Match(j, j + 2, new Spec.CalUnit(u, off, k == Key.THAT));
        }
        return null;
    }

    private boolean clauseEnds(int j) {
        if (j >= t.size) return true;
        if (t.kind[j] != Tokens.PUNCT) return isKey(j, Key.AND) || isKey(j, Key.THAT) && false;
        char c = t.text.charAt(t.start[j]);
        return c == '.' || c == ',' || c == ';' || c == ')' || c == '"' || c == '\u201d';
    }

    /** "that day", "that week". */
    private Match that(int i) {
        Key k = key(i + 1);
        if (k == Key.MORNING || k == Key.AFTERNOON || k == Key.EVENING || k == Key.NIGHT) {
            return new Match(i, i + 2, new Spec.CalUnit(Unit.DAY, 0, true));
        }
        if (singularUnit(i + 1) && !unit(i + 1).clock() && !isKey(i + 2, Key.OF)) {
            return new Match(i, i + 2, new Spec.CalUnit(unit(i + 1), 0, true));
        }
        return null;
    }

    /** "every Monday", "each year", "every two weeks". */
    private Match every(int i) {
        Word w = t.word(i + 1);
        if (w == null) return null;
        if (w.weekday() > 0 && !w.abbrev()) return new Match(i, i + 2, new Spec.Recurring("XXXX-WXX-" + w.weekday()));
        if (w.unit() != null && !w.plural() && !w.unit().clock() && w.unit() != Unit.WEEKEND) {
            return new Match(i, i + 2, new Spec.Recurring(Resolver.duration(w.unit(), 1)));
        }
        Num n = number(i + 1);
        if (n != null && !n.article() && unit(n.end()) != null && t.word(n.end()).plural()) {
            return new Match(i, n.end() + 1, new Spec.Recurring(Resolver.duration(unit(n.end()), n.value())));
        }
        return null;
    }

    /** "Christmas", "Christmas Eve", "New Year's Day", "Halloween". */
    private Match holiday(int i) {
        if (!t.cap(i)) return null;
        Key k = key(i);
        if (k == Key.HALLOWEEN) return new Match(i, i + 1, Cal.of(null, 10, 31));
        if (k == Key.CHRISTMAS) {
            if (isKey(i + 1, Key.EVE) && t.cap(i + 1)) return new Match(i, i + 2, Cal.of(null, 12, 24));
            if (isKey(i + 1, Key.DAY) && t.cap(i + 1)) return new Match(i, i + 2, Cal.of(null, 12, 25));
            return new Match(i, i + 1, Cal.of(null, 12, 25));
        }
        // New Year's Day / Eve
        if (t.is(i + 1, "year") && t.cap(i + 1) && (t.isPunct(i + 2, '\'') || t.isPunct(i + 2, '\u2019'))
                && t.is(i + 3, "s") && t.cap(i + 4)) {
            if (isKey(i + 4, Key.DAY)) return new Match(i, i + 5, Cal.of(null, 1, 1));
            if (isKey(i + 4, Key.EVE)) return new Match(i, i + 5, Cal.of(null, 12, 31));
        }
        return null;
    }

    /** "two days ago", "three weeks later", "a year earlier", "two years", "the two-day meeting". */
    private Match amount(int i) {
        Num n = number(i);
        if (n == null) return null;
        int j = n.end();
        // hyphenated adjective: "two-day", "25-year"
        if (t.isDash(j) && t.attached(j) && t.attached(j + 1) && singularUnit(j + 1) && !n.article()) {
            int e = j + 2;
            if (t.isDash(e) && t.attached(e) && isKey(e + 1, Key.OLD)) return new Match(i, e + 2, null);
            if (t.isDash(e) && t.attached(e) && isKey(e + 1, Key.LONG)) e += 2;
            return new Match(i, e, new Spec.Length(unit(j + 1), n.value()));
        }
        Unit u = unit(j);
        if (u == null || n.value() <= 0 && !n.article()) return null;
        int k = j + 1;
        Key after = key(k);
        if (after == Key.AGO) return new Match(i, k + 1, new Spec.Shift(u, -n.value(), false));
        boolean comparative = t.is(k + 1, "than");
        if (comparative && (after == Key.LATER || after == Key.EARLIER)) return new Match(i, k, new Spec.Length(u, n.value()));
        if (after == Key.LATER || t.is(k, "afterwards") || t.is(k, "afterward")) {
            return new Match(i, k + 1, new Spec.Shift(u, n.value(), true));
        }
        if (after == Key.EARLIER) return new Match(i, k + 1, new Spec.Shift(u, -n.value(), true));
        if ((after == Key.BEFORE || after == Key.AFTER) && clauseEnds(k + 1)) {
            return new Match(i, k + 1, new Spec.Shift(u, after == Key.AFTER ? n.value() : -n.value(), true));
        }
        if (after == Key.FROM && isKey(k + 1, Key.NOW)) return new Match(i, k + 2, new Spec.Shift(u, n.value(), false));
        if (after == Key.HENCE) return new Match(i, k + 1, new Spec.Shift(u, n.value(), false));
        if (after == Key.OLD) return new Match(i, k + 1, null);
        if (n.article() && (after == Key.AFTER || after == Key.BEFORE)) return new Match(i, k, new Spec.Length(u, 1));
        if (n.article() || n.value() == 1 && t.word(i) != null) {
            Key before = i > 0 ? key(i - 1) : null;
            if ((before == null || !LENGTH_PREPOSITIONS.contains(before)) && !approximator(i - 1)) return null;
        }
        if (u == Unit.QUARTER || u == Unit.WEEKEND) return null;
        return new Match(i, k, new Spec.Length(u, n.value()));
    }

    /** Words that make "a year" a length: "more than a century", "nearly a decade". */
    private static final Set<String> APPROXIMATORS = Set.of("than", "least", "nearly", "almost", "about", "around",
            "some", "roughly", "only", "just", "barely", "over", "under", "half");

    private boolean approximator(int i) {
        return i >= 0 && t.isWord(i) && APPROXIMATORS.contains(t.str(i).toLowerCase(java.util.Locale.ROOT));
    }

    // ---------------------------------------------------------------- prepositions that make spans

    /** "since 2006", "since last June", "since Monday". */
    private Match since(int i) {
        Match x = calendarAt(i + 1);
        if (x == null || x.spec() instanceof Spec.Range || x.spec() instanceof Spec.Stretch) return null;
        return new Match(i, x.to(), new Spec.Since(x.spec()));
    }

    /** A calendar expression at {@code j} after a preposition that makes bare months and years dates. */
    private Match calendarAt(int j) {
        if (j >= t.size) return null;
        if (t.isNum(j)) {
            Match m = numericDate(j);
            if (m == null) m = dayFirst(j);
            if (m == null) m = decade(j);
            if (m == null) m = year(j, true);
            return m;
        }
        Word w = t.word(j);
        if (w == null) return null;
        if (w.month() > 0) return monthFirst(j, true);
        if (w.weekday() > 0) return weekday(j);
        Key k = w.key();
        if (k == null) return null;
        return switch (k) {
            case LAST, NEXT, THIS -> modified(j);
            case EARLY, MID, LATE -> part(j);
            case YESTERDAY, TODAY, TOMORROW -> today(j);
            case THE -> the(j);
            default -> null;
        };
    }

    /** "between March 3 and 5", "between 2018 and 2020". */
    private Match between(int i) {
        Match a = calendarAt(i + 1);
        if (a == null || !isKey(a.to(), Key.AND)) return null;
        return rangeEnd(i, a, a.to() + 1);
    }

    /** "from March 3 to 5", "from 2018 to 2020". */
    private Match fromTo(int i) {
        Match a = calendarAt(i + 1);
        if (a == null) return null;
        int j = a.to();
        if (!(isKey(j, Key.TO) || isKey(j, Key.THROUGH) || isKey(j, Key.UNTIL) || t.isDash(j))) return null;
        return rangeEnd(i, a, j + 1);
    }

    private Match rangeEnd(int i, Match a, int j) {
        if (!(a.spec() instanceof Cal c)) {
            Match b = calendarAt(j);
            return b == null ? null : new Match(i, b.to(), new Spec.Range(a.spec(), b.spec()));
        }
        int d = day(j);
        if (c.day() > 0 && d > 0 && month(d, true) == 0) {
            Integer year = c.year();
            int end = d;
            int y = t.isPunct(d, ',') ? d + 1 : d;
            if (year == null && year4(y) > 0) {
                year = t.num[y];
                end = y + 1;
            }
            return new Match(i, end, new Spec.Range(c.withYear(year), Cal.of(year, c.month(), t.num[j])));
        }
        Match b = calendarAt(j);
        if (b == null) return null;
        Spec from = c;
        if (b.spec() instanceof Cal c2 && c.year() == null && c2.year() != null) from = c.withYear(c2.year());
        return new Match(i, b.to(), new Spec.Range(from, b.spec()));
    }
}
