package io.storyline.model;

import java.util.Locale;

/**
 * How two texts relate: {@code EXACT} the same text (whitespace aside); {@code NEAR} trivially
 * different (spelling, punctuation, a dateline or credit of a word or two); {@code SYNDICATED}
 * copies of one source that an editor changed (names rewritten, words reworded, sentences or
 * clauses cut or added); {@code DISTINCT} different texts.
 */
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
