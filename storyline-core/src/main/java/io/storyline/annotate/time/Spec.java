package io.storyline.annotate.time;

import io.storyline.annotate.time.Lexicon.Key;
import io.storyline.annotate.time.Lexicon.Unit;

/**
 * What a recognised time expression says, before it is placed on the calendar: the parsed form
 * the {@link Resolver} turns into a value once it knows the reference, the tense and the
 * narrative time around it.
 */
sealed interface Spec {

    /**
     * Calendar pieces: "Feb. 27", "February 2019", "2018", "last June 12", "June 12 last year".
     *
     * @param year      the stated year, or null
     * @param month     1..12, or 0 for a bare year
     * @param day       1..31, or 0 for a month or year
     * @param yearShift a year stated relative to the reference ("last year" = -1), or null
     * @param mod       LAST, NEXT, THIS or null
     * @param weekday   a weekday printed beside the date (1..7), or 0
     */
    record Cal(Integer year, int month, int day, Integer yearShift, Key mod, int weekday) implements Spec {
        static Cal of(Integer year, int month, int day) {
            return new Cal(year, month, day, null, null, 0);
        }

        Cal withYear(Integer y) {
            return new Cal(y, month, day, yearShift, mod, weekday);
        }

        Cal withMonth(int m) {
            return new Cal(year, m, day, yearShift, mod, weekday);
        }
    }

    /**
     * A numeric date whose day and month order the print does not settle ("03-02-2021"): the
     * reading nearer the reference wins, else {@code first}, the reading its separator and time
     * zone suggest.
     */
    record Either(Cal first, Cal second) implements Spec {
    }

    /** "Monday", "last Friday", "this coming Tuesday". */
    record Weekday(int day, Key mod) implements Spec {
    }

    /** "yesterday" (-1), "today", "tonight", "this morning" (0), "tomorrow" (+1), "last night" (-1). */
    record Today(int offset) implements Spec {
    }

    /**
     * A whole calendar unit relative to the reference ("last week", "this month", "next year") or,
     * when anaphoric, to the narrative time ("the following week", "that day", "the previous year").
     */
    record CalUnit(Unit unit, int offset, boolean anaphoric) implements Spec {
    }

    /** A point shifted by whole units: "two days ago" (-2, deictic), "three weeks later" (+3, anaphoric). */
    record Shift(Unit unit, int amount, boolean anaphoric) implements Spec {
    }

    /** Parts of a unit. */
    enum PartKind {
        EARLY, MID, LATE, START, END, FIRST_HALF, SECOND_HALF, Q1, Q2, Q3, Q4, EARLIER_THIS, LATER_THIS
    }

    /** "early 2019", "mid-July", "late last year", "the first half of 2020", "later this month". */
    record Part(Spec inner, PartKind kind) implements Spec {
    }

    /** The whole unit holding a time: "the week of July 22". */
    record UnitOf(Unit unit, Spec inner) implements Spec {
    }

    /** "Feb. 27 and 28", "Feb. 27-28", "between March 3 and 5", "from 2018 to 2020". */
    record Range(Spec from, Spec to) implements Spec {
    }

    /** "the past 25 years" (future false), "the next two weeks" (future true): the span up to or from the reference. */
    record Stretch(Unit unit, int amount, boolean future) implements Spec {
    }

    /** "since 2006": from a time to the reference. */
    record Since(Spec from) implements Spec {
    }

    /** "two years", "the two-day meeting": a length, not a place on the calendar. */
    record Length(Unit unit, int amount) implements Spec {
    }

    /**
     * A time of day, "3 p.m.", "15:35 IST", "noon", on a given day or on the day of its context.
     *
     * @param zone offset in minutes, or null when none is printed
     * @param day  the day printed with it, or null
     */
    record Clock(int hour, int minute, Integer zone, Spec day) implements Spec {
    }

    /** "the 1990s" (1990, 10), "the 20th century" (1900, 100). */
    record Years(int first, int length) implements Spec {
    }

    /** "last summer", "spring 2019": 1 spring .. 4 winter. */
    record Season(int season, Integer year, Key mod) implements Spec {
    }

    /** A recurring time: "every Monday", "annually"; its value is printed as is. */
    record Recurring(String value) implements Spec {
    }
}
