package io.storyline.web;

import io.storyline.ingest.Limits;
import io.storyline.pipeline.Pipeline;
import io.storyline.store.Ingestion;
import io.storyline.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A server on a free loopback port over a store made from given inputs, and a client for it. */
final class TestServer implements AutoCloseable {
    final WebServer server;
    final Path db;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(WebServer server, Path db) {
        this.server = server;
        this.db = db;
    }

    /** Ingests {@code inputs} into a new store under {@code dir}, then serves it. */
    static TestServer start(Path dir, boolean allowIngest, List<Path> inputs) {
        return start(dir, allowIngest, inputs, o -> o);
    }

    /** As {@link #start(Path, boolean, List)}, with the server's options changed by {@code options}. */
    static TestServer start(Path dir, boolean allowIngest, List<Path> inputs, java.util.function.UnaryOperator<WebOptions> options) {
        Path db = dir.resolve("web-test.db");
        try (Store s = Store.open(db)) {
            if (!inputs.isEmpty()) {
                new Ingestion(s, Pipeline.standard(Limits.DEFAULT), Ingestion.Options.defaults(1))
                        .ingest(inputs.stream().map(Path::toString).toList(), r -> { });
            }
        }
        WebOptions o = options.apply(WebOptions.defaults(db).withPort(0).withIngest(allowIngest).withReaders(2)
                .withMaxUploadBytes(1 << 20));
        return new TestServer(WebServer.start(o), db);
    }

    /** The folder of a test resource. */
    static Path resource(String name) {
        try {
            return Path.of(TestServer.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create(server.url() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A raw HTTP/1.1 request (for headers the JDK client will not send, such as a foreign Host); returns the status line and headers. */
    String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A multipart/form-data body with one part per file, all named {@code files}. */
    static HttpRequest.BodyPublisher multipart(String boundary, List<String> names, List<byte[]> contents) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try {
            for (int i = 0; i < names.size(); i++) {
                b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + names.get(i).replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                b.write(contents.get(i));
                b.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            b.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return HttpRequest.BodyPublishers.ofByteArray(b.toByteArray());
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
