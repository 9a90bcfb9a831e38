package io.storyline.cli;

import io.storyline.web.WebOptions;
import io.storyline.web.WebServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline serve}: the web UI and REST API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the web UI (search, articles, duplicates, runs) and the REST API (documented at"
                + " /api/openapi.json) over the store, on 127.0.0.1 unless told otherwise.",
                "Prints the address once listening; stops on Ctrl-C."},
        footer = {"", "Exit codes: 0 stopped; 2 usage error; 3 the store cannot be opened or the port is taken."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = WebOptions.DEFAULT_PORT;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}: this machine only).")
    String host = WebOptions.LOOPBACK;

    @Option(names = "--allow-ingest", description = "Allow uploads and replays from the UI (their routes do not exist"
            + " otherwise). Creates the store when absent.")
    boolean allowIngest;

    @Option(names = "--max-upload-mb", description = "Largest upload, all files together, in MiB (default: ${DEFAULT-VALUE}).")
    long maxUploadMb = WebOptions.DEFAULT_MAX_UPLOAD >> 20;

    @Option(names = "--max-active", description = "Reading requests served at once; the others wait their turn in arrival"
            + " order (default: twice the cores; 0: no limit).")
    Integer maxActive;

    @Override
    public Integer call() throws InterruptedException {
        WebOptions o = WebOptions.defaults(store.db).withHost(host).withPort(port).withIngest(allowIngest)
                .withMaxUploadBytes(maxUploadMb << 20);
        if (maxActive != null) {
            if (maxActive < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-active must be 0 (no limit) or more: " + maxActive);
            o = o.withMaxActive(maxActive);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (WebServer server = WebServer.start(o)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "storyline-serve-stop"));
            System.out.println("storyline: serving " + store.db + " at " + server.url() + "/"
                    + (allowIngest ? " (ingest allowed)" : ""));
            System.out.flush();
            stopped.await();
        }
        return 0;
    }
}
