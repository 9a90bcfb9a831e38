package io.storyline.store;

import io.storyline.extract.Extractor;
import io.storyline.extract.HtmlExtractor;
import io.storyline.extract.text.TextCaptureExtractor;
import io.storyline.ingest.Limits;
import io.storyline.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The process {@link KillTest} kills: ingests a folder into a store in small batches, each page
 * slowed down a little so that the kill lands while batches are being committed.
 * Arguments: DB FOLDER DELAY_MS.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String folder = args[1];
        long delay = Long.parseLong(args[2]);
        Extractor html = new HtmlExtractor();
        Extractor slow = (doc, deadline) -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return html.extract(doc, deadline);
        };
        Pipeline pipeline = new Pipeline(Limits.DEFAULT, slow, new TextCaptureExtractor());
        try (Store store = Store.open(db)) {
            System.out.println("started");
            System.out.flush();
            new Ingestion(store, pipeline, new Ingestion.Options(2, 40, Duration.ofMillis(200)))
                    .ingest(List.of(folder), r -> { });
        }
        System.out.println("finished");
    }
}
