package io.storyline.model;

/** What a capture holds once unwrapped: markup, or text as a scraper saved it. */
public enum Format {
    HTML,
    TEXT
}
