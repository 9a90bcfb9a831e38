package io.storyline.model;

import java.util.Locale;

/** How exactly a date is known. Serialised in lower case. */
public enum Precision {
    MINUTE, DAY, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
