package io.storyline.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.storyline.ingest.Limits;
import io.storyline.pipeline.Pipeline;
import io.storyline.store.Ingestion;
import io.storyline.store.Store;
import io.storyline.store.StoreException;
import io.storyline.store.StoreQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: Javalin (Jetty) serving the UI and the REST API over one store. Start with
 * {@link #start}; {@link #close} stops it and releases the store. Routes of uploads and replays
 * exist only with {@link WebOptions#allowIngest()}.
 *
 * <p>Every request passes {@link #guard}: when bound to loopback, a {@code Host} other than a
 * loopback name is refused (DNS rebinding); a request that changes state ({@code POST}) from
 * another origin is refused (cross-site request forgery); every response carries the security
 * headers of {@link #SECURITY_HEADERS}. Request bodies are limited by Jetty before any handler
 * reads them.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** The Content-Security-Policy: scripts, styles and fetches from this server only; no inline code, no framing. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Headers on every response. */
    static final String[][] SECURITY_HEADERS = {
            {"Content-Security-Policy", CSP},
            {"X-Content-Type-Options", "nosniff"},
            {"X-Frame-Options", "DENY"},
            {"Referrer-Policy", "same-origin"}, // not no-referrer: Chromium then sends "Origin: null" with forms
            {"Cross-Origin-Opener-Policy", "same-origin"},
            {"Cross-Origin-Resource-Policy", "same-origin"},
            {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"},
            {"Cache-Control", "no-store"}};

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final WebOptions options;
    private final Javalin app;
    private final StoreQueries queries;
    private final Store writer;
    private final IngestJobs jobs;
    private final QoSHandler admission;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private WebServer(WebOptions options, Javalin app, StoreQueries queries, Store writer, IngestJobs jobs, QoSHandler admission) {
        this.options = options;
        this.admission = admission;
        this.app = app;
        this.queries = queries;
        this.writer = writer;
        this.jobs = jobs;
    }

    /**
     * Opens the store (creating it only when ingest is allowed; migrating it when older) and starts
     * serving. Throws {@link StoreException} when the store is missing or unreadable.
     */
    public static WebServer start(WebOptions o) {
        if (!o.allowIngest() && !Files.isRegularFile(o.db())) {
            throw new StoreException("no store at " + o.db() + " (create one with: storyline ingest --db " + o.db()
                    + " PATH..., or serve with --allow-ingest and upload files)");
        }
        Store writer = Store.open(o.db()); // creates or migrates
        if (!o.allowIngest()) {
            writer.close();
            writer = null;
        }
        StoreQueries queries = null;
        IngestJobs jobs = null;
        try {
            queries = StoreQueries.open(o.db(), o.readers());
            Path uploads = null;
            if (o.allowIngest()) {
                uploads = Files.createTempDirectory("storyline-uploads-");
                jobs = new IngestJobs(writer, Pipeline.standard(Limits.DEFAULT),
                        Ingestion.Options.defaults(o.ingestThreads()), uploads);
            }
            QoSHandler admission = o.maxActive() > 0 ? admission(o) : null;
            Javalin app = create(o, queries, jobs, uploads, admission);
            app.start();
            WebServer s = new WebServer(o, app, queries, writer, jobs, admission);
            LOG.info("serving {} on {}", o.db(), s.url());
            return s;
        } catch (IOException e) {
            close(queries, writer, jobs);
            throw new UncheckedIOException("cannot make the upload folder", e);
        } catch (RuntimeException e) {
            close(queries, writer, jobs);
            throw e;
        }
    }

    static Javalin create(WebOptions o, StoreQueries store, IngestJobs jobs, Path uploads, QoSHandler admission) {
        Api api = new Api(store, jobs);
        Pages pages = new Pages(store, jobs != null);
        DuplicatePages dups = new DuplicatePages(store, jobs != null);
        StoryPages stories = new StoryPages(store, jobs != null);
        LedgerPages ledger = new LedgerPages(store, jobs, o.maxUploadBytes());
        byte[] openapi = openApi();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = o.host();
            config.jetty.port = o.port();
            config.http.maxRequestSize = o.maxBodyBytes();
            config.router.ignoreTrailingSlashes = true;
            if (uploads != null) {
                config.jetty.multipartConfig.cacheDirectory(uploads.toString());
                config.jetty.multipartConfig.maxFileSize(o.maxUploadBytes(), SizeUnit.BYTES);
                config.jetty.multipartConfig.maxTotalRequestSize(o.maxUploadBytes(), SizeUnit.BYTES);
                config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            }
            long bodyLimit = uploads != null ? o.maxUploadBytes() + (64 << 10) : o.maxBodyBytes();
            config.jetty.modifyServletContextHandler(h -> h.insertHandler(new SizeLimitHandler(bodyLimit, -1)));
            if (admission != null) config.jetty.modifyServletContextHandler(h -> h.insertHandler(admission));
            routes(config, o, api, pages, dups, stories, ledger, jobs != null, openapi);
        });
    }

    /**
     * Admission of reading requests: at most {@code maxActive} at once, the others suspended (no
     * thread held) and resumed in arrival order. Under load each request then waits for those
     * before it and runs on a core of its own, instead of every request sharing the cores with all
     * the others, where a slow one takes many times its own cost. Uploads are not held back.
     */
    private static QoSHandler admission(WebOptions o) {
        QoSHandler q = new QoSHandler();
        q.includeMethod("GET", "HEAD");
        q.setMaxRequestCount(o.maxActive());
        q.setMaxSuspendedRequestCount(WebOptions.MAX_WAITING);
        q.setMaxSuspend(WebOptions.MAX_WAIT);
        return q;
    }

    private static void routes(JavalinConfig config, WebOptions o, Api api, Pages pages, DuplicatePages dups,
                               StoryPages stories, LedgerPages ledger, boolean ingest, byte[] openapi) {
        var r = config.routes;
        r.before(ctx -> guard(ctx, o));
        // pages
        r.get("/", pages::search);
        r.get("/articles/{id}", pages::article);
        r.get("/stories", stories::stories);
        r.get("/stories/{id}", stories::story);
        r.get("/entities", stories::entities);
        r.get("/entities/{id}", stories::entity);
        r.get("/quotes", stories::quotes);
        r.get("/duplicates", dups::list);
        r.get("/duplicates/{id}", dups::group);
        r.get("/runs", ledger::runs);
        r.get("/runs/{id}", ledger::run);
        r.get("/quarantine", ledger::quarantine);
        r.get("/static/{name}", Assets::serve);
        // API
        r.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
        r.get("/api/overview", api::overview);
        r.get("/api/search", api::search);
        r.get("/api/articles", api::articles);
        r.get("/api/articles/{id}", api::article);
        r.get("/api/sites", api::sites);
        r.get("/api/stories", api::stories);
        r.get("/api/stories/{id}", api::story);
        r.get("/api/stories/{id}/timeline", api::timeline);
        r.get("/api/entities", api::entities);
        r.get("/api/entities/{id}", api::entity);
        r.get("/api/quotes", api::quotes);
        r.get("/api/articles/{id}/annotations", api::annotations);
        r.get("/api/duplicates", api::groups);
        r.get("/api/duplicates/{id}", api::group);
        r.get("/api/runs", api::runs);
        r.get("/api/ledger", api::ledger);
        r.get("/api/quarantine", api::quarantine);
        if (ingest) {
            r.get("/ingest", ledger::ingestForm);
            r.post("/ingest", ledger::upload);
            r.post("/ingest/replay", ledger::replay);
            r.get("/ingest/jobs/{id}", ledger::job);
            r.post("/api/ingest", api::upload);
            r.post("/api/replay", api::replay);
            r.get("/api/ingest/jobs", api::jobs);
            r.get("/api/ingest/jobs/{id}", api::jobOne);
        }
        r.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage(), ingest));
        r.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage(), ingest));
        r.exception(StoreException.class, (e, ctx) -> {
            LOG.warn("store error on {} {}", ctx.method(), ctx.path(), e);
            fail(ctx, 503, e.getMessage(), ingest);
        });
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("error on {} {}", ctx.method(), ctx.path(), e);
            fail(ctx, 500, "internal error: " + e.getClass().getSimpleName(), ingest);
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                fail(ctx, 404, "nothing at " + ctx.path(), ingest);
            }
        });
        r.error(405, ctx -> fail(ctx, 405, "method not allowed on " + ctx.path(), ingest));
        r.error(413, ctx -> fail(ctx, 413, "the request is too large", ingest));
    }

    /** Sends an error as JSON to API paths and as a page elsewhere. */
    private static void fail(Context ctx, int status, String message, boolean ingest) {
        if (ctx.path().startsWith("/api/")) {
            var n = Json.object();
            n.put("status", status);
            n.put("error", message);
            Api.send(ctx, status, n);
        } else {
            Pages.error(ctx, status, message, ingest);
        }
    }

    /** Security headers on every response; refuses foreign Host names (when on loopback) and cross-origin writes. */
    static void guard(Context ctx, WebOptions o) {
        for (String[] h : SECURITY_HEADERS) ctx.header(h[0], h[1]);
        String host = ctx.header("Host");
        if (o.loopbackOnly() && !LOOPBACK_NAMES.contains(hostName(host))) {
            throw new HttpResponseException(403, "this server answers to localhost only (Host: " + host + ")");
        }
        HandlerType m = ctx.method();
        if (m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS) {
            String site = ctx.header("Sec-Fetch-Site");
            if (site != null && !site.equals("same-origin") && !site.equals("none")) {
                throw new HttpResponseException(403, "cross-site requests may not change anything (Sec-Fetch-Site: " + site + ")");
            }
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
                throw new HttpResponseException(403, "cross-origin requests may not change anything (Origin: " + origin + ")");
            }
        }
    }

    /** The host name of a Host header, without the port, lower case. */
    static String hostName(String host) {
        if (host == null) return "";
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static byte[] openApi() {
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("missing resource io/storyline/web/openapi.json");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The server's base URL ({@code http://127.0.0.1:8080}). */
    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port();
    }

    /**
     * Whether timelines and searches are kept while the store is unchanged (on by default; see
     * {@link StoreQueries#caching}). Off, every request is computed: for measuring.
     */
    public void caching(boolean on) {
        queries.caching(on);
    }

    /** Kept results used and computed: timelines used, computed; searches used, computed. */
    public long[] cacheCounts() {
        return queries.cacheCounts();
    }

    /**
     * Reading requests that had to wait their turn (see {@link WebOptions#maxActive()}) since the
     * start, and those of them refused for waiting too long or too many waiting; zeros without a limit.
     */
    public long[] admissionCounts() {
        return admission == null ? new long[2]
                : new long[] {admission.getTotalSuspendedRequestCount(),
                        admission.getTotalExpiredRequestCount() + admission.getTotalExceededRequestCount()};
    }

    /** The underlying app, for tests that inspect routes. */
    Javalin app() {
        return app;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            app.stop();
        } finally {
            close(queries, writer, jobs);
        }
    }

    private static void close(StoreQueries queries, Store writer, IngestJobs jobs) {
        if (jobs != null) jobs.close();
        if (queries != null) queries.close();
        if (writer != null) writer.close();
    }
}
