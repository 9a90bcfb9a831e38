package io.storyline.model;

import java.util.Locale;

/** How two texts relate: the same bytes of text, trivially different, edited copies of one source, or different. */
public enum Relation {
    EXACT, NEAR, SYNDICATED, DISTINCT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The looser of two relations (exact &lt; near &lt; syndicated &lt; distinct). */
    public Relation looser(Relation o) {
        return ordinal() >= o.ordinal() ? this : o;
    }
}
