package io.storyline.cli;

import io.storyline.ingest.Ingestor;
import io.storyline.pipeline.BatchRunner;
import io.storyline.store.Ingestion;
import io.storyline.store.Store;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline ingest}: adds inputs to the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds files, folders (recursively) or '-' (stdin) to the store: HTML (also gzipped), text"
                + " captures, WARC and JSON Lines.",
                "Idempotent: content already stored (same SHA-256) is skipped as a duplicate. Every input gets a"
                        + " ledger row (ok, skipped or failed with its reason); the raw bytes of failed inputs are"
                        + " kept in quarantine for 'storyline replay'. Results are committed in batches, so an"
                        + " interrupted ingest can simply be run again.",
                "Prints one summary line; see 'storyline articles --ledger' for every input."},
        footer = {"", "Exit codes: 0 every input was stored or recorded with a reason; 2 usage error;"
                + " 3 the run could not proceed (the store cannot be opened or written)."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or '-' for stdin.")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        try (Store s = store.open();
             Progress bar = Progress.start("ingest", Progress.wanted(progress), Ingestor.files(paths).size())) {
            Ingestion.Summary sum = new Ingestion(s, options.pipeline(), Ingestion.Options.defaults(options.threads))
                    .ingest(paths, bar::result);
            bar.close();
            System.out.println(sum.line("ingest"));
            if (sum.failed() > 0) {
                System.out.println("failed inputs are kept in quarantine: storyline articles --ledger --run "
                        + sum.runId() + " --status failed; retry with: storyline replay --all");
            }
        }
        return 0;
    }

    /** A progress bar over the files of a run, on stderr; does nothing when not wanted. */
    static final class Progress implements AutoCloseable {
        private final ProgressBar bar;
        private String file;
        private boolean closed;
        private long ok, skipped, failed;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        /** Whether to show progress: as asked, else when stderr is a terminal. */
        static boolean wanted(Boolean asked) {
            return asked != null ? asked : stderrIsTerminal();
        }

        static Progress start(String task, boolean show, long files) {
            if (!show) return new Progress(null);
            PrintStream err = System.err;
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(files)
                    .setUnit(" files", 1).showSpeed().setUpdateIntervalMillis(stderrIsTerminal() ? 200 : 5000)
                    .setStyle(ProgressBarStyle.ASCII);
            b.setConsumer(stderrIsTerminal() ? new ConsoleProgressBarConsumer(err)
                    : new DelegatingProgressBarConsumer(err::println));
            return new Progress(b.build());
        }

        void result(BatchRunner.Result r) {
            switch (r.outcome().status()) {
                case OK -> ok++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
            }
            if (bar == null) return;
            String f = r.where().file();
            if (!f.equals(file)) {
                if (file != null) bar.step();
                file = f;
            }
            bar.setExtraMessage(String.format(Locale.ROOT, " | ok %d, skipped %d, failed %d", ok, skipped, failed));
        }

        @Override
        public void close() {
            if (bar == null || closed) return;
            closed = true;
            bar.stepTo(bar.getMax());
            bar.close();
        }

        /** Whether stderr goes to a terminal (Linux: /proc; elsewhere: whether there is a console). */
        static boolean stderrIsTerminal() {
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (Exception e) {
                return System.console() != null;
            }
        }
    }
}
