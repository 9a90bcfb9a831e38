package io.storyline.extract.text;

import io.storyline.extract.Extractor;
import io.storyline.extract.lang.LanguageIdentifier;
import io.storyline.model.Article;
import io.storyline.model.Block;
import io.storyline.model.Clutter;
import io.storyline.model.Deadline;
import io.storyline.model.Decoded;
import io.storyline.model.Format;
import io.storyline.model.Removed;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body and metadata from a plain-text capture: what a scraper saved of a page's visible text.
 *
 * <ol>
 * <li>{@link Segmenter}: lines (or hard-wrapped paragraphs) with their source offsets.</li>
 * <li>{@link LocalClassifier}: furniture recognised by its own words (menus, share bars,
 *     bylines, date lines, captions, prompts, footers, template code).</li>
 * <li>{@link Echoes}: repeated text (title or caption printed twice, pull quotes, summaries).</li>
 * <li>{@link BodyRun}: the heaviest contiguous run of prose is the article.</li>
 * <li>{@link Roles}: title, standfirst, headings, teasers and the rest, by position.</li>
 * <li>{@link Credits} and {@link CaptureDates}: authors, wire, dateline and dates.</li>
 * </ol>
 * Every left-out unit is reported in {@code removed} with its class. The body text is never
 * rewritten (a dateline stays in the first paragraph). Linear passes; the deadline is checked in
 * every loop over the capture. Final and thread-safe.
 */
public final class TextCaptureExtractor implements Extractor {
    private final TextCaptureOptions options;

    public TextCaptureExtractor() {
        this(TextCaptureOptions.DEFAULTS);
    }

    public TextCaptureExtractor(TextCaptureOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Article.Builder extract(Decoded doc, Deadline deadline) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(deadline, "deadline");
        List<Unit> units = Segmenter.split(doc.content(), options, deadline);
        for (Unit u : units) {
            if ((u.index & 1023) == 0) deadline.check();
            LocalClassifier.classify(u);
        }
        Echoes.find(units, options.echoCoverage(), deadline);
        Echoes.twinCaptions(units);
        BodyRun run = BodyRun.find(units, options);
        if (run.prose() < options.minBodyChars() || BodyRun.oneOfAList(units, run)) run = BodyRun.NONE;
        run = BodyRun.join(units, run, options);
        deadline.check();
        int title = Roles.assign(units, run);
        deadline.check();

        Article.Builder b = Article.builder();
        b.format = Format.TEXT;
        List<Block> blocks = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        String description = null;
        for (Unit u : units) {
            switch (u.role) {
                case BODY -> blocks.add(new Block(u.text, "paragraph", u.start, u.end));
                case HEADING -> blocks.add(new Block(u.text, "heading", u.start, u.end));
                case ITEM -> blocks.add(new Block(u.text, "item", u.start, u.end));
                case REMOVED -> {
                    removed.add(new Removed(u.text, u.clutter.label(), u.start, u.end));
                    if (description == null && u.clutter == Clutter.STANDFIRST) description = u.text;
                }
            }
        }
        b.body(blocks);
        b.removed = removed;
        b.title = title >= 0 ? units.get(title).text : null;
        b.description = description;
        if (!blocks.isEmpty()) {
            Credits credits = Credits.read(units, run);
            b.authors = new ArrayList<>(credits.authors());
            b.wire = credits.wire();
            b.dateline = credits.dateline();
            CaptureDates dates = CaptureDates.read(units, run, hint(doc));
            b.published = dates.published();
            b.updated = dates.updated();
            b.language = LanguageIdentifier.identify(b.text);
        }
        b.url = doc.capture().url();
        return b;
    }

    /** A hint for ambiguous date forms: the capture's host, when its URL is known. */
    private static String hint(Decoded doc) {
        String url = doc.capture().url();
        if (url == null) return null;
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
