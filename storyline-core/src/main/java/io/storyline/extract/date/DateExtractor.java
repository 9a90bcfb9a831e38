package io.storyline.extract.date;

import io.storyline.model.Deadline;
import org.jsoup.nodes.Document;

/** Finds a page's publication and update dates. Does not modify the document. Thread-safe. */
public final class DateExtractor {
    public PublicationDates extract(Document doc, String url, Deadline deadline) {
        return PublicationDates.NONE;
    }
}
