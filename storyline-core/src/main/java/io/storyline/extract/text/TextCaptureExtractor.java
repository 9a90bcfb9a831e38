package io.storyline.extract.text;

import io.storyline.extract.Extractor;
import io.storyline.model.Article;
import io.storyline.model.Block;
import io.storyline.model.Clutter;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Removed;
import java.util.ArrayList;
import java.util.List;

/** Body and metadata from a plain-text capture. (First cut: long lines are body.) */
public final class TextCaptureExtractor implements Extractor {
    @Override
    public Article.Builder extract(Decoded doc, Deadline deadline) {
        String s = doc.content();
        Article.Builder b = Article.builder();
        b.format = Format.TEXT;
        List<Block> blocks = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        int pos = 0;
        while (pos <= s.length()) {
            deadline.check();
            int nl = s.indexOf('\n', pos);
            if (nl < 0) nl = s.length();
            String line = s.substring(pos, nl).strip();
            if (!line.isEmpty()) {
                if (line.split("\\s+").length >= 12) blocks.add(new Block(line, "paragraph", pos, nl));
                else removed.add(new Removed(line, Clutter.BOILERPLATE.label(), pos, nl));
            }
            pos = nl + 1;
        }
        b.body(blocks);
        b.removed = removed;
        return b;
    }
}
