package io.storyline.annotate.time;

import io.storyline.annotate.time.Lexicon.Cue;
import io.storyline.annotate.time.Lexicon.Key;
import io.storyline.annotate.time.Lexicon.Unit;
import io.storyline.annotate.time.Spec.Cal;
import io.storyline.model.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Places a {@link Spec} on the calendar: absolute forms as printed, deictic ones against the
 * reference (publication or dateline date), anaphoric ones ("a day later", "the following week")
 * against the narrative time, and underspecified ones (a month and day without a year, a bare
 * weekday) in the direction the tense gives. Stateless.
 */
final class Resolver {
    /**
     * Where an expression stands.
     *
     * @param ref          the reference day, or null when the article is undated
     * @param refAnchor    what the reference is: "published" or "dateline"
     * @param tense        the tense around the expression, or null
     * @param sentenceYear a year stated in the same sentence, or null
     * @param narrative    the time of the story told just before, or null
     * @param sentenceDay  a day stated in the same sentence, for times of day, or null
     */
    record Context(LocalDate ref, String refAnchor, Cue tense, Integer sentenceYear, Interval narrative,
                   Interval sentenceDay) {
    }

    /**
     * A stretch of the calendar with its ISO form.
     *
     * @param first first day
     * @param last  last day (inclusive)
     */
    record Interval(LocalDate first, LocalDate last, Precision precision, String iso) {
        static Interval day(LocalDate d) {
            return new Interval(d, d, Precision.DAY, d.toString());
        }

        static Interval week(LocalDate d) {
            LocalDate mon = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            String iso = pad(mon.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(mon.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            return new Interval(mon, mon.plusDays(6), Precision.WEEK, iso);
        }

        static Interval month(YearMonth m) {
            return new Interval(m.atDay(1), m.atEndOfMonth(), Precision.MONTH, pad(m.getYear(), 4) + "-" + pad(m.getMonthValue(), 2));
        }

        static Interval year(int y) {
            return new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, pad(y, 4));
        }

        /** From the start of {@code a} to the end of {@code b}, printed {@code a/b}; null when b ends before a starts. */
        static Interval span(Interval a, Interval b) {
            if (b.last.isBefore(a.first)) return null;
            if (a.iso.equals(b.iso)) return a;
            Precision p = a.precision.ordinal() >= b.precision.ordinal() ? a.precision : b.precision;
            String from = a.iso.indexOf('/') < 0 ? a.iso : a.iso.substring(0, a.iso.indexOf('/'));
            String to = b.iso.indexOf('/') < 0 ? b.iso : b.iso.substring(b.iso.indexOf('/') + 1);
            return new Interval(a.first, b.last, p, from.equals(to) ? from : from + "/" + to);
        }

        static Interval days(LocalDate a, LocalDate b) {
            return span(day(a), day(b));
        }

        static Interval months(YearMonth a, YearMonth b) {
            return span(month(a), month(b));
        }

        static Interval years(int a, int b) {
            return span(year(a), year(b));
        }

        /** The same instant printed at precision {@code p} (a day as its month, its year). */
        static Interval at(LocalDate d, Precision p) {
            return switch (p) {
                case YEAR -> year(d.getYear());
                case MONTH -> month(YearMonth.from(d));
                case WEEK -> week(d);
                default -> day(d);
            };
        }
    }

    /** {@code n} with leading zeros to {@code width} digits (no String.format: this runs per candidate day). */
    static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /**
     * A placed expression.
     *
     * @param interval where it lies, or null (durations, sets, unplaced)
     * @param value    the ISO value, or null
     * @param anchor   absolute, published, dateline, narrative or none
     * @param type     DATE, TIME, DURATION or SET
     */
    record Resolved(Interval interval, String value, Precision precision, String anchor, String type) {
    }

    /** How to choose among the candidate years of an underspecified date. */
    private enum Dir {
        PAST, FUTURE, STRICT_PAST, STRICT_FUTURE, NEAREST
    }

    private static final String ABSOLUTE = "absolute", NARRATIVE = "narrative", NONE = "none";

    private Resolver() {
    }

    static Resolved resolve(Spec spec, Context c) {
        return switch (spec) {
            case Spec.Length l -> new Resolved(null, duration(l.unit(), l.amount()), precisionOf(l.unit()), ABSOLUTE,
                    "DURATION");
            case Spec.Recurring r -> new Resolved(null, r.value(), null, ABSOLUTE, "SET");
            case Spec.Stretch s -> stretch(s, c);
            case Spec.Clock k -> clock(k, c);
            default -> {
                Placed p = place(spec, c);
                yield p == null || p.interval == null || !printable(p.interval)
                        ? new Resolved(null, null, null, NONE, "DATE")
                        : new Resolved(p.interval, p.interval.iso(), p.interval.precision(), p.anchor, "DATE");
            }
        };
    }

    /** Years ISO 8601 prints in four digits without agreement: 0000 to 9999. */
    private static boolean printable(Interval i) {
        return i.first().getYear() >= 0 && i.last().getYear() <= 9999;
    }

    /** An interval and what it rests on. */
    private record Placed(Interval interval, String anchor) {
    }

    private static Placed place(Spec spec, Context c) {
        return switch (spec) {
            case Cal cal -> cal(cal, c);
            case Spec.Either e -> either(e, c);
            case Spec.Weekday w -> weekday(w, c);
            case Spec.Today t -> c.ref == null ? null : new Placed(Interval.day(c.ref.plusDays(t.offset())), c.refAnchor);
            case Spec.CalUnit u -> calUnit(u, c);
            case Spec.Shift s -> shift(s, c);
            case Spec.Part p -> part(p, c);
            case Spec.Range r -> range(r, c);
            case Spec.UnitOf u -> {
                Placed in = place(u.inner(), c);
                yield in == null ? null : new Placed(unitAt(in.interval, u.unit(), 0), in.anchor);
            }
            case Spec.Since s -> since(s, c);
            case Spec.Years y -> new Placed(Interval.years(y.first(), y.first() + y.length() - 1), ABSOLUTE);
            case Spec.Season s -> season(s, c);
            case Spec.Clock k -> {
                Resolved r = clock(k, c);
                yield r.interval() == null ? null : new Placed(r.interval(), r.anchor());
            }
            default -> null;
        };
    }

    // ---------------------------------------------------------------- calendar

    private static Placed cal(Cal cal, Context c) {
        if (cal.year() != null) {
            Interval i = absolute(cal.year(), cal.month(), cal.day());
            return i == null ? null : new Placed(i, ABSOLUTE);
        }
        if (cal.month() == 0) return null;
        if (cal.yearShift() != null) {
            if (c.ref == null) return null;
            Interval i = absolute(c.ref.getYear() + cal.yearShift(), cal.month(), cal.day());
            return i == null ? null : new Placed(i, c.refAnchor);
        }
        if (cal.mod() == null && c.sentenceYear != null) {
            Interval i = absolute(c.sentenceYear, cal.month(), cal.day());
            return i == null ? null : new Placed(i, NARRATIVE);
        }
        if (c.ref == null) return null;
        Dir dir = cal.mod() == Key.LAST ? Dir.STRICT_PAST
                : cal.mod() == Key.NEXT ? Dir.STRICT_FUTURE
                : cal.mod() == Key.THIS ? null
                : direction(c.tense, Dir.NEAREST);
        if (dir == null) {
            Interval i = absolute(c.ref.getYear(), cal.month(), cal.day());
            return i == null ? null : new Placed(i, c.refAnchor);
        }
        Interval best = nearest(cal, c.ref, dir);
        // "led to the January 6 attack": a date naming an event is the nearest one, unless that lies
        // months ahead while the verb around it tells of the past
        if (c.tense == Cue.NAMED_PAST && best != null && best.first().isAfter(c.ref.plusDays(NAMED_PAST_AHEAD_DAYS))) {
            best = nearest(cal, c.ref, Dir.PAST);
        }
        // a month and day four years apart (Feb. 29) or a direction no candidate fits
        if (best == null) return null;
        return new Placed(best, c.refAnchor);
    }

    /** Most days ahead of the reference an event named by its date may lie when a past verb stands around it. */
    static final int NAMED_PAST_AHEAD_DAYS = 31;

    /** The month and day of {@code cal} in the year around {@code ref} nearest to it in direction {@code dir}, or null. */
    private static Interval nearest(Cal cal, LocalDate ref, Dir dir) {
        Interval best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            Interval i = absolute(y, cal.month(), cal.day());
            if (i == null || !fits(i, ref, dir)) continue;
            long d = distance(i, ref);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** An interval for printed pieces, or null when they are no date (Feb. 30). */
    static Interval absolute(int year, int month, int day) {
        if (month == 0) return Interval.year(year);
        YearMonth ym = YearMonth.of(year, month);
        if (day == 0) return Interval.month(ym);
        if (day > ym.lengthOfMonth()) return null;
        return Interval.day(ym.atDay(day));
    }

    private static Dir direction(Cue tense, Dir otherwise) {
        if (tense == Cue.PAST) return Dir.PAST;
        if (tense == Cue.FUTURE) return Dir.FUTURE;
        return otherwise;
    }

    /** Whether a candidate lies on the side of the reference the direction asks for. */
    private static boolean fits(Interval i, LocalDate ref, Dir dir) {
        return switch (dir) {
            case PAST -> !i.first().isAfter(ref);
            case FUTURE -> !i.last().isBefore(ref);
            case STRICT_PAST -> i.last().isBefore(ref);
            case STRICT_FUTURE -> i.first().isAfter(ref);
            case NEAREST -> true;
        };
    }

    private static long distance(Interval i, LocalDate ref) {
        if (!ref.isBefore(i.first()) && !ref.isAfter(i.last())) return 0;
        long a = Math.abs(i.first().toEpochDay() - ref.toEpochDay());
        long b = Math.abs(i.last().toEpochDay() - ref.toEpochDay());
        return Math.min(a, b);
    }

    private static Placed either(Spec.Either e, Context c) {
        Placed a = cal(e.first(), c), b = cal(e.second(), c);
        if (a == null) return b;
        if (b == null || c.ref == null) return a;
        return distance(b.interval, c.ref) < distance(a.interval, c.ref) ? b : a;
    }

    private static Placed weekday(Spec.Weekday w, Context c) {
        if (c.ref == null) return null;
        Dir dir = switch (w.mod() == null ? Key.THIS : w.mod()) {
            case LAST -> Dir.STRICT_PAST;
            case NEXT, COMING -> Dir.STRICT_FUTURE;
            default -> direction(c.tense, Dir.PAST);
        };
        int ref = c.ref.getDayOfWeek().getValue();
        int back = (ref - w.day() + 7) % 7, ahead = (w.day() - ref + 7) % 7;
        LocalDate d = switch (dir) {
            case PAST -> c.ref.minusDays(back);
            case STRICT_PAST -> c.ref.minusDays(back == 0 ? 7 : back);
            case FUTURE -> c.ref.plusDays(ahead);
            default -> c.ref.plusDays(ahead == 0 ? 7 : ahead);
        };
        return new Placed(Interval.day(d), c.refAnchor);
    }

    // ---------------------------------------------------------------- relative units

    /**
     * The base an anaphoric expression counts from: the narrative time; with none, no base ("Five
     * months later he released his first bourbon" counts from an event the text does not date, not
     * from the publication). A deictic one counts from the reference.
     */
    private static Placed base(boolean anaphoric, Context c) {
        if (anaphoric) return c.narrative == null ? null : new Placed(c.narrative, NARRATIVE);
        return c.ref == null ? null : new Placed(Interval.day(c.ref), c.refAnchor);
    }

    private static Placed calUnit(Spec.CalUnit u, Context c) {
        Placed b = base(u.anaphoric(), c);
        if (b == null) return null;
        Interval i = unitAt(b.interval, u.unit(), u.offset());
        return i == null ? null : new Placed(i, b.anchor);
    }

    /** The whole unit {@code offset} units from the one holding {@code base}, no finer than the base. */
    static Interval unitAt(Interval base, Unit unit, int offset) {
        LocalDate d = base.first();
        Precision bp = base.precision();
        if (coarser(bp, unit)) return shiftCoarse(base, unit, offset);
        return switch (unit) {
            case DAY, HOUR, MINUTE -> Interval.day(d.plusDays(offset));
            case WEEK -> Interval.week(d.plusWeeks(offset));
            case FORTNIGHT -> Interval.week(d.plusWeeks(2L * offset));
            case WEEKEND -> {
                LocalDate sat = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5).plusWeeks(offset);
                yield Interval.days(sat, sat.plusDays(1));
            }
            case MONTH -> Interval.month(YearMonth.from(d).plusMonths(offset));
            case QUARTER -> {
                YearMonth q = YearMonth.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * offset);
                yield Interval.months(q, q.plusMonths(2));
            }
            case YEAR -> Interval.year(d.getYear() + offset);
            case DECADE -> {
                int y = (d.getYear() / 10 + offset) * 10;
                yield Interval.years(y, y + 9);
            }
            case CENTURY -> {
                int y = (d.getYear() / 100 + offset) * 100;
                yield Interval.years(y, y + 99);
            }
        };
    }

    /** The base is known only coarser than the unit ("in 2018 ... a day later"): shift what is known. */
    private static Interval shiftCoarse(Interval base, Unit unit, int offset) {
        if (base.precision() == Precision.YEAR) {
            int years = unit == Unit.YEAR ? offset : unit == Unit.DECADE ? 10 * offset : unit == Unit.CENTURY ? 100 * offset : 0;
            return years == 0 ? base : Interval.year(base.first().getYear() + years);
        }
        if (base.precision() == Precision.MONTH) {
            int months = unit == Unit.MONTH ? offset : unit == Unit.QUARTER ? 3 * offset : 0;
            return months == 0 ? base : Interval.month(YearMonth.from(base.first()).plusMonths(months));
        }
        return Interval.week(base.first().plusWeeks(unit == Unit.WEEK ? offset : 0));
    }

    /** The base's precision is coarser than what the unit would give. */
    private static boolean coarser(Precision base, Unit unit) {
        int need = switch (unit) {
            case MINUTE, HOUR, DAY, WEEKEND -> Precision.DAY.ordinal();
            case WEEK, FORTNIGHT -> Precision.WEEK.ordinal();
            case MONTH, QUARTER -> Precision.MONTH.ordinal();
            default -> Precision.YEAR.ordinal();
        };
        return base.ordinal() > need;
    }

    private static Placed shift(Spec.Shift s, Context c) {
        Placed b = base(s.anaphoric(), c);
        if (b == null) return null;
        Interval base = b.interval;
        Unit u = s.unit();
        Interval i;
        if (coarser(base.precision(), u == Unit.WEEK ? Unit.DAY : u)) {
            i = shiftCoarse(base, u, s.amount());
        } else {
            LocalDate d = base.first();
            i = switch (u) {
                case MINUTE, HOUR -> Interval.day(d.plusDays(u == Unit.HOUR ? Math.floorDiv(s.amount(), 24) : 0));
                case DAY, WEEKEND -> Interval.day(d.plusDays(s.amount()));
                case WEEK -> Interval.day(d.plusWeeks(s.amount()));
                case FORTNIGHT -> Interval.day(d.plusWeeks(2L * s.amount()));
                case MONTH -> Interval.month(YearMonth.from(d).plusMonths(s.amount()));
                case QUARTER -> Interval.month(YearMonth.from(d).plusMonths(3L * s.amount()));
                case YEAR -> Interval.year(d.getYear() + s.amount());
                case DECADE -> Interval.year(d.getYear() + 10 * s.amount());
                case CENTURY -> Interval.year(d.getYear() + 100 * s.amount());
            };
        }
        return new Placed(i, b.anchor);
    }

    // ---------------------------------------------------------------- parts, ranges, spans

    private static Placed part(Spec.Part p, Context c) {
        Placed in = place(p.inner(), c);
        if (in == null) return null;
        Interval i = in.interval;
        LocalDate f = i.first(), l = i.last();
        Interval out = switch (i.precision()) {
            case MONTH -> partOfMonth(i, p.kind(), c.ref);
            case YEAR -> l.getYear() - f.getYear() >= 9 ? partOfYears(f.getYear(), l.getYear(), p.kind())
                    : partOfYear(f.getYear(), p.kind(), c.ref);
            case WEEK -> partOfWeek(f, p.kind(), c.ref);
            default -> i;
        };
        return new Placed(out == null ? i : out, in.anchor);
    }

    private static Interval partOfMonth(Interval m, Spec.PartKind kind, LocalDate ref) {
        LocalDate f = m.first(), l = m.last();
        return switch (kind) {
            case EARLY -> Interval.days(f, f.withDayOfMonth(10));
            case MID -> Interval.days(f.withDayOfMonth(11), f.withDayOfMonth(20));
            case LATE, END -> Interval.days(f.withDayOfMonth(21), l);
            case START -> Interval.days(f, f.withDayOfMonth(10));
            case FIRST_HALF -> Interval.days(f, f.withDayOfMonth(15));
            case SECOND_HALF -> Interval.days(f.withDayOfMonth(16), l);
            case LATER_THIS -> ref == null || !ref.isBefore(l) || ref.isBefore(f) ? m : Interval.days(ref.plusDays(1), l);
            case EARLIER_THIS -> ref == null || !ref.isAfter(f) || ref.isAfter(l) ? m : Interval.days(f, ref.minusDays(1));
            default -> m;
        };
    }

    private static Interval partOfYear(int y, Spec.PartKind kind, LocalDate ref) {
        YearMonth jan = YearMonth.of(y, 1);
        return switch (kind) {
            case EARLY -> Interval.months(jan, jan.plusMonths(3));
            case MID -> Interval.months(jan.plusMonths(4), jan.plusMonths(7));
            case LATE -> Interval.months(jan.plusMonths(8), jan.plusMonths(11));
            case START -> Interval.month(jan);
            case END -> Interval.month(jan.plusMonths(11));
            case FIRST_HALF -> Interval.months(jan, jan.plusMonths(5));
            case SECOND_HALF -> Interval.months(jan.plusMonths(6), jan.plusMonths(11));
            case Q1, Q2, Q3, Q4 -> {
                int q = kind.ordinal() - Spec.PartKind.Q1.ordinal();
                yield Interval.months(jan.plusMonths(3L * q), jan.plusMonths(3L * q + 2));
            }
            case LATER_THIS -> ref == null || ref.getYear() != y || ref.getMonthValue() == 12 ? Interval.year(y)
                    : Interval.months(YearMonth.from(ref).plusMonths(1), jan.plusMonths(11));
            case EARLIER_THIS -> ref == null || ref.getYear() != y || ref.getMonthValue() == 1 ? Interval.year(y)
                    : Interval.months(jan, YearMonth.from(ref).minusMonths(1));
        };
    }

    private static Interval partOfYears(int first, int last, Spec.PartKind kind) {
        int len = last - first + 1, third = len / 3;
        return switch (kind) {
            case EARLY, START -> Interval.years(first, first + third);
            case FIRST_HALF -> Interval.years(first, first + len / 2 - 1);
            case MID -> Interval.years(first + third, last - third);
            case LATE, END -> Interval.years(last - third, last);
            case SECOND_HALF -> Interval.years(first + len / 2, last);
            default -> Interval.years(first, last);
        };
    }

    private static Interval partOfWeek(LocalDate mon, Spec.PartKind kind, LocalDate ref) {
        LocalDate sun = mon.plusDays(6);
        return switch (kind) {
            case EARLY, START, FIRST_HALF -> Interval.days(mon, mon.plusDays(2));
            case MID -> Interval.days(mon.plusDays(1), mon.plusDays(3));
            case LATE, END, SECOND_HALF -> Interval.days(mon.plusDays(3), sun);
            case LATER_THIS -> ref == null || !ref.isBefore(sun) || ref.isBefore(mon) ? Interval.week(mon)
                    : Interval.days(ref.plusDays(1), sun);
            case EARLIER_THIS -> ref == null || !ref.isAfter(mon) || ref.isAfter(sun) ? Interval.week(mon)
                    : Interval.days(mon, ref.minusDays(1));
            default -> Interval.week(mon);
        };
    }

    private static Placed range(Spec.Range r, Context c) {
        Spec to = r.to();
        if (r.from() instanceof Cal f && f.year() == null && f.yearShift() == null && f.mod() == null && f.month() > 0
                && !(to instanceof Cal t0 && t0.year() == null && t0.yearShift() == null)) {
            // "from Nov. 13 through the end of the year": the start is the last such day before the end
            Placed b = place(to, c);
            if (b != null) {
                Interval start = null;
                for (int y = b.interval.last().getYear(); y >= b.interval.last().getYear() - 1 && start == null; y--) {
                    Interval i = absolute(y, f.month(), f.day());
                    if (i != null && !i.first().isAfter(b.interval.first())) start = i;
                }
                Interval s = start == null ? null : Interval.span(start, b.interval);
                if (s != null) return new Placed(s, b.anchor);
            }
        }
        Placed a = place(r.from(), c);
        if (a == null) return null;
        if (to instanceof Cal t && t.year() == null && t.yearShift() == null && t.month() > 0) {
            int y = a.interval.first().getYear();
            Interval b = absolute(y, t.month(), t.day());
            if (b != null && b.last().isBefore(a.interval.first())) b = absolute(y + 1, t.month(), t.day());
            if (b == null) return null;
            Interval s = Interval.span(a.interval, b);
            return s == null ? null : new Placed(s, a.anchor);
        }
        Placed b = place(to, c);
        if (b == null) return null;
        Interval s = Interval.span(a.interval, b.interval);
        return s == null ? null : new Placed(s, a.anchor.equals(ABSOLUTE) ? b.anchor : a.anchor);
    }

    private static Placed since(Spec.Since s, Context c) {
        Placed a = place(s.from(), c);
        if (a == null) return null;
        if (c.ref == null || a.interval.first().isAfter(c.ref)) return a;
        Interval end = Interval.at(c.ref, a.interval.precision() == Precision.WEEK ? Precision.DAY : a.interval.precision());
        Interval sp = Interval.span(a.interval, end);
        return sp == null ? a : new Placed(sp, c.refAnchor);
    }

    private static Resolved stretch(Spec.Stretch s, Context c) {
        if (c.ref == null) return new Resolved(null, null, null, NONE, "DURATION");
        LocalDate r = c.ref;
        int n = s.amount(), sign = s.future() ? 1 : -1;
        Interval i = switch (s.unit()) {
            case YEAR, DECADE, CENTURY -> {
                int years = n * (s.unit() == Unit.YEAR ? 1 : s.unit() == Unit.DECADE ? 10 : 100);
                yield s.future() ? Interval.years(r.getYear(), r.getYear() + years) : Interval.years(r.getYear() - years, r.getYear());
            }
            case MONTH, QUARTER -> {
                YearMonth m = YearMonth.from(r);
                long months = (long) n * (s.unit() == Unit.QUARTER ? 3 : 1);
                yield s.future() ? Interval.months(m, m.plusMonths(months)) : Interval.months(m.minusMonths(months), m);
            }
            default -> {
                LocalDate o = r.plusDays((long) sign * n * s.unit().days);
                yield s.future() ? Interval.days(r, o) : Interval.days(o, r);
            }
        };
        if (!printable(i)) return new Resolved(null, null, null, NONE, "DURATION");
        return new Resolved(i, i.iso(), i.precision(), c.refAnchor, "DURATION");
    }

    private static Placed season(Spec.Season s, Context c) {
        if (s.year() != null) return new Placed(seasonOf(s.season(), s.year()), ABSOLUTE);
        if (c.ref == null) return null;
        Dir dir = s.mod() == Key.LAST ? Dir.STRICT_PAST : s.mod() == Key.NEXT ? Dir.STRICT_FUTURE
                : s.mod() == Key.THIS ? Dir.NEAREST : direction(c.tense, Dir.NEAREST);
        Interval best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = c.ref.getYear() - 2; y <= c.ref.getYear() + 1; y++) {
            Interval i = seasonOf(s.season(), y);
            if (!fits(i, c.ref, dir)) continue;
            long d = distance(i, c.ref);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best == null ? null : new Placed(best, c.refAnchor);
    }

    /** Northern seasons by months; the winter of a year runs from its December into the next year. */
    private static Interval seasonOf(int season, int year) {
        YearMonth start = YearMonth.of(year, season == 4 ? 12 : season * 3);
        return Interval.months(start, start.plusMonths(2));
    }

    // ---------------------------------------------------------------- times and durations

    private static Resolved clock(Spec.Clock k, Context c) {
        Placed day = k.day() != null ? place(k.day(), c)
                : c.sentenceDay != null ? new Placed(c.sentenceDay, NARRATIVE)
                : c.ref != null ? new Placed(Interval.day(c.ref), c.refAnchor) : null;
        if (day == null || day.interval.precision() != Precision.DAY && day.interval.precision() != Precision.MINUTE) {
            return new Resolved(null, null, null, NONE, "TIME");
        }
        if (!printable(day.interval)) return new Resolved(null, null, null, NONE, "TIME");
        String v = day.interval.first() + String.format(Locale.ROOT, "T%02d:%02d", k.hour() % 24, k.minute()) + zone(k.zone());
        if (day.anchor.equals(ABSOLUTE) && k.day() == null) day = new Placed(day.interval, NARRATIVE);
        return new Resolved(day.interval, v, Precision.MINUTE, day.anchor, "TIME");
    }

    private static String zone(Integer minutes) {
        if (minutes == null) return "";
        if (minutes == 0) return "Z";
        int a = Math.abs(minutes);
        return String.format(Locale.ROOT, "%s%02d:%02d", minutes < 0 ? "-" : "+", a / 60, a % 60);
    }

    /** The ISO 8601 duration of {@code n} units: {@code P2Y}, {@code P3W}, {@code PT2H}. */
    static String duration(Unit u, int n) {
        return switch (u) {
            case MINUTE -> "PT" + n + "M";
            case HOUR -> "PT" + n + "H";
            case WEEKEND -> "P" + 2 * n + "D";
            case FORTNIGHT -> "P" + 2 * n + "W";
            case QUARTER -> "P" + 3 * n + "M";
            case DECADE -> "P" + 10 * n + "Y";
            case CENTURY -> "P" + 100 * n + "Y";
            default -> "P" + n + u.designator;
        };
    }

    private static Precision precisionOf(Unit u) {
        return switch (u) {
            case MINUTE, HOUR -> Precision.MINUTE;
            case DAY, WEEKEND -> Precision.DAY;
            case WEEK, FORTNIGHT -> Precision.WEEK;
            case MONTH, QUARTER -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }
}
