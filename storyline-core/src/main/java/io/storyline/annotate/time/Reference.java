package io.storyline.annotate.time;

import io.storyline.model.DateValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The day relative expressions count from, and what it is.
 *
 * @param day    the reference day
 * @param anchor {@code published} or {@code dateline}
 */
public record Reference(LocalDate day, String anchor) {
    public Reference {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(anchor, "anchor");
    }

    /**
     * The publication day of a date known to the day, printed or inferred (of an inferred interval
     * of days, its first day), else null.
     */
    public static Reference published(DateValue published) {
        if (published == null) return null;
        String d = published.day();
        if (d == null) return null;
        try {
            return new Reference(LocalDate.parse(d), "published");
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
