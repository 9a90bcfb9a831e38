package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * Reads paths, folders (recursively, in name order, hidden entries left out), stdin ({@code -})
 * and byte arrays into captures. Never throws for bad data: every problem becomes an
 * {@link Outcome} on the sink with a reason that starts with a short code ({@code empty:},
 * {@code too-large:}, {@code truncated-gzip:} …) and says what was wrong; the rest of the batch
 * goes on.
 *
 * <p>Files are streamed: a WARC or JSON Lines file may be any size, each document in it is held
 * to {@link Limits#maxBytes()}. A failed input carries the raw bytes needed to read it again
 * ({@link #reread}) when they fit within that limit: the whole file, the JSON line, or the WARC
 * from the record that failed.
 *
 * <p>Thread-safe: an instance holds only its limits.
 */
public final class Ingestor {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bytes looked at to decide what an input is. */
    static final int HEAD = 8192;
    private static final int IO_BUFFER = 1 << 16;

    private final Limits limits;

    public Ingestor(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public Limits limits() {
        return limits;
    }

    /** Reads every path in order; {@code -} reads stdin. */
    public void read(List<String> paths, IngestSink sink) {
        for (String p : paths) {
            if (p.equals("-")) {
                readStdin(System.in, sink);
            } else {
                readPath(p, sink);
            }
        }
    }

    /**
     * The files {@link #read} would visit for these paths, in the same order ({@code -} stands for
     * itself); for progress reporting. Folders that cannot be listed contribute nothing.
     */
    public static List<String> files(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            if (!p.equals("-") && Files.isDirectory(Path.of(p))) {
                try {
                    for (Entry e : walk(Path.of(p))) out.add(e.path().toString());
                } catch (IOException e) {
                    // the read reports the folder as unreadable
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads a stream as one input named {@code input} (stdin is {@code -}). */
    public void readStdin(InputStream in, IngestSink sink) {
        String input = "-";
        try {
            byte[] first = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (first.length <= limits.maxBytes()) {
                readBytes(input, first, sink);
                return;
            }
            // larger than one document: may still be a container; stream it, without raw bytes to keep
            InputStream rest = new BufferedInputStream(new SequenceInputStream(new ByteArrayInputStream(first), in),
                    IO_BUFFER);
            readStream(input, input, rest, -1, offset -> null, 0, sink);
        } catch (IOException e) {
            fail(sink, Provenance.ofFile(input), "unreadable: stdin: " + message(e), null);
        }
    }

    /** Reads one path: a file, or a folder walked recursively. */
    public void readPath(String given, IngestSink sink) {
        Path path = Path.of(given);
        if (!Files.isDirectory(path)) {
            readFile(given, path, sink);
            return;
        }
        List<Entry> entries;
        try {
            entries = walk(path);
        } catch (IOException e) {
            fail(sink, Provenance.ofFile(given), "unreadable: the folder cannot be listed: " + message(e), null);
            return;
        }
        for (Entry e : entries) {
            if (e.problem() != null) {
                fail(sink, Provenance.ofFile(e.path().toString()), "unreadable: " + message(e.problem()), null);
            } else {
                readFile(e.path().toString(), e.path(), sink);
            }
        }
    }

    /** A file found in a folder, or an entry that could not be visited. */
    private record Entry(Path path, IOException problem) {
    }

    /** The files under a folder in path order, hidden files and folders left out. */
    private static List<Entry> walk(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!hidden(file)) entries.add(new Entry(file, null));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!hidden(file)) entries.add(new Entry(file, e));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) entries.add(new Entry(dir, e));
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort((a, b) -> a.path().compareTo(b.path()));
        return entries;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private void readFile(String input, Path path, IngestSink sink) {
        Provenance where = Provenance.ofFile(input);
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                fail(sink, where, "unreadable: no such file", null);
                return;
            }
            if (!Files.exists(path)) {
                fail(sink, where, "unreadable: dangling symbolic link (its target "
                        + Files.readSymbolicLink(path) + " does not exist)", null);
                return;
            }
            if (Files.isDirectory(path)) {
                sink.outcome(where, Outcome.skipped(input, "not-a-file: a symbolic link to a folder (not followed)"));
                return;
            }
            if (!Files.isRegularFile(path)) {
                sink.outcome(where, Outcome.skipped(input, "not-a-file: not a regular file (device, socket or pipe)"));
                return;
            }
            if (!Files.isReadable(path)) {
                fail(sink, where, "unreadable: permission denied", null);
                return;
            }
            long size = Files.size(path);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path), IO_BUFFER)) {
                readStream(input, path.getFileName().toString(), in, size, offset -> readRange(path, offset), 0, sink);
            }
        } catch (AccessDeniedException e) {
            fail(sink, where, "unreadable: permission denied", null);
        } catch (NoSuchFileException e) {
            fail(sink, where, "unreadable: the file disappeared while being read", null);
        } catch (IOException e) {
            fail(sink, where, "unreadable: " + message(e), null);
        } catch (RuntimeException e) {
            fail(sink, where, "error: reading failed: " + e.getClass().getSimpleName() + ": " + message(e),
                    readRange(path, 0));
        }
    }

    /**
     * Reads a whole input given as bytes (a file's content, stdin, or a quarantined input). The
     * name decides nothing that the content contradicts.
     */
    public void readBytes(String input, byte[] data, IngestSink sink) {
        try {
            readStream(input, fileName(input), new ByteArrayInputStream(data), data.length, tail(data), 0, sink);
        } catch (IOException e) {
            // in-memory streams fail only through a decompressor, and readStream reports those itself
            fail(sink, Provenance.ofFile(input), "unreadable: " + message(e), data);
        } catch (RuntimeException e) {
            fail(sink, Provenance.ofFile(input), "error: reading failed: " + e.getClass().getSimpleName() + ": "
                    + message(e), data);
        }
    }

    /**
     * Reads again what a failed outcome kept (replay after a fix). {@code where} is the outcome's
     * provenance: a whole file ({@code record == 0}) is read as {@link #readBytes} would; a record of
     * a container is read from its raw bytes: a JSON line, or a WARC from the record that failed,
     * numbered and positioned as in the original file.
     */
    public void reread(Provenance where, byte[] raw, IngestSink sink) {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(raw, "raw");
        if (where.record() == 0) {
            readBytes(where.file(), raw, sink);
            return;
        }
        int n = Math.min(raw.length, HEAD);
        if (Bytes.startsWithAscii(raw, n, "WARC/") || Bytes.startsWith(raw, n, (byte) 0x1F, (byte) 0x8B)) {
            readWarc(where.file(), new ByteArrayInputStream(raw), tail(raw), where.record() - 1,
                    Math.max(0, where.recordOffset()), sink);
        } else {
            readJsonRecord(where, raw, sink);
        }
    }

    /** Raw bytes of part of an input, for quarantine: from an offset to the end; null when unavailable or too large. */
    @FunctionalInterface
    private interface Raw {
        byte[] from(long offset);
    }

    /** Raw bytes held in memory: from an offset to the end, when that fits the per-document limit. */
    private Raw tail(byte[] data) {
        return offset -> offset >= 0 && offset <= data.length && data.length - offset <= limits.maxBytes()
                ? Arrays.copyOfRange(data, (int) offset, data.length) : null;
    }

    private byte[] readRange(Path path, long offset) {
        try (SeekableByteChannel ch = Files.newByteChannel(path)) {
            long size = ch.size();
            if (offset < 0 || offset > size || size - offset > limits.maxBytes()) return null;
            ByteBuffer buf = ByteBuffer.allocate((int) (size - offset));
            ch.position(offset);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // fill
            }
            return buf.array();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads one input from a buffered stream.
     *
     * @param size  the input's size in bytes when known, else -1
     * @param depth how many gzip layers were removed already
     */
    private void readStream(String input, String name, InputStream in, long size, Raw raw, int depth,
                            IngestSink sink) throws IOException {
        Provenance where = Provenance.ofFile(input);
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        int n = head.length;
        InputKind kind = Sniffer.kind(name, head, n, n < HEAD);
        switch (kind) {
            case EMPTY -> sink.outcome(where, Outcome.skipped(input, n == 0
                    ? "empty: the " + (depth > 0 ? "decompressed " : "") + "file has no content (0 bytes)"
                    : "empty: the file holds only whitespace"));
            case FORMAT -> sink.outcome(where, Outcome.skipped(input, "not-a-document: the content is "
                    + Sniffer.knownFormat(head, n) + ", not HTML or text" + namedNote(name)));
            case BINARY -> fail(sink, where, "not-a-document: the content is " + Sniffer.binaryData(head, n)
                    + ", not HTML or text" + namedNote(name), raw.from(0));
            case WARC -> readWarc(input, in, raw, 0, 0, sink);
            case GZIP -> readGzip(input, name, in, head, n, raw, depth, sink);
            case JSONL -> readJsonLines(input, in, sink);
            case HTML, TEXT -> {
                Format format = kind == InputKind.HTML ? Format.HTML : Format.TEXT;
                if (size > limits.maxBytes()) {
                    sink.outcome(where, tooLarge(input, Bytes.human(size) + " exceeds"));
                    return;
                }
                byte[] data = readBounded(in);
                if (data == null) {
                    sink.outcome(where, tooLarge(input, (depth > 0 ? "the decompressed content" : "the content")
                            + " exceeds"));
                    return;
                }
                sink.capture(Capture.of(where, format, data));
            }
        }
    }

    private Outcome tooLarge(String input, String what) {
        return Outcome.skipped(input, "too-large: " + what + " the per-document limit of " + limits.describeMaxBytes());
    }

    /** " (named .html)" when the name promised a document, for reasons about binary content. */
    private static String namedNote(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? " (named " + name.substring(dot) + ")" : "";
    }

    private void readGzip(String input, String name, InputStream in, byte[] head, int n, Raw raw, int depth,
                          IngestSink sink) throws IOException {
        Provenance where = Provenance.ofFile(input);
        byte[] inner = gunzipHead(head, n);
        if (Bytes.startsWithAscii(inner, inner.length, "WARC/")) {
            // jwarc reads compressed WARCs itself, so record offsets are positions in the file
            readWarc(input, in, raw, 0, 0, sink);
            return;
        }
        if (depth > 0) {
            fail(sink, where, "not-a-document: gzip inside gzip", raw.from(0));
            return;
        }
        InputStream plain;
        try {
            plain = new BufferedInputStream(new Decompressed(new GZIPInputStream(in, IO_BUFFER)), IO_BUFFER);
        } catch (EOFException e) {
            fail(sink, where, "truncated-gzip: the file ends inside the gzip header", raw.from(0));
            return;
        } catch (ZipException e) {
            fail(sink, where, "corrupt-gzip: " + message(e), raw.from(0));
            return;
        }
        try {
            readStream(input, stripGz(name), plain, -1, raw, depth + 1, sink);
        } catch (DecompressionException e) {
            fail(sink, where, e.getMessage(), raw.from(0));
        }
    }

    /** The first decompressed bytes of a gzip head (fewer when the head is cut), or none. */
    private static byte[] gunzipHead(byte[] head, int n) {
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(head, 0, n))) {
            byte[] out = new byte[64];
            int got = 0;
            int r;
            while (got < out.length && (r = gz.read(out, got, out.length - got)) > 0) got += r;
            return Arrays.copyOf(out, got);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    /** A decompressing stream whose data errors become {@link DecompressionException}s with a reason. */
    private static final class Decompressed extends FilterInputStream {
        private long produced;

        Decompressed(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int r = super.read(b, off, len);
                if (r > 0) produced += r;
                return r;
            } catch (EOFException e) {
                throw new DecompressionException("truncated-gzip: the compressed stream ends early, after "
                        + Bytes.human(produced) + " of content");
            } catch (ZipException e) {
                throw new DecompressionException("corrupt-gzip: " + message(e) + ", after " + Bytes.human(produced)
                        + " of content");
            }
        }
    }

    /** A compressed input that cannot be decompressed; the message is the reason. */
    private static final class DecompressionException extends IOException {
        private static final long serialVersionUID = 1L;

        DecompressionException(String reason) {
            super(reason);
        }
    }

    private static String stripGz(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) return name.substring(0, name.length() - 3);
        if (lower.endsWith(".tgz")) return name.substring(0, name.length() - 4) + ".tar";
        return name;
    }

    private static String fileName(String input) {
        Path p;
        try {
            p = Path.of(input).getFileName();
        } catch (RuntimeException e) {
            return input;
        }
        return p == null ? input : p.toString();
    }

    /** Reads up to the size limit; null when the stream holds more. */
    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[IO_BUFFER];
        long total = 0;
        int r;
        while ((r = in.read(buf)) >= 0) {
            total += r;
            if (total > limits.maxBytes()) return null;
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- WARC

    /**
     * Reads a WARC (compressed or not) from a stream.
     *
     * @param before     records before this stream's first one (0 for a whole file)
     * @param baseOffset the stream's offset in the file (0 for a whole file)
     */
    private void readWarc(String file, InputStream stream, Raw raw, int before, long baseOffset, IngestSink sink) {
        int index = before;
        int documents = 0;
        long offset = baseOffset;
        boolean inRecord = false;
        WarcReader reader = null;
        try {
            reader = new WarcReader(stream);
            reader.setLenient(true);
            while (true) {
                inRecord = false;
                WarcRecord record = reader.next().orElse(null);
                if (record == null) break;
                inRecord = true;
                index++;
                offset = baseOffset + reader.position();
                Provenance where = new Provenance(file, index, offset);
                if (record instanceof WarcResponse response) {
                    documents++;
                    readWarcResponse(where, response, sink);
                } else if (record instanceof WarcResource resource) {
                    documents++;
                    readWarcResource(where, resource, sink);
                }
                // request, metadata, warcinfo, revisit and conversion records describe documents; they are not documents
            }
            if (documents == 0 && before == 0) {
                sink.outcome(Provenance.ofFile(file), Outcome.skipped(file, "no-documents: the WARC holds "
                        + index + " records and no response or resource record"));
            }
        } catch (IOException | RuntimeException e) {
            int failing = inRecord ? index : index + 1;
            long at = inRecord || reader == null ? offset : baseOffset + reader.position();
            String m = message(e);
            boolean truncated = e instanceof EOFException || m.toLowerCase(Locale.ROOT).contains("unexpected end")
                    || m.toLowerCase(Locale.ROOT).contains("eof");
            String reason = truncated
                    ? "truncated-warc: the file ends inside record " + failing + " (at byte offset " + at + ", after "
                            + (failing - 1) + " complete records)"
                    : "corrupt-warc: record " + failing + " at byte offset " + at + " is invalid: " + m;
            fail(sink, new Provenance(file, failing, at), reason, raw.from(at - baseOffset));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // closing a read-only stream
                }
            }
        }
    }

    private void readWarcResponse(Provenance where, WarcResponse response, IngestSink sink) throws IOException {
        String input = where.input();
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            fail(sink, where, "corrupt-http: the record's HTTP response is invalid: " + message(e), null);
            return;
        }
        MediaType type = safeType(http.contentType());
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() >= 300 && http.status() < 400) {
            sink.outcome(where, Outcome.skipped(input, "redirect: HTTP " + http.status() + " for " + response.target()));
            return;
        }
        if (http.status() >= 400) {
            sink.outcome(where, Outcome.skipped(input, "http-error: HTTP " + http.status() + " for " + response.target()));
            return;
        }
        if (!base.isEmpty() && !isDocumentType(base)) {
            sink.outcome(where, Outcome.skipped(input, "not-a-document: " + base + " at " + response.target()));
            return;
        }
        byte[] body = readBounded(http.bodyDecoded().stream());
        if (body == null) {
            sink.outcome(where, tooLarge(input, "the response body exceeds"));
            return;
        }
        emitRecord(where, base, type, body, response.target(), response.date(), sink);
    }

    private void readWarcResource(Provenance where, WarcResource resource, IngestSink sink) throws IOException {
        MediaType type = safeType(resource.contentType());
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.isEmpty() && !isDocumentType(base)) {
            sink.outcome(where, Outcome.skipped(where.input(), "not-a-document: " + base + " at " + resource.target()));
            return;
        }
        byte[] body = readBounded(resource.body().stream());
        if (body == null) {
            sink.outcome(where, tooLarge(where.input(), "the record exceeds"));
            return;
        }
        emitRecord(where, base, type, body, resource.target(), resource.date(), sink);
    }

    private void emitRecord(Provenance where, String base, MediaType type, byte[] body, String url, Instant date,
                            IngestSink sink) {
        String input = where.input();
        int n = Math.min(body.length, HEAD);
        if (body.length == 0 || Sniffer.blank(body, body.length)) {
            sink.outcome(where, Outcome.skipped(input, "empty: the record has no content"));
            return;
        }
        String format = Sniffer.knownFormat(body, n);
        if (format != null) {
            sink.outcome(where, Outcome.skipped(input, "not-a-document: the record holds " + format));
            return;
        }
        String binary = Sniffer.binaryData(body, n);
        if (binary != null) {
            fail(sink, where, "not-a-document: the record holds " + binary, null);
            return;
        }
        Format f = base.equals("text/plain") ? Format.TEXT
                : base.startsWith("text/html") || base.contains("xml") ? Format.HTML
                : Sniffer.kind(url == null ? "" : url, body, n, body.length < HEAD) == InputKind.TEXT ? Format.TEXT
                : Format.HTML;
        String charset = type == null ? null : type.parameters().get("charset");
        sink.capture(new Capture(where, f, body, url, charset, date, null));
    }

    /** The media type, or null when absent or unusable (jwarc parses leniently; its isValid() rejects common forms). */
    private static MediaType safeType(MediaType t) {
        try {
            return t == null || t.base() == null || t.base().toString().isBlank() ? null : t;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isDocumentType(String base) {
        return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("text/plain")
                || base.equals("application/xml") || base.equals("text/xml") || base.equals("unknown/unknown")
                || base.equals("application/octet-stream") || base.equals("application/http");
    }

    // ---------------------------------------------------------------- JSON Lines

    private void readJsonLines(String file, InputStream in, IngestSink sink) throws IOException {
        LineReader lines = new LineReader(in, limits.maxBytes());
        boolean any = false;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            Provenance where = new Provenance(file, line.number(), line.offset());
            if (line.tooLong()) {
                any = true;
                sink.outcome(where, tooLarge(where.input(), "line " + line.number() + " exceeds"));
                continue;
            }
            if (Sniffer.blank(line.bytes(), line.bytes().length)) continue;
            any = true;
            readJsonRecord(where, line.bytes(), sink);
        }
        if (!any) sink.outcome(Provenance.ofFile(file), Outcome.skipped(file, "empty: the JSON Lines file has no records"));
    }

    /** Reads lines of bytes, each up to a limit, with their 1-based numbers and byte offsets. */
    private static final class LineReader {
        record Line(int number, long offset, byte[] bytes, boolean tooLong) {
        }

        private final InputStream in;
        private final long max;
        private long position;
        private int number;
        private boolean eof;

        LineReader(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        Line next() throws IOException {
            if (eof) return null;
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            long start = position;
            boolean tooLong = false;
            long length = 0;
            int b;
            while ((b = in.read()) >= 0) {
                position++;
                if (b == '\n') break;
                length++;
                if (length > max) {
                    tooLong = true;
                } else {
                    buf.write(b);
                }
            }
            if (b < 0) {
                eof = true;
                if (length == 0) return null;
            }
            number++;
            byte[] bytes = tooLong ? new byte[0] : buf.toByteArray();
            if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') bytes = Arrays.copyOf(bytes, bytes.length - 1);
            return new Line(number, start, bytes, tooLong);
        }
    }

    private void readJsonRecord(Provenance where, byte[] raw, IngestSink sink) {
        String input = where.input();
        String line = new String(raw, StandardCharsets.UTF_8).strip();
        if (line.startsWith("\ufeff")) line = line.substring(1);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            fail(sink, where, "invalid-json: line " + where.record() + " is not valid JSON: "
                    + firstLine(e.getOriginalMessage()), raw);
            return;
        }
        if (node == null || !node.isObject()) {
            fail(sink, where, "invalid-record: line " + where.record() + " is not a JSON object", raw);
            return;
        }
        JsonNode html = node.get("html");
        JsonNode text = node.get("text");
        boolean hasHtml = html != null && !html.isNull();
        boolean hasText = text != null && !text.isNull();
        if (!hasHtml && !hasText) {
            fail(sink, where, "invalid-record: line " + where.record() + " has neither an \"html\" nor a \"text\" field", raw);
            return;
        }
        JsonNode field = hasHtml ? html : text;
        String fieldName = hasHtml ? "html" : "text";
        if (!field.isTextual()) {
            fail(sink, where, "invalid-record: line " + where.record() + ": \"" + fieldName + "\" is not a string", raw);
            return;
        }
        String content = field.textValue();
        if (content.isBlank()) {
            sink.outcome(where, Outcome.skipped(input, "empty: the record's \"" + fieldName + "\" field is blank"));
            return;
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxBytes()) {
            sink.outcome(where, tooLarge(input, "the record's \"" + fieldName + "\" (" + Bytes.human(bytes.length) + ") exceeds"));
            return;
        }
        JsonNode url = node.get("url");
        sink.capture(new Capture(where, hasHtml ? Format.HTML : Format.TEXT, bytes,
                url != null && url.isTextual() && !url.textValue().isBlank() ? url.textValue().strip() : null,
                "UTF-8", fetched(node.get("fetched")), content));
    }

    /** The capture time of a JSON Lines record: ISO 8601 (with or without offset, UTC assumed) or epoch seconds/ms. */
    static Instant fetched(JsonNode f) {
        if (f == null || f.isNull()) return null;
        if (f.isNumber()) {
            long v = f.asLong();
            return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        if (!f.isTextual()) return null;
        String s = f.textValue().strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e1) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    try {
                        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException e4) {
                        return null; // an unparseable capture time is not a reason to drop the page
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void fail(IngestSink sink, Provenance where, String reason, byte[] raw) {
        sink.outcome(where, Outcome.failed(where.input(), reason, raw));
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        s = nl >= 0 ? s.substring(0, nl) : s;
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
