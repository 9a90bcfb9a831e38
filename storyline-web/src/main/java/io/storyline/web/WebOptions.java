package io.storyline.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the server runs.
 *
 * @param db              the store file
 * @param host            the address to bind ({@link #LOOPBACK} unless told otherwise)
 * @param port            the port (0: any free port; {@link WebServer#port()} tells which)
 * @param allowIngest     whether uploads and replays are allowed (their routes do not exist otherwise)
 * @param maxUploadBytes  the largest upload request (all its files together)
 * @param maxBodyBytes    the largest body of any other request
 * @param readers         read-only store connections serving requests at once
 * @param ingestThreads   pipeline threads of an ingest run started from the UI
 * @param maxActive       reading requests (GET, HEAD) served at once; the others wait their turn in
 *                        arrival order (0: no limit). Past {@link #MAX_WAITING} waiting, or
 *                        {@link #MAX_WAIT} of waiting, a request gets 503
 */
public record WebOptions(Path db, String host, int port, boolean allowIngest, long maxUploadBytes, long maxBodyBytes,
                         int readers, int ingestThreads, int maxActive) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_UPLOAD = 64L << 20;
    public static final long DEFAULT_MAX_BODY = 64L << 10;
    /** Requests that may wait for their turn at once (see {@code maxActive}). */
    public static final int MAX_WAITING = 10_000;
    /** How long a request may wait for its turn (see {@code maxActive}). */
    public static final java.time.Duration MAX_WAIT = java.time.Duration.ofSeconds(30);

    public WebOptions {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        if (maxUploadBytes < 1024) throw new IllegalArgumentException("maxUploadBytes must be >= 1024: " + maxUploadBytes);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be >= 1024: " + maxBodyBytes);
        if (readers < 1) throw new IllegalArgumentException("readers must be >= 1: " + readers);
        if (ingestThreads < 1) throw new IllegalArgumentException("ingestThreads must be >= 1: " + ingestThreads);
        if (maxActive < 0) throw new IllegalArgumentException("maxActive must be >= 0: " + maxActive);
    }

    /**
     * Defaults: loopback, port 8080, no ingest, 64 MiB uploads; readers, threads and requests
     * served at once by cores (twice the cores at once: enough to keep them busy while a request
     * waits on the disk, few enough that a slow request is not shared out behind fifty others).
     */
    public static WebOptions defaults(Path db) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new WebOptions(db, LOOPBACK, DEFAULT_PORT, false, DEFAULT_MAX_UPLOAD, DEFAULT_MAX_BODY,
                Math.max(2, cores * 2), Math.max(1, cores), Math.max(2, cores * 2));
    }

    public WebOptions withPort(int p) {
        return new WebOptions(db, host, p, allowIngest, maxUploadBytes, maxBodyBytes, readers, ingestThreads, maxActive);
    }

    public WebOptions withHost(String h) {
        return new WebOptions(db, h, port, allowIngest, maxUploadBytes, maxBodyBytes, readers, ingestThreads, maxActive);
    }

    public WebOptions withIngest(boolean allow) {
        return new WebOptions(db, host, port, allow, maxUploadBytes, maxBodyBytes, readers, ingestThreads, maxActive);
    }

    public WebOptions withMaxUploadBytes(long max) {
        return new WebOptions(db, host, port, allowIngest, max, maxBodyBytes, readers, ingestThreads, maxActive);
    }

    public WebOptions withReaders(int n) {
        return new WebOptions(db, host, port, allowIngest, maxUploadBytes, maxBodyBytes, n, ingestThreads, maxActive);
    }

    public WebOptions withMaxActive(int n) {
        return new WebOptions(db, host, port, allowIngest, maxUploadBytes, maxBodyBytes, readers, ingestThreads, n);
    }

    /** Whether the server is reachable from this machine only. */
    public boolean loopbackOnly() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
