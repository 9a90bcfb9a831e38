package io.storyline.extract.meta;

import java.util.List;

/**
 * Metadata of one page; any field may be null (authors empty) when the page does not say.
 *
 * @param title        the headline, without the site name suffix
 * @param authors      cleaned person names
 * @param site         the site or outlet name
 * @param language     ISO 639-1 code
 * @param canonicalUrl the canonical URL
 * @param description  the standfirst or meta description
 */
public record PageMetadata(String title, List<String> authors, String site, String language,
                           String canonicalUrl, String description) {
    public PageMetadata {
        authors = List.copyOf(authors == null ? List.of() : authors);
    }
}
