package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads paths, folders (recursively, in name order), stdin ({@code -}) and byte arrays into
 * captures. Never throws for bad data: every problem becomes an {@link Outcome} on the sink with
 * a reason that names the input and what was wrong; the rest of the batch goes on.
 *
 * <p>Thread-compatible: one instance may be shared, it holds only its limits.
 */
public final class Ingestor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HEAD = 8192;

    private final Limits limits;

    public Ingestor(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads every path in order; {@code -} reads stdin. */
    public void read(List<String> paths, IngestSink sink) {
        for (String p : paths) {
            if (p.equals("-")) {
                readStdin(sink);
            } else {
                readPath(p, sink);
            }
        }
    }

    private void readStdin(IngestSink sink) {
        try {
            byte[] data = readBounded(System.in, "-");
            if (data == null) {
                sink.outcome(Outcome.skipped("-", "too-large: stdin exceeds the per-document limit of "
                        + limits.describeMaxBytes()));
                return;
            }
            readBytes("-", data, sink);
        } catch (IOException e) {
            sink.outcome(Outcome.failed("-", "unreadable: stdin: " + message(e), null));
        }
    }

    /** Reads one path: a file or a folder walked recursively. */
    public void readPath(String given, IngestSink sink) {
        Path path = Path.of(given);
        if (Files.isDirectory(path)) {
            walk(given, path, sink);
        } else {
            readFile(given, path, sink);
        }
    }

    private void walk(String given, Path root, IngestSink sink) {
        List<Path> files = new ArrayList<>();
        List<Outcome> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().startsWith(".")) files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Outcome.failed(file.toString(), "unreadable: " + message(e), null));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.outcome(Outcome.failed(given, "unreadable folder: " + message(e), null));
            return;
        }
        problems.forEach(sink::outcome);
        files.sort(Path::compareTo);
        for (Path f : files) readFile(f.toString(), f, sink);
    }

    private void readFile(String input, Path path, IngestSink sink) {
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                sink.outcome(Outcome.failed(input, "unreadable: no such file", null));
                return;
            }
            if (!Files.exists(path)) {
                sink.outcome(Outcome.failed(input, "unreadable: dangling symbolic link", null));
                return;
            }
            if (!Files.isRegularFile(path)) {
                sink.outcome(Outcome.skipped(input, "not-a-file: not a regular file (device, socket or pipe)"));
                return;
            }
            if (!Files.isReadable(path)) {
                sink.outcome(Outcome.failed(input, "unreadable: permission denied", null));
                return;
            }
            long size = Files.size(path);
            byte[] head = new byte[HEAD];
            int n;
            try (InputStream in = Files.newInputStream(path)) {
                n = in.readNBytes(head, 0, HEAD);
            }
            InputKind kind = Sniffer.kind(path.getFileName().toString(), head, n);
            if (kind == InputKind.WARC || (kind == InputKind.GZIP && isWarcName(input))) {
                readWarc(input, path, sink);
                return;
            }
            if (kind != InputKind.GZIP && size > limits.maxBytes()) {
                sink.outcome(Outcome.skipped(input, "too-large: " + Bytes.human(size)
                        + " exceeds the per-document limit of " + limits.describeMaxBytes()));
                return;
            }
            if (kind == InputKind.GZIP && size > limits.maxBytes()) {
                sink.outcome(Outcome.skipped(input, "too-large: compressed size " + Bytes.human(size)
                        + " exceeds the per-document limit of " + limits.describeMaxBytes()));
                return;
            }
            readBytes(input, Files.readAllBytes(path), sink);
        } catch (AccessDeniedException e) {
            sink.outcome(Outcome.failed(input, "unreadable: permission denied", null));
        } catch (NoSuchFileException e) {
            sink.outcome(Outcome.failed(input, "unreadable: no such file", null));
        } catch (IOException e) {
            sink.outcome(Outcome.failed(input, "unreadable: " + message(e), null));
        }
    }

    private static boolean isWarcName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc.gz") || lower.endsWith(".warc");
    }

    /**
     * Reads a whole document given as bytes (a file's content, stdin, or a replayed input). The
     * name decides nothing that the content contradicts.
     */
    public void readBytes(String input, byte[] data, IngestSink sink) {
        Provenance prov = Provenance.ofFile(input);
        int n = Math.min(data.length, HEAD);
        InputKind kind = Sniffer.kind(stripGz(input), data, n);
        switch (kind) {
            case EMPTY -> sink.outcome(Outcome.skipped(input, "empty: the file has no content"));
            case BINARY -> sink.outcome(Outcome.failed(input,
                    "not-a-document: content is " + Sniffer.binaryType(data, n) + ", not HTML or text", data));
            case GZIP -> readGzip(input, data, sink);
            case WARC -> readWarcStream(input, new ByteArrayInputStream(data), sink, data);
            case JSONL -> readJsonLines(input, data, sink);
            case HTML -> sink.capture(Capture.of(prov, Format.HTML, data));
            case TEXT -> sink.capture(Capture.of(prov, Format.TEXT, data));
        }
    }

    private static String stripGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private void readGzip(String input, byte[] data, IngestSink sink) {
        if (isWarcName(input)) {
            readWarcStream(input, new ByteArrayInputStream(data), sink, data);
            return;
        }
        byte[] plain;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            plain = readBounded(in, input);
        } catch (EOFException e) {
            sink.outcome(Outcome.failed(input, "truncated-gzip: the compressed stream ends early ("
                    + message(e) + ")", data));
            return;
        } catch (ZipException e) {
            sink.outcome(Outcome.failed(input, "corrupt-gzip: " + message(e), data));
            return;
        } catch (IOException e) {
            sink.outcome(Outcome.failed(input, "unreadable-gzip: " + message(e), data));
            return;
        }
        if (plain == null) {
            sink.outcome(Outcome.skipped(input, "too-large: decompressed size exceeds the per-document limit of "
                    + limits.describeMaxBytes()));
            return;
        }
        int n = Math.min(plain.length, HEAD);
        InputKind inner = Sniffer.kind(stripGz(input), plain, n);
        if (inner == InputKind.WARC) {
            readWarcStream(input, new ByteArrayInputStream(data), sink, data);
        } else if (inner == InputKind.GZIP) {
            sink.outcome(Outcome.failed(input, "not-a-document: gzip inside gzip", data));
        } else {
            readBytes(input, plain, sink);
        }
    }

    /** Reads up to the size limit; null when the stream holds more. */
    private byte[] readBounded(InputStream in, String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            total += r;
            if (total > limits.maxBytes()) return null;
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private void readWarc(String input, Path path, IngestSink sink) {
        try (InputStream in = Files.newInputStream(path)) {
            readWarcStream(input, in, sink, null);
        } catch (IOException e) {
            sink.outcome(Outcome.failed(input, "unreadable: " + message(e), null));
        }
    }

    private void readWarcStream(String input, InputStream stream, IngestSink sink, byte[] whole) {
        int index = 0;
        long offset = 0;
        try (WarcReader reader = new WarcReader(stream)) {
            reader.setLenient(true);
            for (WarcRecord record = nextRecord(reader); record != null; record = nextRecord(reader)) {
                index++;
                offset = reader.position();
                Provenance prov = new Provenance(input, index, offset);
                if (record instanceof WarcResponse response) {
                    readWarcResponse(prov, response, sink);
                } else if (record instanceof WarcResource resource) {
                    readWarcResource(prov, resource, sink);
                }
                // request, metadata, warcinfo, revisit and conversion records describe documents; they are not documents
            }
        } catch (ParsingException e) {
            sink.outcome(Outcome.failed(input, "corrupt-warc: record " + (index + 1) + " at byte offset "
                    + positionOf(e, offset) + " is invalid: " + message(e), whole));
        } catch (EOFException e) {
            sink.outcome(Outcome.failed(input, "truncated-warc: the file ends inside record " + (index + 1)
                    + " (after " + index + " complete records, last at byte offset " + offset + ")", whole));
        } catch (IOException | RuntimeException e) {
            String m = message(e);
            String reason = m.toLowerCase(Locale.ROOT).contains("unexpected end") || m.contains("EOF")
                    ? "truncated-warc: the file ends inside record " + (index + 1) + " (after " + index
                            + " complete records, last at byte offset " + offset + ")"
                    : "corrupt-warc: after record " + index + " (byte offset " + offset + "): " + m;
            sink.outcome(Outcome.failed(input, reason, whole));
        }
    }

    private static WarcRecord nextRecord(WarcReader reader) throws IOException {
        return reader.next().orElse(null);
    }

    private static long positionOf(ParsingException e, long fallback) {
        return fallback;
    }

    private void readWarcResponse(Provenance prov, WarcResponse response, IngestSink sink) throws IOException {
        String input = prov.input();
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            sink.outcome(Outcome.failed(input, "corrupt-http: the record's HTTP response is invalid: "
                    + message(e), null));
            return;
        }
        MediaType type = safeType(http.contentType());
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() >= 300 && http.status() < 400) {
            http.body().consume();
            sink.outcome(Outcome.skipped(input, "redirect: HTTP " + http.status() + " for " + response.target()));
            return;
        }
        if (!base.isEmpty() && !isDocumentType(base)) {
            http.body().consume();
            sink.outcome(Outcome.skipped(input, "not-a-document: " + base + " at " + response.target()));
            return;
        }
        byte[] body = readBounded(http.bodyDecoded().stream(), input);
        if (body == null) {
            sink.outcome(Outcome.skipped(input, "too-large: the response body exceeds the per-document limit of "
                    + limits.describeMaxBytes()));
            return;
        }
        emitRecord(prov, base, type, body, response.target(), response.date(), sink);
    }

    private void readWarcResource(Provenance prov, WarcResource resource, IngestSink sink) throws IOException {
        MediaType type = safeType(resource.contentType());
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.isEmpty() && !isDocumentType(base)) {
            sink.outcome(Outcome.skipped(prov.input(), "not-a-document: " + base + " at " + resource.target()));
            return;
        }
        byte[] body = readBounded(resource.body().stream(), prov.input());
        if (body == null) {
            sink.outcome(Outcome.skipped(prov.input(), "too-large: the record exceeds the per-document limit of "
                    + limits.describeMaxBytes()));
            return;
        }
        emitRecord(prov, base, type, body, resource.target(), resource.date(), sink);
    }

    private void emitRecord(Provenance prov, String base, MediaType type, byte[] body, String url,
                            Instant date, IngestSink sink) {
        String input = prov.input();
        if (body.length == 0) {
            sink.outcome(Outcome.skipped(input, "empty: the record has no body"));
            return;
        }
        String binary = Sniffer.binaryType(body, Math.min(body.length, HEAD));
        if (binary != null) {
            sink.outcome(Outcome.failed(input, "not-a-document: content is " + binary, body));
            return;
        }
        Format format = base.equals("text/plain") ? Format.TEXT : Format.HTML;
        String charset = type == null ? null : type.parameters().get("charset");
        sink.capture(new Capture(prov, format, body, url, charset, date, null));
    }

    private static MediaType safeType(MediaType t) {
        return t == null || !t.isValid() ? null : t;
    }

    private static boolean isDocumentType(String base) {
        return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("text/plain")
                || base.equals("application/xml") || base.equals("text/xml") || base.equals("unknown/unknown")
                || base.equals("application/octet-stream");
    }

    private void readJsonLines(String input, byte[] data, IngestSink sink) {
        int line = 0;
        int start = 0;
        boolean any = false;
        while (start < data.length) {
            int end = start;
            while (end < data.length && data[end] != '\n') end++;
            line++;
            byte[] raw = Arrays.copyOfRange(data, start, end);
            long offset = start;
            start = end + 1;
            String s = new String(raw, StandardCharsets.UTF_8).strip();
            if (s.isEmpty()) continue;
            any = true;
            Provenance prov = new Provenance(input, line, offset);
            readJsonRecord(prov, s, raw, sink);
        }
        if (!any) sink.outcome(Outcome.skipped(input, "empty: the JSON Lines file has no records"));
    }

    private void readJsonRecord(Provenance prov, String line, byte[] raw, IngestSink sink) {
        String input = prov.input();
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.outcome(Outcome.failed(input, "invalid-json: line " + prov.record() + ": "
                    + e.getOriginalMessage(), raw));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.outcome(Outcome.failed(input, "invalid-record: line " + prov.record()
                    + " is not a JSON object", raw));
            return;
        }
        String url = textOrNull(node, "url");
        String html = textOrNull(node, "html");
        String text = textOrNull(node, "text");
        Instant fetched = null;
        String f = textOrNull(node, "fetched");
        if (f != null) {
            try {
                fetched = OffsetDateTime.parse(f).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    fetched = Instant.parse(f);
                } catch (DateTimeParseException ignored) {
                    // an unparseable capture time is not a reason to drop the page
                }
            }
        }
        if (html == null && text == null) {
            sink.outcome(Outcome.failed(input, "invalid-record: line " + prov.record()
                    + " has neither an \"html\" nor a \"text\" field", raw));
            return;
        }
        String content = html != null ? html : text;
        if (content.isBlank()) {
            sink.outcome(Outcome.skipped(input, "empty: the record's " + (html != null ? "html" : "text")
                    + " field is blank"));
            return;
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxBytes()) {
            sink.outcome(Outcome.skipped(input, "too-large: " + Bytes.human(bytes.length)
                    + " exceeds the per-document limit of " + limits.describeMaxBytes()));
            return;
        }
        sink.capture(new Capture(prov, html != null ? Format.HTML : Format.TEXT, bytes, url, "UTF-8", fetched,
                content));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
