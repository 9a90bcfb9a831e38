package io.storyline.extract.date;

import io.storyline.model.DateValue;

/**
 * The original publication date and the update date of a page, kept apart; either may be null.
 */
public record PublicationDates(DateValue published, DateValue updated) {
    public static final PublicationDates NONE = new PublicationDates(null, null);
}
