package io.storyline.extract.html;

import io.storyline.model.Block;
import io.storyline.model.Clutter;
import io.storyline.model.Deadline;
import io.storyline.model.Removed;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a parsed page. May modify the document it is given (it is the last
 * stage to read it). Thread-safe.
 */
public final class MainContentExtractor {
    public Body extract(Document doc, Deadline deadline) {
        List<Block> blocks = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        for (Element p : doc.select("p")) {
            deadline.check();
            String t = p.text().strip();
            if (t.isEmpty()) continue;
            if (p.closest("nav, footer, header, aside") != null) {
                removed.add(new Removed(t, Clutter.NAVIGATION));
                continue;
            }
            blocks.add(new Block(t, "paragraph", p.sourceRange().startPos(), p.endSourceRange().endPos()));
        }
        return new Body(blocks, removed, "paragraphs");
    }
}
