package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A story's events in the order of their own dates: by {@code when} (undated last), then by
 * first report.
 *
 * @param story              the story id
 * @param title              the story's title
 * @param articles           the story's article count
 * @param independentSources the story's independent texts (syndicated groups counted once)
 * @param entries            the events, in order
 */
public record Timeline(String story, String title, int articles, int independentSources, List<TimelineEntry> entries) {
    public Timeline {
        Objects.requireNonNull(story, "story");
        entries = List.copyOf(entries);
    }
}
