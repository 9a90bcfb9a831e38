package io.storyline.extract;

import io.storyline.model.Article;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;

/**
 * Makes the article body and metadata of one decoded capture. Implementations are final,
 * stateless after construction and thread-safe; the pipeline sets id and provenance.
 */
public interface Extractor {
    /**
     * @param doc      the decoded capture
     * @param deadline checked in long loops; expiry ends the document with a timeout
     * @return a builder holding body, removed blocks and metadata
     */
    Article.Builder extract(Decoded doc, Deadline deadline);
}
