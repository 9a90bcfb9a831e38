package io.storyline.cli;

import io.storyline.store.Store;
import io.storyline.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the store. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The store, one SQLite file (default: ./" + Store.DEFAULT_FILE + "; created when absent).")
    Path db = Path.of(Store.DEFAULT_FILE);

    /** Opens the store, creating it when absent (commands that add to it). */
    Store open() {
        return Store.open(db);
    }

    /** Opens a store that must exist (commands that only read or replay). */
    Store openExisting() {
        if (!Files.isRegularFile(db)) {
            throw new StoreException("no store at " + db + " (create one with: storyline ingest --db " + db + " PATH...)");
        }
        return Store.open(db);
    }
}
