package io.storyline.extract;

import io.storyline.extract.byline.PageCredits;
import io.storyline.extract.date.DateExtractor;
import io.storyline.extract.date.PublicationDates;
import io.storyline.extract.html.Body;
import io.storyline.extract.html.MainContentExtractor;
import io.storyline.extract.lang.LanguageIdentifier;
import io.storyline.extract.meta.MetadataExtractor;
import io.storyline.extract.meta.PageMetadata;
import io.storyline.model.Article;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import java.util.ArrayList;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * HTML pages: parse once (keeping source positions), read metadata and dates from the untouched
 * tree, then find the main text (which may prune the tree). Thread-safe.
 */
public final class HtmlExtractor implements Extractor {
    private final MetadataExtractor metadata;
    private final DateExtractor dates;
    private final MainContentExtractor content;

    public HtmlExtractor() {
        this(new MetadataExtractor(), new DateExtractor(), new MainContentExtractor());
    }

    public HtmlExtractor(MetadataExtractor metadata, DateExtractor dates, MainContentExtractor content) {
        this.metadata = metadata;
        this.dates = dates;
        this.content = content;
    }

    @Override
    public Article.Builder extract(Decoded doc, Deadline deadline) {
        String url = doc.capture().url();
        Document d = Parser.htmlParser().setTrackPosition(true).parseInput(doc.content(), url == null ? "" : url);
        deadline.check();
        PageMetadata meta = metadata.extract(d, url);
        deadline.check();
        PublicationDates when = dates.extract(d, url, deadline);
        deadline.check();
        Body body = content.extract(d, deadline);

        Article.Builder b = Article.builder();
        b.format = Format.HTML;
        b.title = meta.title();
        PageCredits credits = PageCredits.of(meta.authors(), body.blocks(), body.removed());
        b.authors = new ArrayList<>(credits.authors());
        b.wire = credits.wire();
        b.dateline = credits.dateline();
        b.site = meta.site();
        b.canonicalUrl = meta.canonicalUrl();
        b.description = meta.description();
        b.published = when.published();
        b.updated = when.updated();
        b.body(body.blocks());
        b.language = LanguageIdentifier.checked(meta.language(), b.text);
        b.removed = new ArrayList<>(body.removed());
        return b;
    }
}
