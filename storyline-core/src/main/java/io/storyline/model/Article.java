package io.storyline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The clean article made from one capture: body text, metadata and provenance.
 *
 * @param id           stable id {@code a-…} derived from the raw bytes' hash
 * @param provenance   where the capture came from
 * @param url          the page URL when known
 * @param canonicalUrl the canonical URL the page declares, when it does
 * @param title        the headline, or null
 * @param authors      cleaned author names (no "By", no e-mail, no "Staff"); may be empty
 * @param site         the site or outlet name, or null
 * @param wire         the wire agency the article credits (Reuters, AP, Yonhap, …), or null
 * @param dateline     the dateline place ({@code SEOUL}), or null
 * @param published    the original publication date, or null
 * @param updated      the last update date when stated apart, or null
 * @param language     ISO 639-1 code, or null
 * @param description  the page's standfirst or description, or null
 * @param text         the body: blocks joined by blank lines
 * @param segments     the blocks of {@code text} with their source ranges, in order
 * @param removed      the blocks left out, each with its reason
 * @param format       HTML or TEXT
 * @param charset      the charset the capture was decoded with
 * @param contentHash  SHA-256 (hex) of the raw bytes
 */
public record Article(String id, Provenance provenance, String url, String canonicalUrl, String title,
                      List<String> authors, String site, String wire, String dateline,
                      DateValue published, DateValue updated, String language, String description,
                      String text, List<Segment> segments, List<Removed> removed, Format format,
                      String charset, String contentHash) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors == null ? List.of() : authors);
        segments = List.copyOf(segments == null ? List.of() : segments);
        removed = List.copyOf(removed == null ? List.of() : removed);
    }

    public String input() {
        return provenance.input();
    }

    /**
     * Maps a range of {@link #text()} to the range of the decoded capture it came from: the
     * union of the source ranges of the segments it touches, or null when unknown.
     */
    public int[] sourceRange(int start, int end) {
        int from = Integer.MAX_VALUE, to = -1;
        for (Segment s : segments) {
            if (s.end() <= start || s.start() >= end || s.sourceStart() < 0) continue;
            from = Math.min(from, s.sourceStart());
            to = Math.max(to, s.sourceEnd());
        }
        return to < 0 ? null : new int[] {from, to};
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id; b.provenance = provenance; b.url = url; b.canonicalUrl = canonicalUrl; b.title = title;
        b.authors = new ArrayList<>(authors); b.site = site; b.wire = wire; b.dateline = dateline;
        b.published = published; b.updated = updated; b.language = language; b.description = description;
        b.text = text; b.segments = new ArrayList<>(segments); b.removed = new ArrayList<>(removed);
        b.format = format; b.charset = charset; b.contentHash = contentHash;
        return b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder used by extractors; the built record is immutable. */
    public static final class Builder {
        public String id = "a-pending";
        public Provenance provenance;
        public String url, canonicalUrl, title, site, wire, dateline, language, description, charset, contentHash;
        public List<String> authors = new ArrayList<>();
        public DateValue published, updated;
        public String text = "";
        public List<Segment> segments = new ArrayList<>();
        public List<Removed> removed = new ArrayList<>();
        public Format format = Format.HTML;

        /** Sets text and segments from blocks, joining them with blank lines. */
        public Builder body(List<Block> blocks) {
            StringBuilder sb = new StringBuilder();
            List<Segment> segs = new ArrayList<>(blocks.size());
            for (Block b : blocks) {
                if (b.text().isEmpty()) continue;
                if (sb.length() > 0) sb.append("\n\n");
                int start = sb.length();
                sb.append(b.text());
                segs.add(new Segment(start, sb.length(), b.sourceStart(), b.sourceEnd(), b.kind()));
            }
            this.text = sb.toString();
            this.segments = segs;
            return this;
        }

        public Article build() {
            return new Article(id, provenance, url, canonicalUrl, title, authors, site, wire, dateline, published,
                    updated, language, description, text, segments, removed, format, charset, contentHash);
        }
    }
}
