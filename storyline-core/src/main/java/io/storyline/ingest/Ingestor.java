package io.storyline.ingest;

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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

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
    /** Bytes looked at to decide what an input is. */
    static final int HEAD = 8192;
    private static final int IO_BUFFER = 1 << 16;

    private final Limits limits;
    private final WarcInput warc;
    private final JsonLinesInput jsonLines;

    public Ingestor(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.warc = new WarcInput(limits);
        this.jsonLines = new JsonLinesInput(limits);
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
            Path path = null;
            try {
                path = p.equals("-") ? null : Path.of(p);
            } catch (InvalidPathException e) {
                // the read reports it
            }
            if (path != null && Files.isDirectory(path)) {
                try {
                    for (Entry e : walk(path)) out.add(e.path().toString());
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
        } catch (RuntimeException e) {
            fail(sink, Provenance.ofFile(input), "error: reading stdin failed: " + e.getClass().getSimpleName() + ": "
                    + message(e), null);
        }
    }

    /** Reads one path: a file, or a folder walked recursively. */
    public void readPath(String given, IngestSink sink) {
        Path path;
        try {
            path = Path.of(given);
        } catch (InvalidPathException e) {
            fail(sink, Provenance.ofFile(given), "unreadable: not a valid path: " + message(e), null);
            return;
        }
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
            } else if (isFolderDocumentation(e.path())) {
                sink.outcome(Provenance.ofFile(e.path().toString()), Outcome.skipped(e.path().toString(),
                        "not-a-capture: the folder's own documentation (" + e.path().getFileName() + ")"));
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

    /** Names a folder of captures uses for its own documentation, not for captures. */
    private static final java.util.regex.Pattern FOLDER_DOCUMENTATION = java.util.regex.Pattern.compile(
            "(?i)(readme|license|licence|notice|copying|changelog)(\\.(md|markdown|txt|rst))?");

    /** A README, LICENSE or NOTICE file found while walking a folder (a file named on the command line is read). */
    static boolean isFolderDocumentation(Path p) {
        Path name = p.getFileName();
        return name != null && FOLDER_DOCUMENTATION.matcher(name.toString()).matches();
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
            warc.read(where.file(), new ByteArrayInputStream(raw), tail(raw), where.record() - 1,
                    Math.max(0, where.recordOffset()), sink);
        } else {
            jsonLines.readRecord(where, raw, sink);
        }
    }

    /** Raw bytes of part of an input, for quarantine: from an offset to the end; null when unavailable or too large. */
    @FunctionalInterface
    interface Raw {
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
            case WARC -> warc.read(input, in, raw, 0, 0, sink);
            case GZIP -> readGzip(input, name, in, head, n, raw, depth, sink);
            case JSONL -> jsonLines.read(input, in, sink);
            case HTML, TEXT -> {
                Format format = kind == InputKind.HTML ? Format.HTML : Format.TEXT;
                if (size > limits.maxBytes()) {
                    sink.outcome(where, tooLarge(limits, input, Bytes.human(size) + " exceeds"));
                    return;
                }
                byte[] data = readBounded(limits, in, size);
                if (data == null) {
                    sink.outcome(where, tooLarge(limits, input, (depth > 0 ? "the decompressed content" : "the content")
                            + " exceeds"));
                    return;
                }
                sink.capture(Capture.of(where, format, data));
            }
        }
    }

    static Outcome tooLarge(Limits limits, String input, String what) {
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
        boolean warcName = name.toLowerCase(Locale.ROOT).endsWith(".warc.gz");
        if (Bytes.startsWithAscii(inner, inner.length, "WARC/") || (inner.length < 5 && warcName)) {
            // jwarc reads compressed WARCs itself, so record offsets are positions in the file
            warc.read(input, in, raw, 0, 0, sink);
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
    static byte[] readBounded(Limits limits, InputStream in) throws IOException {
        return readBounded(limits, in, -1);
    }

    /**
     * Reads up to the size limit; null when the stream holds more.
     *
     * @param expected how many bytes are likely (-1 when unknown): sizes the buffer, limits nothing
     */
    static byte[] readBounded(Limits limits, InputStream in, long expected) throws IOException {
        long max = limits.maxBytes();
        int first = (int) Math.min(Math.min(max + 1, Integer.MAX_VALUE - 8), expected < 0 ? 1 << 16 : expected + 1);
        byte[] buf = new byte[Math.max(first, 1024)];
        int n = 0;
        int r;
        while ((r = in.read(buf, n, buf.length - n)) >= 0) {
            n += r;
            if (n > max) return null;
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, Math.min(max + 1, Integer.MAX_VALUE - 8)));
            }
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    static void fail(IngestSink sink, Provenance where, String reason, byte[] raw) {
        sink.outcome(where, Outcome.failed(where.input(), reason, raw));
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
