package io.storyline.model;

import java.util.Objects;

/**
 * A time expression in an article's text, normalised to the calendar.
 *
 * @param article   the article id
 * @param start     offset in the article text
 * @param end       end offset (exclusive)
 * @param text      the expression as printed ({@code text.substring(start, end)})
 * @param value     ISO 8601 value: a day, week ({@code 2019-W08}), month, year, an interval
 *                  ({@code 2019-02-27/2019-02-28}), or a duration ({@code P25Y}); null when it cannot be placed
 * @param precision how exactly the value is known
 * @param type      DATE, TIME, DURATION or SET
 * @param anchor    what it was resolved against: {@code absolute}, {@code published}, {@code dateline},
 *                  {@code narrative} (the time of the sentence's story) or {@code none}
 */
public record Timex(String article, int start, int end, String text, String value, Precision precision, String type,
                    String anchor) {
    public Timex {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
}
