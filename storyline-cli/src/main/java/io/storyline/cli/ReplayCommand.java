package io.storyline.cli;

import io.storyline.store.Ingestion;
import io.storyline.store.Store;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline replay}: runs quarantined inputs again. */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs failed inputs kept in quarantine through the current pipeline again (after a fix).",
                "Each gets a new ledger row; those that no longer fail leave the quarantine. List the quarantine"
                        + " with 'storyline articles --quarantine'."},
        footer = {"", "Exit codes: 0 every replayed input was stored or recorded with a reason; 2 usage error or an"
                + " input that is not in quarantine; 3 the store does not exist or the run could not proceed."})
final class ReplayCommand implements Callable<Integer> {
    static final class Which {
        @Option(names = "--input", paramLabel = "ID", required = true,
                description = "A quarantined input id, as the ledger shows it (repeatable).")
        List<String> inputs;

        @Option(names = "--all", required = true, description = "Every quarantined input.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Mixin
    StoreOption store;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            List<String> quarantined = s.quarantine().stream().map(q -> q.input()).toList();
            List<String> wanted = which.all ? List.of() : which.inputs;
            for (String id : wanted) {
                if (!quarantined.contains(id)) {
                    System.err.println("storyline replay: " + id + " is not in quarantine"
                            + " (see: storyline articles --quarantine)");
                    return 2;
                }
            }
            if (quarantined.isEmpty()) {
                System.out.println("replay: the quarantine is empty; nothing to replay");
                return 0;
            }
            long count = which.all ? quarantined.size() : wanted.size();
            Ingestion.Summary sum;
            try (IngestCommand.Progress bar = IngestCommand.Progress.start("replay",
                    IngestCommand.Progress.wanted(progress), count)) {
                sum = new Ingestion(s, options.pipeline(), Ingestion.Options.defaults(options.threads))
                        .replay(wanted, bar::result);
            }
            System.out.println(sum.line("replay"));
            System.out.println("still in quarantine: " + s.quarantine().size());
        }
        return 0;
    }
}
