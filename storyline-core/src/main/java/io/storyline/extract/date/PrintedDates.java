package io.storyline.extract.date;

import java.util.List;

/**
 * Finds dates printed in short texts (bylines, date lines, captions) in the forms sites print
 * them, e.g. {@code Updated: 03-02-2021 15:35 IST}, {@code Published : Sept. 19, 2019 - 18:09},
 * {@code Published: 21:42, February 3, 2021}. Labels before a date ("Updated", "Created",
 * "Published", "Posted") set its role. Ambiguous day/month order is resolved from the other dates
 * in the same text, then from the hint. Stateless and thread-safe.
 */
public final class PrintedDates {
    private PrintedDates() {
    }

    /**
     * @param text the text to search
     * @param hint locale hints for ambiguous forms (e.g. a site's country); may be null
     * @return the dates found, in text order
     */
    public static List<PrintedDate> find(String text, String hint) {
        return List.of();
    }
}
