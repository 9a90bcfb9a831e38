package io.storyline.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One difference of a copy against its group's canonical article.
 *
 * @param member         the copy's article id
 * @param kind           rewrite (from → to), cut (in the canonical, not in the copy) or add (only in the copy)
 * @param from           the canonical's text (null for an add)
 * @param to             the copy's text (null for a cut)
 * @param start          offset of {@code to} in the copy's text (-1 for a cut)
 * @param end            end offset in the copy's text (-1 for a cut)
 * @param canonicalStart offset of {@code from} in the canonical's text (-1 for an add)
 * @param canonicalEnd   end offset in the canonical's text (-1 for an add)
 */
public record Change(String member, Kind kind, String from, String to, int start, int end,
                     int canonicalStart, int canonicalEnd) {
    public enum Kind {
        REWRITE, CUT, ADD;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
    }

    public Change withMember(String id) {
        return new Change(id, kind, from, to, start, end, canonicalStart, canonicalEnd);
    }
}
