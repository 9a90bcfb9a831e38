package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads JSON Lines: one object per line with {@code url}, {@code html} or {@code text}, and an
 * optional {@code fetched} time. Every non-blank line ends as one capture or one outcome, named
 * {@code file#N} for line N and placed by the line's byte offset; a line that cannot be read
 * keeps its bytes for replay.
 */
final class JsonLinesInput {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Forms of {@code fetched}: with an offset, UTC instant, local time (taken as UTC), a day. */
    private static final List<Function<String, Instant>> TIME_FORMATS = List.of(
            s -> OffsetDateTime.parse(s).toInstant(),
            Instant::parse,
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));

    private final Limits limits;

    JsonLinesInput(Limits limits) {
        this.limits = limits;
    }

    void read(String file, InputStream in, IngestSink sink) throws IOException {
        LineReader lines = new LineReader(in, limits.maxBytes());
        boolean any = false;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            Provenance where = new Provenance(file, line.number(), line.offset());
            if (line.tooLong()) {
                any = true;
                sink.outcome(where, Ingestor.tooLarge(limits, where.input(), "line " + line.number() + " exceeds"));
                continue;
            }
            if (Sniffer.blank(line.bytes(), line.bytes().length)) continue;
            any = true;
            readRecord(where, line.bytes(), sink);
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

    void readRecord(Provenance where, byte[] raw, IngestSink sink) {
        String input = where.input();
        String line = new String(raw, StandardCharsets.UTF_8).strip();
        if (line.startsWith("\ufeff")) line = line.substring(1);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            Ingestor.fail(sink, where, "invalid-json: line " + where.record() + " is not valid JSON: "
                    + firstLine(e.getOriginalMessage()), raw);
            return;
        }
        if (node == null || !node.isObject()) {
            Ingestor.fail(sink, where, "invalid-record: line " + where.record() + " is not a JSON object", raw);
            return;
        }
        JsonNode html = node.get("html");
        JsonNode text = node.get("text");
        boolean hasHtml = html != null && !html.isNull();
        boolean hasText = text != null && !text.isNull();
        if (!hasHtml && !hasText) {
            Ingestor.fail(sink, where, "invalid-record: line " + where.record() + " has neither an \"html\" nor a \"text\" field", raw);
            return;
        }
        JsonNode field = hasHtml ? html : text;
        String fieldName = hasHtml ? "html" : "text";
        if (!field.isTextual()) {
            Ingestor.fail(sink, where, "invalid-record: line " + where.record() + ": \"" + fieldName + "\" is not a string", raw);
            return;
        }
        String content = field.textValue();
        if (content.isBlank()) {
            sink.outcome(where, Outcome.skipped(input, "empty: the record's \"" + fieldName + "\" field is blank"));
            return;
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxBytes()) {
            sink.outcome(where, Ingestor.tooLarge(limits, input, "the record's \"" + fieldName + "\" (" + Bytes.human(bytes.length) + ") exceeds"));
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
        for (Function<String, Instant> format : TIME_FORMATS) {
            try {
                return format.apply(s);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null; // an unparseable capture time is not a reason to drop the page
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        s = nl >= 0 ? s.substring(0, nl) : s;
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
