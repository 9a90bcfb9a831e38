package io.storyline.model;

import java.util.Objects;

/**
 * Who or what takes part in an event mention, as printed in the clause.
 *
 * @param text   the phrase ("South Korea's unification minister", "Pyongyang")
 * @param start  offset in the article text
 * @param end    end offset (exclusive)
 * @param entity the resolved entity id ({@code e-…}), or null when the phrase names no known entity
 * @param key    a normalised name that stands for the participant when no entity is known
 *               ("north korea" for "DPRK" or "Pyongyang"); never null, may be empty
 */
public record Participant(String text, int start, int end, String entity, String key) {
    public Participant {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }

    /** The entity id when known, else the key: what two participants are compared by. */
    public String identity() {
        return entity != null ? entity : key;
    }
}
