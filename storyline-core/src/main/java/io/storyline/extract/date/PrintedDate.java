package io.storyline.extract.date;

import io.storyline.model.DateValue;

/**
 * A date found printed in text, such as {@code Updated: 03-02-2021 15:35 IST}.
 *
 * @param start offset of the match in the text searched
 * @param end   end offset (exclusive)
 * @param value the date, with its precision; evidence holds the printed string
 * @param role  what the text says the date is: {@code published}, {@code updated} or
 *              {@code unknown}
 */
public record PrintedDate(int start, int end, DateValue value, String role) {
}
