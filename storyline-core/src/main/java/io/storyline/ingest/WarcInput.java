package io.storyline.ingest;

import io.storyline.model.Capture;
import io.storyline.model.Format;
import io.storyline.model.Outcome;
import io.storyline.model.Provenance;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files (compressed or not) through jwarc: each response or resource record becomes a
 * capture with its URL, date and HTTP charset, numbered from 1 in the file and placed by its byte
 * offset (the compressed offset for a .warc.gz, as CDX indexes count); other record types are not
 * documents and get no outcome. A cut or corrupt file ends with one failed outcome for the record
 * that could not be read, keeping the file from that record on.
 */
final class WarcInput {
    private final Limits limits;

    WarcInput(Limits limits) {
        this.limits = limits;
    }

    /**
     * Reads a WARC (compressed or not) from a stream.
     *
     * @param before     records before this stream's first one (0 for a whole file)
     * @param baseOffset the stream's offset in the file (0 for a whole file)
     */
    void read(String file, InputStream stream, Ingestor.Raw raw, int before, long baseOffset, IngestSink sink) {
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
                    readResponse(where, response, sink);
                } else if (record instanceof WarcResource resource) {
                    documents++;
                    readResource(where, resource, sink);
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
            String m = Ingestor.message(e);
            boolean truncated = e instanceof EOFException || m.toLowerCase(Locale.ROOT).contains("unexpected end")
                    || m.toLowerCase(Locale.ROOT).contains("eof");
            String reason = truncated
                    ? "truncated-warc: the file ends inside record " + failing + " (at byte offset " + at + ", after "
                            + (failing - 1) + " complete records)"
                    : "corrupt-warc: record " + failing + " at byte offset " + at + " is invalid: " + m;
            Ingestor.fail(sink, new Provenance(file, failing, at), reason, raw.from(at - baseOffset));
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

    private void readResponse(Provenance where, WarcResponse response, IngestSink sink) throws IOException {
        String input = where.input();
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            Ingestor.fail(sink, where, "corrupt-http: the record's HTTP response is invalid: " + Ingestor.message(e), null);
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
        byte[] body = Ingestor.readBounded(limits, http.bodyDecoded().stream());
        if (body == null) {
            sink.outcome(where, Ingestor.tooLarge(limits, input, "the response body exceeds"));
            return;
        }
        emitRecord(where, base, type, body, response.target(), response.date(), sink);
    }

    private void readResource(Provenance where, WarcResource resource, IngestSink sink) throws IOException {
        MediaType type = safeType(resource.contentType());
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.isEmpty() && !isDocumentType(base)) {
            sink.outcome(where, Outcome.skipped(where.input(), "not-a-document: " + base + " at " + resource.target()));
            return;
        }
        byte[] body = Ingestor.readBounded(limits, resource.body().stream());
        if (body == null) {
            sink.outcome(where, Ingestor.tooLarge(limits, where.input(), "the record exceeds"));
            return;
        }
        emitRecord(where, base, type, body, resource.target(), resource.date(), sink);
    }

    private void emitRecord(Provenance where, String base, MediaType type, byte[] body, String url, Instant date,
                            IngestSink sink) {
        String input = where.input();
        int n = Math.min(body.length, Ingestor.HEAD);
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
            Ingestor.fail(sink, where, "not-a-document: the record holds " + binary, null);
            return;
        }
        Format f = base.equals("text/plain") ? Format.TEXT
                : base.startsWith("text/html") || base.contains("xml") ? Format.HTML
                : Sniffer.kind(url == null ? "" : url, body, n, body.length < Ingestor.HEAD) == InputKind.TEXT ? Format.TEXT
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
}
