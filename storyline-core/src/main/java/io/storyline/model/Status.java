package io.storyline.model;

import java.util.Locale;

/** How one input ended. */
public enum Status {
    OK, SKIPPED, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
