package io.storyline.extract.meta;

import java.util.List;
import org.jsoup.nodes.Document;

/** Reads page metadata. Does not modify the document. Thread-safe. */
public final class MetadataExtractor {
    public PageMetadata extract(Document doc, String url) {
        String title = doc.title().isBlank() ? null : doc.title().strip();
        String lang = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
        return new PageMetadata(title, List.of(), null, lang, null, null);
    }
}
