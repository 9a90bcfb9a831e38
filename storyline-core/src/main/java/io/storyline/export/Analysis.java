package io.storyline.export;

import io.storyline.model.Article;
import io.storyline.model.Outcome;
import io.storyline.model.Status;
import java.util.List;

/**
 * What one {@code analyze} run produced: one outcome per input, and the articles of the ok ones.
 * Later stages add their corpus-level lists here.
 */
public record Analysis(List<Outcome> outcomes) {
    public Analysis {
        outcomes = List.copyOf(outcomes);
    }

    public List<Article> articles() {
        return outcomes.stream().filter(o -> o.status() == Status.OK).map(Outcome::article).toList();
    }
}
