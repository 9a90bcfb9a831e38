package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A direct quote and who said it.
 *
 * @param id       stable id {@code q-…}
 * @param article  the article it was first found in
 * @param start    offset of the quoted words in the article text (inside the quote marks)
 * @param end      end offset (exclusive)
 * @param text     the quoted words
 * @param speaker  the speaker's name as resolved, or null when unknown
 * @param entity   the speaker's entity id, or null
 * @param cue      the attribution cue ("told a news conference", "said in a statement"), or null
 * @param alsoIn   other articles carrying the same quote
 */
public record Quote(String id, String article, int start, int end, String text, String speaker, String entity,
                    String cue, List<String> alsoIn) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        alsoIn = List.copyOf(alsoIn);
    }
}
