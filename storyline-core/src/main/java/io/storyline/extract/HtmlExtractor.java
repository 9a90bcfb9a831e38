package io.storyline.extract;

import io.storyline.model.Article;
import io.storyline.model.Block;
import io.storyline.model.Clutter;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Removed;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Main text and metadata from an HTML page. (First cut: paragraphs outside obvious clutter.) */
public final class HtmlExtractor implements Extractor {
    @Override
    public Article.Builder extract(Decoded doc, Deadline deadline) {
        Document d = Parser.htmlParser().setTrackPosition(true)
                .parseInput(doc.content(), doc.capture().url() == null ? "" : doc.capture().url());
        Article.Builder b = Article.builder();
        b.format = Format.HTML;
        b.title = d.title().isBlank() ? null : d.title().strip();
        List<Block> blocks = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        for (Element p : d.select("p")) {
            deadline.check();
            String t = p.text().strip();
            if (t.isEmpty()) continue;
            if (p.closest("nav, footer, header, aside") != null) {
                removed.add(new Removed(t, Clutter.NAVIGATION));
                continue;
            }
            blocks.add(new Block(t, "paragraph", p.sourceRange().startPos(), p.endSourceRange().endPos()));
        }
        b.body(blocks);
        b.removed = removed;
        return b;
    }
}
