package io.storyline.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar days an ISO 8601 value covers: a day ({@code 2019-02-27}, also with a time), an ISO
 * week ({@code 2019-W09}), a month, a year, or an interval of those ({@code 2019-02-27/2019-02-28}).
 * Used to order events and to compare their times at the precision each is known.
 *
 * @param start first day (inclusive)
 * @param end   last day (inclusive)
 */
public record DateRange(LocalDate start, LocalDate end) implements Comparable<DateRange> {
    /** ISO forms a date value takes (compiled once: parsing runs for every story candidate). */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            WEEK = java.util.regex.Pattern.compile("\\d{4}-W\\d{2}"), MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}"),
            YEAR = java.util.regex.Pattern.compile("\\d{4}");

    public DateRange {
        if (start == null || end == null || end.isBefore(start)) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }

    /** The range of a value, or null when it is no calendar value (a duration, "XXXX", garbage). */
    public static DateRange parse(String value) {
        if (value == null || value.isEmpty()) return null;
        int slash = value.indexOf('/');
        if (slash > 0) {
            DateRange a = parse(value.substring(0, slash)), b = parse(value.substring(slash + 1));
            if (a == null || b == null || b.end.isBefore(a.start)) return a;
            return new DateRange(a.start, b.end);
        }
        try {
            String v = value;
            int tee = v.indexOf('T');
            if (tee > 0) v = v.substring(0, tee);
            if (DAY.matcher(v).matches()) {
                LocalDate d = LocalDate.parse(v);
                return new DateRange(d, d);
            }
            if (WEEK.matcher(v).matches()) {
                int y = Integer.parseInt(v.substring(0, 4)), w = Integer.parseInt(v.substring(6));
                LocalDate d = LocalDate.of(y, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                return new DateRange(d, d.plusDays(6));
            }
            if (MONTH.matcher(v).matches()) {
                YearMonth m = YearMonth.parse(v);
                return new DateRange(m.atDay(1), m.atEndOfMonth());
            }
            if (YEAR.matcher(v).matches()) {
                int y = Integer.parseInt(v);
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Number of days covered. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean overlaps(DateRange o) {
        return !o.end.isBefore(start) && !o.start.isAfter(end);
    }

    /** Whether this range lies inside {@code o}. */
    public boolean within(DateRange o) {
        return !start.isBefore(o.start) && !end.isAfter(o.end);
    }

    /** Days between the ranges (0 when they overlap). */
    public long gap(DateRange o) {
        if (overlaps(o)) return 0;
        return end.isBefore(o.start) ? ChronoUnit.DAYS.between(end, o.start) : ChronoUnit.DAYS.between(o.end, start);
    }

    /** By start, then the more precise (shorter) first. */
    @Override
    public int compareTo(DateRange o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
