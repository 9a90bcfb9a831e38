package io.storyline.model;

import java.util.Objects;

/**
 * A date as the contract prints it.
 *
 * @param value     ISO 8601: {@code 2019-02-19}, {@code 2019-02-19T18:09+09:00}, {@code 2018-11},
 *                  {@code 2018} or an interval {@code 2019-02-27/2019-02-28}
 * @param precision how exactly the value is known
 * @param inferred  true when reasoned from the text rather than printed as the article's date
 * @param evidence  what the value rests on (the meta field, the printed string, the reasoning)
 */
public record DateValue(String value, Precision precision, boolean inferred, String evidence) {
    public DateValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
    }

    /** The calendar day of the value ({@code YYYY-MM-DD}) or null when coarser than a day. */
    public String day() {
        return value.length() >= 10 && (precision == Precision.DAY || precision == Precision.MINUTE)
                ? value.substring(0, 10) : null;
    }
}
