package io.storyline.store;

/**
 * One stored article as {@code storyline articles} lists it.
 *
 * @param id        the article id ({@code a-…})
 * @param published the publication date's value, or null
 * @param site      the site name, or null
 * @param title     the title, or null
 * @param url       the page URL, or null
 * @param input     the input it was made from
 * @param chars     length of its text
 */
public record ArticleSummary(String id, String published, String site, String title, String url, String input,
                             int chars) {
}
