package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles that carry one text: exact, near or syndicated (edited) copies.
 *
 * @param id         stable id {@code d-…} derived from the canonical member
 * @param canonical  the most complete (then earliest) member's article id
 * @param members    every member's article id, the canonical first
 * @param relation   the loosest relation of a member to the canonical
 * @param similarity the lowest similarity of a member to the canonical (0..1)
 * @param wire       the wire agency the texts credit, when one does
 * @param changes    each non-canonical member's changes against the canonical
 */
public record DuplicateGroup(String id, String canonical, List<String> members, Relation relation,
                             double similarity, String wire, List<Change> changes) {
    public DuplicateGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonical, "canonical");
        members = List.copyOf(members);
        changes = List.copyOf(changes);
    }
}
