package io.storyline.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds {@code examples/10-archive.warc.gz} from the corpus's HTML pages, the way a crawler
 * would have stored them: a warcinfo record, then a request and a response per page. Record ids,
 * dates and the gzip stream are fixed, so a rebuild gives the same bytes ({@code ExampleCorpusTest}
 * checks it). One page is stored in windows-1252 with the charset named only in the HTTP header,
 * to exercise charset handling.
 *
 * <p>Run: {@code java -cp … io.storyline.examples.ExampleWarc examples}
 */
public final class ExampleWarc {
    static final String FILE = "10-archive.warc.gz";

    /** A page of the corpus as a crawler fetched it. */
    record Page(String file, String url, Instant fetched, Charset charset) {
    }

    static final List<Page> PAGES = List.of(
            new Page("01-meravia-herald-talks-agreed.html",
                    "https://meraviaherald.example/world/2023/09/12/meravia-kaldor-talks-sallemont",
                    Instant.parse("2023-09-12T11:02:41Z"), StandardCharsets.UTF_8),
            new Page("07-sallemont-observer-framework-signed.html",
                    "https://sallemontobserver.example/world/2024/04/09/framework-signed",
                    Instant.parse("2024-04-09T13:47:05Z"), Charset.forName("windows-1252")),
            new Page("08-kaldor-today-analysis-relief.html",
                    "https://kaldortoday.example/analysis/2024/06/03/sanctions-relief-slower",
                    Instant.parse("2024-06-03T06:15:00Z"), StandardCharsets.UTF_8));

    private ExampleWarc() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples");
        Files.write(dir.resolve(FILE), build(dir));
    }

    /** The archive's bytes, built from the pages in {@code dir}. */
    static byte[] build(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WritableByteChannel channel = new WritableByteChannel() {
            @Override
            public int write(ByteBuffer src) {
                int n = src.remaining();
                byte[] b = new byte[n];
                src.get(b);
                out.write(b, 0, n);
                return n;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        };
        try (WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder()
                    .recordId(id("warcinfo"))
                    .date(PAGES.get(0).fetched())
                    .fields(fields())
                    .build());
            for (Page p : PAGES) {
                String html = Files.readString(dir.resolve(p.file()), StandardCharsets.UTF_8);
                byte[] body = html.getBytes(p.charset());
                URI uri = URI.create(p.url());
                HttpRequest request = new HttpRequest.Builder("GET", uri.getRawPath())
                        .addHeader("Host", uri.getHost())
                        .addHeader("User-Agent", "storyline-example-crawler/1.0")
                        .build();
                HttpResponse response = new HttpResponse.Builder(200, "OK")
                        .addHeader("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                p.fetched().atOffset(java.time.ZoneOffset.UTC)))
                        .body(MediaType.parse("text/html; charset=" + p.charset().name().toLowerCase(java.util.Locale.ROOT)),
                                body)
                        .build();
                WarcRequest req = new WarcRequest.Builder(uri)
                        .recordId(id("request " + p.file()))
                        .date(p.fetched())
                        .body(request)
                        .build();
                WarcResponse res = new WarcResponse.Builder(uri)
                        .recordId(id("response " + p.file()))
                        .date(p.fetched())
                        .concurrentTo(req.id())
                        .body(response)
                        .build();
                writer.write(req);
                writer.write(res);
            }
        }
        return out.toByteArray();
    }

    private static java.util.Map<String, List<String>> fields() {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("software", List.of("storyline ExampleWarc"));
        m.put("description", List.of("Fictional example pages of the Storyline corpus"));
        return m;
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("storyline-example " + name).getBytes(StandardCharsets.UTF_8));
    }
}
