package io.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.eval.SyntheticCorpus;
import io.storyline.pipeline.Pipeline;
import io.storyline.store.Ingestion;
import io.storyline.store.Store;
import io.storyline.web.WebOptions;
import io.storyline.web.WebServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The web load benchmark: builds (once) a store of generated news pages through the real ingest
 * (extraction, deduplication, annotation, stories), starts the real server on loopback, and runs
 * concurrent clients against search and timelines for a fixed time, reporting latency percentiles
 * per route and errors. Clients and server share the machine.
 */
final class WebLoad {
    /** Outlets the generated pages are spread over. */
    static final int SITES = 40;
    /** First publication day of the generated corpus; pages are spread over four years from it. */
    static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    static final int DAYS = 4 * 365;

    private WebLoad() {
    }

    /** How many articles the store holds (0 when it does not exist). */
    static long articles(Path db) throws Exception {
        if (!Files.isRegularFile(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /**
     * Writes {@code n} generated pages as JSON Lines of HTML captures (title, outlet and publication
     * date in the page's metadata; body text made from real page texts, 20% of them syndicated copies).
     */
    static void writePages(SyntheticCorpus synth, int from, int n, int total, Path out) throws IOException {
        ObjectMapper om = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = from; i < from + n; i++) {
                String text = synth.text(i);
                String[] paragraphs = text.split("\n+");
                String title = title(paragraphs[0]);
                LocalDate day = FIRST_DAY.plusDays((long) i * DAYS / Math.max(1, total));
                int site = Math.floorMod(i * 31, SITES);
                StringBuilder html = new StringBuilder(text.length() + 600);
                html.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(esc(title))
                        .append(" | Outlet ").append(site).append("</title><meta property=\"og:site_name\" content=\"Outlet ")
                        .append(site).append("\"><meta property=\"article:published_time\" content=\"").append(day)
                        .append("T").append(String.format(Locale.ROOT, "%02d", 6 + i % 14)).append(":00:00Z\"></head><body>")
                        .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
                        .append(esc(title)).append("</h1>");
                for (String p : paragraphs) if (!p.isBlank()) html.append("<p>").append(esc(p)).append("</p>");
                html.append("</article><footer>© Outlet ").append(site).append("</footer></body></html>");
                ObjectNode rec = om.createObjectNode();
                rec.put("url", "https://outlet" + site + ".example/" + day + "/story-" + i);
                rec.put("html", html.toString());
                w.write(om.writeValueAsString(rec));
                w.write('\n');
            }
        }
    }

    private static String title(String first) {
        String[] words = first.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(words.length, 11)));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Ingests generated pages until the store holds {@code target} articles (or the pages run out). */
    static void build(Path db, SyntheticCorpus synth, int target, Pipeline pipeline, int threads, Path tmp) throws Exception {
        long have = articles(db);
        int next = (int) have;
        long t0 = System.nanoTime();
        try (Store store = Store.open(db)) {
            Ingestion ingestion = new Ingestion(store, pipeline, Ingestion.Options.defaults(threads));
            while (have < target) {
                int n = (int) Math.min(20_000, target - have);
                Path file = tmp.resolve("storyline-webload-" + next + ".jsonl");
                writePages(synth, next, n, target, file);
                Ingestion.Summary s = ingestion.ingest(List.of(file.toString()), r -> { });
                Files.deleteIfExists(file);
                next += n;
                have = articles(db);
                System.out.printf(Locale.ROOT, "  store: %,d articles (+%,d ok, %,d skipped, %,d failed) after %.0f s%n",
                        have, s.ok(), s.skipped(), s.failed(), (System.nanoTime() - t0) / 1e9);
                if (s.ok() == 0) break;
            }
        }
    }

    /** One request kind of the load. */
    record Route(String name, List<String> paths) {
    }

    /** The latencies and errors of one route. */
    static final class Tally {
        final List<long[]> perThread = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        final Map<String, AtomicLong> why = new java.util.concurrent.ConcurrentHashMap<>();

        synchronized long[] add(long[] a) {
            perThread.add(a);
            return a;
        }
    }

    /** The measured server: {@code serve}'s defaults on a free port, one reader per four clients (at least 8). */
    static WebOptions serverOptions(Path db, int clients, Integer maxActive) {
        WebOptions o = WebOptions.defaults(db).withPort(0).withReaders(Math.max(8, clients / 4));
        return maxActive == null ? o : o.withMaxActive(maxActive);
    }

    /** Width of the windows in which the run's p99 is also reported, to show how it varies over the run. */
    static final int WINDOW_SECONDS = 10;

    /**
     * Runs {@code clients} clients against the routes, round robin with random paths: first
     * {@code warmupSeconds} at the same load, not counted (the server's code compiled, its caches
     * filled as in a server that has been running), then {@code seconds} measured.
     */
    static Map<String, String> run(WebOptions o, int clients, int warmupSeconds, int seconds, List<Route> routes, long seed,
                                   boolean cache) throws Exception {
        Map<String, String> report = new LinkedHashMap<>();
        try (WebServer server = WebServer.start(o)) {
            server.caching(cache);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String base = server.url().replaceAll("/$", "");
            // every route answers before the clients start
            Random wr = new Random(seed);
            for (int i = 0; i < 200; i++) {
                Route r = routes.get(i % routes.size());
                get(http, base + r.paths().get(wr.nextInt(r.paths().size())));
            }
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (Route r : routes) tallies.put(r.name(), new Tally());
            int windows = (seconds + WINDOW_SECONDS - 1) / WINDOW_SECONDS;
            Tally[] byWindow = new Tally[windows];
            for (int w = 0; w < windows; w++) byWindow[w] = new Tally();
            long start = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            long end = start + seconds * 1_000_000_000L;
            CountDownLatch measuring = new CountDownLatch(clients);
            CountDownLatch done = new CountDownLatch(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread.ofPlatform().name("load-" + c).start(() -> {
                    Client conn = new Client(server.port());
                    Random rnd = new Random(seed + client);
                    Map<String, long[]> lat = new HashMap<>();
                    Map<String, Integer> count = new HashMap<>();
                    for (Route r : routes) lat.put(r.name(), new long[1 << 12]);
                    long[][] win = new long[windows][1 << 10];
                    int[] winCount = new int[windows];
                    int k = client;
                    boolean counting = false;
                    while (true) {
                        long s = System.nanoTime();
                        if (s >= end) break;
                        if (!counting && s >= start) {
                            counting = true;
                            measuring.countDown();
                        }
                        Route r = routes.get(k++ % routes.size());
                        String path = r.paths().get(rnd.nextInt(r.paths().size()));
                        String err = conn.get(path);
                        long took = System.nanoTime() - s;
                        if (!counting) continue; // warm-up
                        if (err != null) {
                            tallies.get(r.name()).errors.incrementAndGet();
                            tallies.get(r.name()).why.computeIfAbsent(err, x -> new AtomicLong()).incrementAndGet();
                        }
                        int n = count.merge(r.name(), 1, Integer::sum);
                        long[] a = lat.get(r.name());
                        if (n > a.length) {
                            a = Arrays.copyOf(a, a.length * 2);
                            lat.put(r.name(), a);
                        }
                        a[n - 1] = took;
                        int w = (int) Math.min(windows - 1, (s - start) / (WINDOW_SECONDS * 1_000_000_000L));
                        if (winCount[w] == win[w].length) win[w] = Arrays.copyOf(win[w], win[w].length * 2);
                        win[w][winCount[w]++] = took;
                    }
                    if (!counting) measuring.countDown();
                    conn.close();
                    for (Route r : routes) {
                        tallies.get(r.name()).add(Arrays.copyOf(lat.get(r.name()), count.getOrDefault(r.name(), 0)));
                    }
                    for (int w = 0; w < windows; w++) byWindow[w].add(Arrays.copyOf(win[w], winCount[w]));
                    done.countDown();
                });
            }
            measuring.await();
            long[] before = server.cacheCounts();
            long[] admittedBefore = server.admissionCounts();
            done.await();
            double wall = seconds;
            long[] all = new long[0];
            long errors = 0;
            for (Map.Entry<String, Tally> t : tallies.entrySet()) {
                long[] a = t.getValue().perThread.stream().flatMapToLong(Arrays::stream).toArray();
                all = concat(all, a);
                errors += t.getValue().errors.get();
                report.put(t.getKey(), line(a, t.getValue().errors.get(), wall) + (t.getValue().why.isEmpty() ? ""
                        : "  errors: " + t.getValue().why));
            }
            report.put("all", line(all, errors, wall));
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < windows; i++) {
                long[] a = byWindow[i].perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
                w.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", pct(a, 0.99)));
            }
            report.put("p99 by " + WINDOW_SECONDS + " s (ms)", w.toString());
            long[] k = server.cacheCounts();
            report.put("results kept and used", String.format(Locale.ROOT, "timelines %,d of %,d, searches %,d of %,d",
                    k[0] - before[0], k[0] + k[1] - before[0] - before[1], k[2] - before[2], k[2] + k[3] - before[2] - before[3]));
            long[] adm = server.admissionCounts();
            report.put("waited for their turn", String.format(Locale.ROOT, "%,d requests; refused %,d",
                    adm[0] - admittedBefore[0], adm[1] - admittedBefore[1]));
        }
        return report;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String line(long[] nanos, long errors, double wall) {
        long[] a = nanos.clone();
        Arrays.sort(a);
        return String.format(Locale.ROOT, "%,9d requests %8.1f/s  errors %d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms",
                a.length, a.length / wall, errors, pct(a, 0.50), pct(a, 0.90), pct(a, 0.99), a.length == 0 ? 0 : a[a.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /**
     * One client's HTTP/1.1 keep-alive connection to the server on loopback: a blocking socket, a
     * request line and host header, a response read to its end (Content-Length or chunked). Much
     * lighter than a general client, so that the machine's cores go to the server being measured.
     */
    static final class Client {
        private final int port;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        Client(int port) {
            this.port = port;
        }

        /** GETs a path; returns null on 200, else what went wrong (the connection is then reopened). */
        String get(String path) {
            try {
                if (socket == null) {
                    socket = new java.net.Socket("127.0.0.1", port);
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(30_000);
                    in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
                    out = socket.getOutputStream();
                }
                out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: */*\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String status = line();
                int code = Integer.parseInt(status.substring(9, 12));
                long length = -1;
                boolean chunked = false, closing = false;
                for (String h = line(); !h.isEmpty(); h = line()) {
                    String lower = h.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) length = Long.parseLong(h.substring(15).strip());
                    else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
                    else if (lower.startsWith("connection:") && lower.contains("close")) closing = true;
                }
                if (chunked) {
                    for (long n = Long.parseLong(line().strip().split(";")[0], 16); n > 0; n = Long.parseLong(line().strip().split(";")[0], 16)) {
                        skip(n);
                        line();
                    }
                    while (!line().isEmpty()) {
                        // trailers
                    }
                } else if (length >= 0) {
                    skip(length);
                } else {
                    closing = true;
                    while (in.read() >= 0) {
                        // a body to the end of the connection
                    }
                }
                if (closing) close();
                return code == 200 ? null : "HTTP " + code;
            } catch (IOException | RuntimeException e) {
                close();
                return e.getClass().getSimpleName();
            }
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long k = in.skip(n);
                if (k <= 0) {
                    if (in.read() < 0) throw new java.io.EOFException("body cut short");
                    k = 1;
                }
                n -= k;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            int c;
            while ((c = in.read()) >= 0 && c != '\n') if (c != '\r') sb.append((char) c);
            if (c < 0 && sb.isEmpty()) throw new java.io.EOFException("connection closed");
            return sb.toString();
        }

        void close() {
            try {
                if (socket != null) socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** GETs a URL; returns null on 200, else what went wrong. */
    private static String get(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Search queries: single words and pairs drawn from the corpus vocabulary (frequent and rare). */
    static List<String> searches(Path db, int n, long seed) throws Exception {
        Set<String> words = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT title FROM articles WHERE title IS NOT NULL ORDER BY random() LIMIT 3000")) {
            while (r.next()) {
                for (String w : r.getString(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() >= 5) words.add(w);
            }
        }
        List<String> vocab = new ArrayList<>(words);
        Random rnd = new Random(seed);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        // distinct searches: single words first, then pairs (a third of them), until n
        for (int tries = 0; out.size() < n && tries < n * 20 && !vocab.isEmpty(); tries++) {
            String q = vocab.get(rnd.nextInt(vocab.size()));
            if (out.size() % 3 == 0 || tries >= vocab.size()) q += " " + vocab.get(rnd.nextInt(vocab.size()));
            out.add(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        List<String> list = new ArrayList<>(out);
        java.util.Collections.shuffle(list, rnd);
        return list;
    }

    /** Story ids: the largest stories and a random sample of the others. */
    static List<String> stories(Path db, int n) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM (SELECT id FROM stories WHERE merged_into IS NULL ORDER BY articles DESC"
                     + " LIMIT " + n / 5 + ") UNION SELECT id FROM (SELECT id FROM stories WHERE merged_into IS NULL ORDER BY random()"
                     + " LIMIT " + (n - n / 5) + ")")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** Stories, events and the biggest story, to describe the store measured. */
    static String describe(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            StringBuilder sb = new StringBuilder();
            for (String[] q : new String[][] {{"articles", "SELECT count(*) FROM articles"},
                    {"stories", "SELECT count(*) FROM stories WHERE merged_into IS NULL"},
                    {"largest story (articles)", "SELECT max(articles) FROM stories"},
                    {"largest story (events)", "SELECT max(events) FROM stories"},
                    {"events", "SELECT count(*) FROM events"}, {"entities", "SELECT count(*) FROM entities"},
                    {"quotes", "SELECT count(*) FROM quotes"}, {"duplicate groups", "SELECT count(*) FROM duplicate_groups"}}) {
                try (ResultSet r = s.executeQuery(q[1])) {
                    sb.append(sb.isEmpty() ? "" : ", ").append(q[0]).append(' ').append(String.format(Locale.ROOT, "%,d", r.next() ? r.getLong(1) : 0));
                }
            }
            sb.append(String.format(Locale.ROOT, "; file %,d MiB", Files.size(db) >> 20));
            return sb.toString();
        }
    }
}
