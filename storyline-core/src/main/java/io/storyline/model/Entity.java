package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One person, organisation, country or place across the corpus, with every name it goes by.
 *
 * @param id       stable id {@code e-…}
 * @param name     the canonical (fullest, most used) name
 * @param type     PERSON, ORG, COUNTRY, LOC
 * @param aliases  other names and spellings found for it
 * @param roles    roles stated for it ("South Korea's unification minister"), with when they were stated
 * @param mentions every mention, across articles
 */
public record Entity(String id, String name, String type, List<String> aliases, List<Role> roles,
                     List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /** A role as stated, and when: the publication day of the article that stated it (null when undated). */
    public record Role(String title, String stated, String article) {
    }
}
