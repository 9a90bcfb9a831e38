package io.storyline.extract.text;

import io.storyline.model.Clutter;

/**
 * One line or block of a text capture, with its source range and the labels the passes give
 * it. Confined to one extraction call (the passes fill in {@link #role}, {@link #clutter},
 * {@link #echoOf}).
 */
final class Unit {
    /** What a unit is to the article once classified. */
    enum Role { BODY, HEADING, ITEM, REMOVED }

    /** How a unit reads on its own, before context is taken into account. */
    enum Shape {
        /** Sentence-shaped text: ends like a sentence, or long enough to be prose. */
        PROSE,
        /** A short sentence ("He declined to comment."). */
        SHORT_PROSE,
        /** A headline-like line: a few words, no closing full stop. */
        LINE,
        /** Punctuation, digits or a single token. */
        FRAGMENT
    }

    final int index;
    final String text;
    final int start;
    final int end;
    final boolean bulleted;
    final int words;
    final Shape shape;

    /** Fields of the raw line separated by tabs or wide gaps; 1 for ordinary lines. */
    int fields = 1;
    /** The clutter class from the unit's own words, or null. */
    Clutter local;
    /** Whether {@link #local} is a section header that closes the article ("TRENDING", "Most read"). */
    boolean boundary;
    /** Index of the unit this one repeats (exactly or as a subset), or -1. */
    int echoOf = -1;
    /** Whether this unit ends with a truncation mark ("…", "Minis..."): a blurb of another story. */
    boolean truncated;

    Role role = Role.REMOVED;
    Clutter clutter;

    Unit(int index, String text, int start, int end, boolean bulleted, int words, Shape shape) {
        this.index = index;
        this.text = text;
        this.start = start;
        this.end = end;
        this.bulleted = bulleted;
        this.words = words;
        this.shape = shape;
    }

    boolean prose() {
        return shape == Shape.PROSE;
    }

    boolean kept() {
        return role != Role.REMOVED;
    }

    void remove(Clutter why) {
        role = Role.REMOVED;
        clutter = why;
    }

    @Override
    public String toString() {
        return index + ":" + shape + (local == null ? "" : "/" + local) + " " + (text.length() > 40 ? text.substring(0, 40) : text);
    }
}
