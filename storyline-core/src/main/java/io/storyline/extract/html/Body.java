package io.storyline.extract.html;

import io.storyline.model.Block;
import io.storyline.model.Removed;
import java.util.List;

/**
 * The main text of a page and what was left out.
 *
 * @param blocks  body blocks in reading order
 * @param removed blocks left out, with their reasons
 * @param method  which step of the cascade produced the body (for evaluation and debugging)
 */
public record Body(List<Block> blocks, List<Removed> removed, String method) {
    public Body {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
