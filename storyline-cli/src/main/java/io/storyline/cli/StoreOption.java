package io.storyline.cli;

import io.storyline.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the store. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The store, one SQLite file (default: ./" + Store.DEFAULT_FILE + "; created when absent).")
    Path db = Path.of(Store.DEFAULT_FILE);

    Store open() {
        return Store.open(db);
    }
}
