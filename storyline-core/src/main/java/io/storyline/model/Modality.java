package io.storyline.model;

import java.util.Locale;

/**
 * How a clause presents its event: as having happened ({@code asserted}: "the summit ended
 * without an accord"), as intended or scheduled ({@code planned}: "will hold talks"), as possible
 * ({@code hypothetical}: "may offer relief", "if talks fail"), or as not having happened
 * ({@code negated}: "did not confirm"). Serialised in lower case.
 */
public enum Modality {
    ASSERTED, PLANNED, HYPOTHETICAL, NEGATED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The modality of a label ({@code "planned"}), or null when unknown. */
    public static Modality of(String label) {
        if (label == null) return null;
        for (Modality m : values()) if (m.name().equalsIgnoreCase(label)) return m;
        return null;
    }
}
